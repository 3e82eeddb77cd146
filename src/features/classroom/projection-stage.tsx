import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useMessages } from '@/ui/use-locale'
import { classroomMessages } from './messages'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])'

const leaveFullscreen = () => {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined)
}

interface ProjectionStageProps {
  /** What is shown; a function is given whether it is projected (a slideshow shows only then). */
  children: ReactNode | ((projecting: boolean) => ReactNode)
  /** The language of what is projected (the class's), when it differs from the page's. */
  lang?: string
  /** The button's words, when it projects something else than the step's content. */
  label?: string
}

/**
 * What the class sees. A button puts it in projection mode: it covers the whole window, the
 * site's header included, and asks the browser for full screen where it can. The way out is
 * always visible, and Escape works (in full screen, the browser's own Escape also ends it). The
 * content stays mounted, so a quiz in progress keeps its place.
 */
export function ProjectionStage({ children, lang, label }: ProjectionStageProps) {
  const t = useMessages(classroomMessages)
  const [projecting, setProjecting] = useState(false)
  const stage = useRef<HTMLDivElement>(null)
  const enterButton = useRef<HTMLButtonElement>(null)
  const exitButton = useRef<HTMLButtonElement>(null)
  const wasProjecting = useRef(false)

  const enter = () => {
    setProjecting(true)
    const element = stage.current
    if (element && typeof element.requestFullscreen === 'function' && document.fullscreenEnabled)
      element.requestFullscreen().catch(() => undefined)
  }
  const exit = () => {
    setProjecting(false)
    leaveFullscreen()
  }

  useEffect(() => {
    if (projecting) exitButton.current?.focus()
    else if (wasProjecting.current) {
      // Outside the full-screen element everything is inert until full screen has really ended.
      const focusEnter = () => enterButton.current?.focus()
      if (document.fullscreenElement)
        document.addEventListener('fullscreenchange', focusEnter, { once: true })
      else focusEnter()
    }
    wasProjecting.current = projecting
    if (!projecting) return
    const root = document.documentElement
    const overflow = root.style.overflow
    root.style.overflow = 'hidden'
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        setProjecting(false)
        leaveFullscreen()
        return
      }
      // Keep the keyboard inside what is projected: the rest of the page is hidden under it.
      if (event.key !== 'Tab' || !stage.current) return
      const items = [...stage.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
      const first = items[0]
      const last = items[items.length - 1]
      if (!first || !last) return
      const inside = stage.current.contains(document.activeElement)
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault()
        first.focus()
      }
    }
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) setProjecting(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('fullscreenchange', onFullscreenChange)
    return () => {
      root.style.overflow = overflow
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('fullscreenchange', onFullscreenChange)
    }
  }, [projecting])

  return (
    <>
      {!projecting && (
        <p className="classroom-stage-toolbar no-print">
          <button
            type="button"
            className="button button--primary classroom-icon-button"
            ref={enterButton}
            onClick={enter}
          >
            <svg
              viewBox="0 0 24 24"
              aria-hidden="true"
              focusable="false"
              className="classroom-icon"
            >
              <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
            </svg>
            {label ?? t.enterProjection}
          </button>
        </p>
      )}
      <div ref={stage} className="classroom-stage" data-projection={projecting}>
        {projecting && (
          <div className="classroom-stage__bar">
            <p className="classroom-stage__note">{t.projectionOn}</p>
            <button
              type="button"
              className="button classroom-icon-button"
              ref={exitButton}
              onClick={exit}
            >
              <svg
                viewBox="0 0 24 24"
                aria-hidden="true"
                focusable="false"
                className="classroom-icon"
              >
                <path d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5" />
              </svg>
              {t.exitProjection}
            </button>
          </div>
        )}
        <div className="classroom-stage__content" lang={lang}>
          {typeof children === 'function' ? children(projecting) : children}
        </div>
      </div>
    </>
  )
}
