import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react'
import type { Locale } from '@/content/vocabulary'
import { WHITE, contrastRatio, isUsableAccent, parseHexColor, toHex } from '@/lib/color'
import { formatNumber } from '@/lib/i18n'
import { appRoot } from '@/lib/app-root'
import { EMBED_SOURCE, type EmbedMessage } from '@/lib/embed-bridge'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useLocale, useMessages, usePageTitle } from '@/ui/use-locale'
import {
  LOADER_START_HEIGHT,
  PLAIN_HEIGHTS,
  START_SCREENS,
  buildSnippet,
  embedSrc,
  hostPolicyLines,
  type SnippetKind,
  type StartScreen,
} from './embed-logic'
import { embedMessages } from './messages'
import './embed.css'

const START_LABEL = {
  accueil: 'startAccueil',
  'quiz-court': 'startQuizCourt',
  'quiz-complet': 'startQuizComplet',
  metiers: 'startMetiers',
  formations: 'startFormations',
  secteur: 'startSecteur',
} as const satisfies Record<StartScreen, string>

/**
 * Where this copy of the app is served: known in the browser only. The page rendered at build
 * time (and the first render that hydrates it) shows an example address instead.
 */
const EXAMPLE_APP_URL = 'https://www.example.org/cap-relation-client/'
const noSubscription = () => () => {}
const useAppUrl = () =>
  useSyncExternalStore(
    noSubscription,
    () => appRoot().href,
    () => EXAMPLE_APP_URL,
  )

export default function EmbedPage(_props: PageProps) {
  const t = useMessages(embedMessages)
  const pageLocale = useLocale()
  usePageTitle(t.title)
  const appUrl = useAppUrl()
  const id = useId()
  const [locale, setLocale] = useState<Locale>(pageLocale)
  const [start, setStart] = useState<StartScreen>('accueil')
  const [colorText, setColorText] = useState('')
  const [kind, setKind] = useState<SnippetKind>('loader')
  const [heightSteps, setHeightSteps] = useState(false)
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')
  // The preview is a second copy of the app: loaded when asked for, not with this page.
  const [previewing, setPreviewing] = useState(false)
  const [previewHeight, setPreviewHeight] = useState(LOADER_START_HEIGHT)
  const [events, setEvents] = useState<string[]>([])
  const snippetRef = useRef<HTMLTextAreaElement>(null)
  const previewRef = useRef<HTMLIFrameElement>(null)

  const rgb = colorText.trim() ? parseHexColor(colorText) : undefined
  const accent = rgb && isUsableAccent(rgb) ? toHex(rgb) : undefined
  const ratio = rgb
    ? formatNumber(contrastRatio(rgb, WHITE), pageLocale, { maximumFractionDigits: 1 })
    : ''
  const colorStatus = !colorText.trim()
    ? ''
    : !rgb
      ? t.colorInvalid
      : accent
        ? t.colorOk(ratio)
        : t.colorTooLight(ratio)

  const options = {
    appUrl,
    locale,
    start,
    accent,
    heightSteps,
    title: embedMessages[locale].frameTitle,
  }
  const snippet = buildSnippet(kind, options)
  const previewSrc = embedSrc(options)

  // The preview behaves as the chosen snippet: sized by its messages (as the loader does, from
  // that frame only), or at the plain snippet's fixed height.
  useEffect(() => {
    if (!previewing) return
    const onMessage = (event: MessageEvent<EmbedMessage>) => {
      if (event.source !== previewRef.current?.contentWindow) return
      if (event.origin !== window.location.origin || event.data?.source !== EMBED_SOURCE) return
      if (event.data.type === 'resize') setPreviewHeight(event.data.height)
      else if (event.data.type === 'event') {
        const { name } = event.data
        setEvents((list) => [...list, name])
      }
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [previewing])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet)
      setCopyState('copied')
    } catch {
      snippetRef.current?.select()
      setCopyState('failed')
    }
  }

  return (
    <div className="page embed-page">
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.lead}</p>

      <div className="embed-layout">
        <section aria-labelledby={`${id}-options`} className="embed-options">
          <h2 id={`${id}-options`}>{t.optionsTitle}</h2>
          <fieldset>
            <legend>{t.language}</legend>
            {(['fr', 'en'] as const).map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={`${id}-lang`}
                  value={value}
                  checked={locale === value}
                  onChange={() => setLocale(value)}
                />
                <span lang={value}>{value === 'fr' ? t.french : t.english}</span>
              </label>
            ))}
          </fieldset>
          <div className="embed-field">
            <label htmlFor={`${id}-start`}>{t.start}</label>
            <select
              id={`${id}-start`}
              value={start}
              onChange={(e) => setStart(e.target.value as StartScreen)}
            >
              {START_SCREENS.map((screen) => (
                <option key={screen} value={screen}>
                  {t[START_LABEL[screen]]}
                </option>
              ))}
            </select>
          </div>
          <div className="embed-field">
            <label htmlFor={`${id}-color`}>{t.color}</label>
            <p id={`${id}-color-hint`} className="embed-field__hint">
              {t.colorHint}
            </p>
            <div className="color-row">
              <input
                id={`${id}-color`}
                type="text"
                inputMode="text"
                autoComplete="off"
                spellCheck={false}
                placeholder="#0b5cad"
                value={colorText}
                aria-describedby={`${id}-color-hint ${id}-color-status`}
                onChange={(e) => setColorText(e.target.value)}
              />
              <input
                type="color"
                aria-label={t.colorPicker}
                value={rgb ? toHex(rgb) : '#0b5cad'}
                onChange={(e) => setColorText(e.target.value)}
              />
            </div>
            <p id={`${id}-color-status`} role="status" className="embed-field__status">
              {colorStatus}
            </p>
          </div>
          <div className="embed-field">
            <label className="choice">
              <input
                type="checkbox"
                checked={heightSteps}
                aria-describedby={`${id}-steps-hint`}
                onChange={(e) => setHeightSteps(e.target.checked)}
              />
              <span>{t.heightSteps}</span>
            </label>
            <p id={`${id}-steps-hint`} className="embed-field__hint">
              {t.heightStepsHint}
            </p>
          </div>
        </section>

        <section aria-labelledby={`${id}-snippet`} className="embed-snippet">
          <h2 id={`${id}-snippet`}>{t.snippetTitle}</h2>
          <fieldset>
            <legend>{t.kind}</legend>
            {(['loader', 'plain'] as const).map((value) => (
              <div key={value} className="embed-kind">
                <label className="choice">
                  <input
                    type="radio"
                    name={`${id}-kind`}
                    value={value}
                    checked={kind === value}
                    aria-describedby={`${id}-kind-${value}`}
                    onChange={() => setKind(value)}
                  />
                  <span>{value === 'loader' ? t.kindLoader : t.kindPlain}</span>
                </label>
                <p id={`${id}-kind-${value}`} className="embed-field__hint">
                  {value === 'loader' ? t.kindLoaderHelp : t.kindPlainHelp}
                </p>
              </div>
            ))}
          </fieldset>
          <label htmlFor={`${id}-code`} className="visually-hidden">
            {t.snippetLabel}
          </label>
          <textarea
            id={`${id}-code`}
            ref={snippetRef}
            readOnly
            rows={14}
            value={snippet}
            spellCheck={false}
          />
          <p>
            <button type="button" className="button button--primary" onClick={copy}>
              {t.copy}
            </button>
          </p>
          <p role="status">
            {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
          </p>
          {kind === 'loader' ? (
            <>
              <h3>{t.cspTitle}</h3>
              <p>{t.csp}</p>
              <pre className="embed-csp">{hostPolicyLines(options.appUrl).join(';\n')}</pre>
              <h3>{t.eventsHelpTitle}</h3>
              <ul>
                <li>
                  <code>cap-relation-client:started</code> — {t.eventStarted}
                </li>
                <li>
                  <code>cap-relation-client:completed</code> — {t.eventCompleted}
                </li>
              </ul>
              <p>{t.eventsHelp}</p>
            </>
          ) : (
            <p>{t.plainHeight(formatNumber(PLAIN_HEIGHTS[start], pageLocale))}</p>
          )}
          <h3>{t.privacyTitle}</h3>
          <p>{t.privacy}</p>
        </section>
      </div>

      <section aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{t.previewTitle}</h2>
        {!previewing && (
          <>
            <p>{t.previewHelp}</p>
            <p>
              <button type="button" className="button" onClick={() => setPreviewing(true)}>
                {t.previewShow}
              </button>
            </p>
          </>
        )}
        {previewing && (
          <iframe
            ref={previewRef}
            className="embed-preview"
            src={previewSrc}
            title={t.previewFrame}
            allow="clipboard-write"
            style={{
              height: `${kind === 'plain' ? PLAIN_HEIGHTS[start] : previewHeight}px`,
            }}
          />
        )}
        <h3>{t.eventsTitle}</h3>
        <div aria-live="polite">
          {events.length === 0 ? (
            <p className="muted">{t.eventsNone}</p>
          ) : (
            <ol className="embed-events">
              {events.map((name, index) => (
                <li key={index}>
                  <code>{name}</code>
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>
    </div>
  )
}
