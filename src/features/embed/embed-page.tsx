import { useEffect, useId, useRef, useState } from 'react'
import type { Locale } from '@/content/vocabulary'
import { WHITE, contrastRatio, isUsableAccent, parseHexColor, toHex } from '@/lib/color'
import { formatNumber } from '@/lib/i18n'
import { EMBED_SOURCE, type EmbedMessage } from '@/lib/embed-bridge'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useLocale, useMessages, usePageTitle } from '@/ui/use-locale'
import { START_SCREENS, buildSnippet, embedSrc, type StartScreen } from './embed-logic'
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

const appUrl = () => `${window.location.origin}${window.location.pathname}`

export default function EmbedPage(_props: PageProps) {
  const t = useMessages(embedMessages)
  const pageLocale = useLocale()
  usePageTitle(t.title)
  const id = useId()
  const [locale, setLocale] = useState<Locale>(pageLocale)
  const [start, setStart] = useState<StartScreen>('accueil')
  const [colorText, setColorText] = useState('')
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const [previewHeight, setPreviewHeight] = useState(520)
  const [events, setEvents] = useState<string[]>([])
  const snippetRef = useRef<HTMLTextAreaElement>(null)

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
    appUrl: appUrl(),
    locale,
    start,
    accent,
    title: embedMessages[locale].frameTitle,
  }
  const snippet = buildSnippet(options)
  const previewSrc = embedSrc(options)

  useEffect(() => {
    const onMessage = (event: MessageEvent<EmbedMessage>) => {
      if (event.origin !== window.location.origin || event.data?.source !== EMBED_SOURCE) return
      if (event.data.type === 'resize')
        setPreviewHeight(Math.min(Math.max(event.data.height, 320), 2400))
      else setEvents((list) => [...list, event.data.type === 'event' ? event.data.name : ''])
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [])

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
        </section>

        <section aria-labelledby={`${id}-snippet`} className="embed-snippet">
          <h2 id={`${id}-snippet`}>{t.snippetTitle}</h2>
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
          <h3>{t.privacyTitle}</h3>
          <p>{t.privacy}</p>
        </section>
      </div>

      <section aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{t.previewTitle}</h2>
        <iframe
          className="embed-preview"
          src={previewSrc}
          title={t.previewFrame}
          style={{ height: `${previewHeight}px` }}
        />
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
