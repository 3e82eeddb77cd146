import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react'
import { questionnaire, releasedQuestionnaires } from 'virtual:content'
import { codeSymbols, decodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { useAppStore } from '@/store/app-store'
import { codeErrorText } from '@/ui/code-error-text'
import { useLocale, useMessages } from '@/ui/use-locale'
import { gatherCodes, type GatherError, type GatherResult } from './gather-codes-logic'
import { classroomMessages } from './messages'

/** The camera scan and its QR reader load only when the counsellor opens the camera. */
const ScanPanel = lazy(() => import('./scan-panel'))

/** What the gathering form keeps while the counsellor moves between steps. */
export interface GatherDraft {
  text: string
  last: GatherResult | undefined
}

interface GatherStepProps {
  draft: GatherDraft
  onDraftChange: (draft: GatherDraft) => void
}

/** Why an entry was not added, in the page's language: the code's own error, or a full list. */
export function useGatherErrorText() {
  const t = useMessages(classroomMessages)
  const locale = useLocale()
  const symbols = codeSymbols(questionnaire, releasedQuestionnaires)
  return (error: GatherError) =>
    error.kind === 'list-full' ? t['list-full'](error.max) : codeErrorText(error, locale, symbols)
}

/**
 * The codes, typed as students read them out or pasted as a list. Each readable code joins the
 * list; each unreadable one stays in the box with the reason; duplicates wait for a decision.
 * A live region says how many were added.
 */
export function GatherStep({ draft, onDraftChange }: GatherStepProps) {
  const t = useMessages(classroomMessages)
  const id = useId()
  const codes = useAppStore((s) => s.classroom.codes)
  const addClassCodes = useAppStore((s) => s.addClassCodes)
  const removeClassCode = useAppStore((s) => s.removeClassCode)
  const [status, setStatus] = useState('')
  /** Where the focus goes once a removed code has left the list (the next code's button). */
  const focusAfterRemove = useRef<number | undefined>(undefined)
  const listRef = useRef<HTMLOListElement>(null)
  const listHeading = useRef<HTMLHeadingElement>(null)
  const errorText = useGatherErrorText()
  const last = draft.last
  const [scanning, setScanning] = useState(false)
  const scanButton = useRef<HTMLButtonElement>(null)
  const closeScan = () => {
    setScanning(false)
    setStatus(t.scanStopped(useAppStore.getState().classroom.codes.length))
    requestAnimationFrame(() => scanButton.current?.focus())
  }

  const unreadable = useMemo(
    () =>
      new Map(
        codes.flatMap((code) => {
          const decoded = decodeResultCode(code, { questionnaire, releasedQuestionnaires })
          return decoded.ok ? [] : [[code, decoded.error] as const]
        }),
      ),
    [codes],
  )

  useEffect(() => {
    const index = focusAfterRemove.current
    if (index === undefined) return
    focusAfterRemove.current = undefined
    const buttons = listRef.current?.querySelectorAll('button') ?? []
    const target = buttons[Math.min(index, buttons.length - 1)]
    if (target) target.focus()
    else listHeading.current?.focus()
  }, [codes])

  const add = (event: React.FormEvent) => {
    event.preventDefault()
    if (!draft.text.trim()) {
      setStatus(t.nothingTyped)
      return
    }
    const result = gatherCodes(draft.text, codes, { questionnaire, releasedQuestionnaires })
    addClassCodes(result.added)
    onDraftChange({ text: result.remaining, last: result })
    const total = codes.length + result.added.length
    setStatus(
      [
        t.addedStatus(result.added.length, total),
        result.rejected.length ? `${t.rejectedTitle(result.rejected.length)}.` : '',
        result.duplicates.length ? t.duplicatesStatus(result.duplicates.length) : '',
        result.ignored ? t.ignoredStatus(result.ignored) : '',
      ]
        .filter(Boolean)
        .join(' '),
    )
  }

  const addAnyway = (code: string) => {
    addClassCodes([code])
    const duplicates = [...(last?.duplicates ?? [])]
    duplicates.splice(duplicates.indexOf(code), 1)
    onDraftChange({ ...draft, last: last && { ...last, duplicates } })
    setStatus(t.addedStatus(1, codes.length + 1))
  }

  const remove = (index: number) => {
    const code = codes[index] ?? ''
    removeClassCode(index)
    setStatus(t.removedStatus(code, codes.length - 1))
    focusAfterRemove.current = index
  }

  return (
    <div className="classroom-gather">
      <p>{t.codesText}</p>
      <form className="classroom-gather__form" onSubmit={add}>
        <label htmlFor={`${id}-codes`} className="classroom-label">
          {t.codesLabel}
        </label>
        <p id={`${id}-hint`} className="classroom-choice__hint">
          {t.codesHint}
        </p>
        <textarea
          id={`${id}-codes`}
          className="classroom-gather__input"
          rows={5}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={`${id}-hint${last?.rejected.length ? ` ${id}-rejected` : ''}`}
          aria-invalid={last?.rejected.length ? true : undefined}
          value={draft.text}
          onChange={(event) => onDraftChange({ ...draft, text: event.target.value })}
        />
        <p>
          <button type="submit" className="button button--primary">
            {t.addCodes}
          </button>
        </p>
      </form>
      {scanning ? (
        <Suspense fallback={<p>{t.scanLoading}</p>}>
          <ScanPanel onClose={closeScan} />
        </Suspense>
      ) : (
        <p className="classroom-gather__scan">
          <button
            type="button"
            className="button"
            ref={scanButton}
            aria-describedby={`${id}-scan-hint`}
            onClick={() => setScanning(true)}
          >
            {t.scanOpen}
          </button>{' '}
          <span id={`${id}-scan-hint`} className="classroom-choice__hint">
            {t.scanHint}
          </span>
        </p>
      )}
      <p role="status" className="classroom-gather__status">
        {status}
      </p>

      {last && last.rejected.length > 0 && (
        <section
          className="classroom-notice classroom-notice--error"
          aria-labelledby={`${id}-rejected-title`}
        >
          <h3 id={`${id}-rejected-title`}>{t.rejectedTitle(last.rejected.length)}</h3>
          <p id={`${id}-rejected`}>{t.rejectedText}</p>
          <ul>
            {last.rejected.map((entry, i) => (
              <li key={i}>
                <span className="classroom-code">{entry.input}</span>
                {' — '}
                {errorText(entry.error)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {last && last.duplicates.length > 0 && (
        <section className="classroom-notice" aria-labelledby={`${id}-duplicates-title`}>
          <h3 id={`${id}-duplicates-title`}>{t.duplicatesTitle}</h3>
          <p>{t.duplicatesText}</p>
          <ul className="classroom-duplicates">
            {last.duplicates.map((code, i) => (
              <li key={`${code}-${i}`}>
                <span className="classroom-code">{code}</span>{' '}
                <button type="button" className="button" onClick={() => addAnyway(code)}>
                  {t.addAnyway(code)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="classroom-list" aria-labelledby={`${id}-list-title`}>
        <h3 id={`${id}-list-title`} ref={listHeading} tabIndex={-1}>
          {t.listTitle(codes.length)}
        </h3>
        {codes.length === 0 ? (
          <p className="muted">{t.listEmpty}</p>
        ) : (
          <ol className="classroom-code-list" ref={listRef}>
            {codes.map((code, i) => {
              const error = unreadable.get(code)
              return (
                <li key={`${code}-${i}`}>
                  <span className="classroom-code">{code}</span>
                  {error && (
                    <span className="classroom-code-list__error">
                      {t.unreadableInList(errorText(error))}
                    </span>
                  )}
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t.remove(code)}
                    onClick={() => remove(i)}
                  >
                    {t.removeShort}
                  </button>
                </li>
              )
            })}
          </ol>
        )}
      </section>
    </div>
  )
}
