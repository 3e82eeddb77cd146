import { useId, useRef, useState } from 'react'
import { questionnaire, releasedQuestionnaires } from 'virtual:content'
import { useAppStore } from '@/store/app-store'
import { useMessages } from '@/ui/use-locale'
import { downloadFile } from '@/ui/download-file'
import { canonicalCode } from './gather-codes-logic'
import { classroomMessages } from './messages'
import { readFileText } from './read-file-text'
import {
  datedFileName,
  mergeSessions,
  readSessionFile,
  writeSessionFile,
  type SessionFileError,
} from './session-file-logic'

type Outcome = { kind: 'status'; text: string } | { kind: 'error'; text: string } | undefined

const FILE_ERROR_KEY = {
  'too-large': 'file-too-large',
  'not-json': 'file-not-json',
  'not-a-session': 'file-not-a-session',
  'newer-format': 'file-newer-format',
} as const satisfies Record<SessionFileError['kind'], string>

/** Save the session to a file, carry on from one, or clear the codes (after a confirmation). */
export function SessionPanel() {
  const t = useMessages(classroomMessages)
  const id = useId()
  const session = useAppStore((s) => s.classroom)
  const importClass = useAppStore((s) => s.importClass)
  const clearClassCodes = useAppStore((s) => s.clearClassCodes)
  const [outcome, setOutcome] = useState<Outcome>()
  const [confirming, setConfirming] = useState(false)
  const clearButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)

  const exportSession = () => {
    const name = datedFileName(t.sessionFile, new Date(), 'json')
    downloadFile(
      name,
      writeSessionFile(session, new Date(), questionnaire.version),
      'application/json',
    )
    setOutcome({ kind: 'status', text: t.exported(name) })
  }

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    let text: string
    try {
      text = await readFileText(file)
    } catch {
      setOutcome({ kind: 'error', text: t.importFailed(t['file-unreadable']) })
      return
    }
    const reading = readSessionFile(text)
    if (!reading.ok) {
      setOutcome({ kind: 'error', text: t.importFailed(t[FILE_ERROR_KEY[reading.error.kind]]) })
      return
    }
    // Codes are compared as the app writes them, so "7kq2m9x4b8" and "7KQ2-M9X4-B8" are one.
    const imported = {
      ...reading.session,
      codes: reading.session.codes.map(
        (code) => canonicalCode(code, { questionnaire, releasedQuestionnaires }) ?? code,
      ),
    }
    // The same class (same id) carries on; another class is kept beside the others.
    const { classroom, otherClasses } = useAppStore.getState()
    const same = [classroom, ...otherClasses].find((c) => c.id === imported.id)
    const merged = mergeSessions(same ?? { ...imported, codes: [] }, imported)
    importClass(merged.session)
    setOutcome({
      kind: 'status',
      text: [
        t.imported(merged.added, merged.session.codes.length),
        reading.dropped ? t.importedDropped(reading.dropped) : '',
        merged.notAdded ? t.importedNotAdded(merged.notAdded) : '',
      ]
        .filter(Boolean)
        .join(' '),
    })
  }

  return (
    <section className="classroom-session no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.sessionTitle}</h2>
      <p>{t.sessionText}</p>
      <p>
        <button type="button" className="button" onClick={exportSession}>
          {t.exportSession}
        </button>
      </p>
      <div className="classroom-session__import">
        <label htmlFor={`${id}-file`} className="classroom-label">
          {t.importLabel}
        </label>
        <p id={`${id}-file-hint`} className="classroom-choice__hint">
          {t.importHint}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <p role="status" className="classroom-session__status">
        {outcome?.kind === 'status' ? outcome.text : ''}
      </p>
      <p role="alert" className="classroom-session__error">
        {outcome?.kind === 'error' ? outcome.text : ''}
      </p>
      {session.codes.length > 0 &&
        (confirming ? (
          <div
            className="classroom-notice classroom-notice--error"
            role="group"
            aria-labelledby={`${id}-confirm`}
          >
            <p id={`${id}-confirm`}>{t.clearConfirmText(session.codes.length)}</p>
            <p className="classroom-session__confirm">
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  clearClassCodes()
                  setConfirming(false)
                  setOutcome({ kind: 'status', text: t.cleared })
                }}
              >
                {t.clearConfirm}
              </button>
              <button
                type="button"
                className="button"
                ref={cancelButton}
                onClick={() => {
                  setConfirming(false)
                  requestAnimationFrame(() => clearButton.current?.focus())
                }}
              >
                {t.clearCancel}
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button
              type="button"
              className="button button--quiet"
              ref={clearButton}
              onClick={() => {
                setConfirming(true)
                requestAnimationFrame(() => cancelButton.current?.focus())
              }}
            >
              {t.clearSession}
            </button>
          </p>
        ))}
    </section>
  )
}
