import { useEffect, useId, useRef, useState } from 'react'
import { questionnaire, releasedQuestionnaires } from 'virtual:content'
import { useAppStore } from '@/store/app-store'
import { useMessages } from '@/ui/use-locale'
import { createFrameReader, type ScanOutcome } from './scan-logic'
import { scanMessages } from './scan-messages'
import { createScanSounds } from './scan-sound'

/** One frame every quarter second: quick enough for a queue of students, light on a phone. */
const FRAME_MS = 250
/** The last lines of what the scan read, newest first. */
const LOG_LINES = 6

type CameraState = 'starting' | 'ready' | 'denied' | 'no-camera' | 'reader-failed'

interface ScanPanelProps {
  /** Called once the camera is stopped, to close the panel. */
  onClose: () => void
}

function cameraProblem(error: unknown): CameraState {
  const name = error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  return 'no-camera'
}

/**
 * « Scanner les codes »: the camera's live image; each student's results QR code read in turn
 * joins the class list, with a visible and announced « Reçu » and a short tone. Loaded only when
 * the counsellor opens the camera; every track stops when the panel closes.
 */
export default function ScanPanel({ onClose }: ScanPanelProps) {
  const t = useMessages(scanMessages)
  const id = useId()
  const addClassCodes = useAppStore((s) => s.addClassCodes)
  const [camera, setCamera] = useState<CameraState>('starting')
  const [announcement, setAnnouncement] = useState('')
  const [log, setLog] = useState<{ outcome: ScanOutcome; key: number }[]>([])
  const [read, setRead] = useState(0)
  const [sound, setSound] = useState(true)
  const soundOn = useRef(sound)
  const videoRef = useRef<HTMLVideoElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => headingRef.current?.focus(), [])
  useEffect(() => {
    soundOn.current = sound
  }, [sound])

  useEffect(() => {
    const video = videoRef.current
    if (!video) return
    let stopped = false
    let stream: MediaStream | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const sounds = createScanSounds()
    const codes = () => useAppStore.getState().classroom.codes

    const say = (outcome: ScanOutcome) => {
      if (outcome.kind === 'added') return t.received(outcome.code, codes().length)
      if (outcome.kind === 'duplicate') return t.duplicate(outcome.code)
      if (outcome.kind === 'list-full') return t.listFull(outcome.code, outcome.max)
      return t.notOurs
    }

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setCamera('no-camera')
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        })
      } catch (error) {
        if (!stopped) setCamera(cameraProblem(error))
        return
      }
      if (stopped) return stream.getTracks().forEach((track) => track.stop())
      video.srcObject = stream
      await video.play().catch(() => undefined)
      let readFrame
      try {
        const { openQrReader } = await import('./scan-detector')
        const detect = await openQrReader(video)
        readFrame = createFrameReader({
          detect,
          codes,
          add: (code) => addClassCodes([code]),
          content: { questionnaire, releasedQuestionnaires },
        })
      } catch {
        if (!stopped) setCamera('reader-failed')
        return
      }
      if (stopped) return
      setCamera('ready')
      let key = 0
      const scan = async () => {
        if (stopped) return
        if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
          const outcomes = await readFrame(performance.now()).catch(() => [])
          if (stopped) return
          if (outcomes.length > 0) {
            const last = outcomes[outcomes.length - 1]!
            setAnnouncement(say(last))
            setRead((n) => n + outcomes.length)
            setLog((lines) =>
              [
                ...[...outcomes].reverse().map((outcome) => ({ outcome, key: key++ })),
                ...lines,
              ].slice(0, LOG_LINES),
            )
            if (soundOn.current) sounds.play(last.kind === 'added' ? 'received' : 'flagged')
          }
        }
        timer = setTimeout(() => void scan(), FRAME_MS)
      }
      void scan()
    }
    void start()

    return () => {
      stopped = true
      clearTimeout(timer)
      stream?.getTracks().forEach((track) => track.stop())
      video.srcObject = null
      sounds.close()
    }
  }, [addClassCodes, t])

  const problem =
    camera === 'denied'
      ? t.denied
      : camera === 'no-camera'
        ? t.noCamera
        : camera === 'reader-failed'
          ? t.readerFailed
          : undefined

  return (
    <section
      className="classroom-scan"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t.title}
      </h3>
      <p>{t.text}</p>
      {problem ? (
        <p role="alert" className="classroom-notice classroom-notice--error">
          {problem}
        </p>
      ) : (
        <p className="classroom-scan__state">{camera === 'starting' ? t.starting : t.ready}</p>
      )}
      <p role="status" className="classroom-scan__received">
        {announcement}
      </p>
      <div className="classroom-scan__actions">
        <label className="classroom-scan__sound">
          <input
            type="checkbox"
            checked={sound}
            onChange={(event) => setSound(event.target.checked)}
          />{' '}
          {t.sound}
        </label>
        <button type="button" className="button button--primary" onClick={onClose}>
          {problem ? t.close : t.stop}
        </button>
      </div>
      <video
        ref={videoRef}
        className="classroom-scan__video"
        aria-label={t.video}
        muted
        playsInline
        hidden={Boolean(problem)}
      />
      {log.length > 0 && (
        <section aria-labelledby={`${id}-log`}>
          <h4 id={`${id}-log`}>{t.logTitle(read)}</h4>
          <ul className="classroom-scan__log">
            {log.map(({ outcome, key }) => (
              <li key={key} data-kind={outcome.kind}>
                {outcome.kind === 'not-ours' ? (
                  t.notOurs
                ) : (
                  <>
                    <span className="classroom-code">{outcome.code}</span>
                    {outcome.kind === 'duplicate' && (
                      <strong className="classroom-scan__flag">{t.alreadyFlag}</strong>
                    )}
                    {outcome.kind === 'list-full' && ` — ${t.listFull(outcome.code, outcome.max)}`}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
