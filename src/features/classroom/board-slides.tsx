import { useEffect, useState, type ReactNode } from 'react'
import { useMessages } from '@/ui/use-locale'
import { classroomMessages } from './messages'

export interface Slide {
  id: string
  content: ReactNode
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown'])
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp'])
/** Keys typed into a field are the field's, not the slideshow's. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)

interface BoardSlidesProps {
  slides: Slide[]
  /** The discussion prompts, revealed one at a time on the last slide. */
  prompts: ReactNode[]
}

/**
 * The board on a projector: one slide per screen (the count, each chart, then the prompts
 * revealed one by one). Arrows and Page Up/Down (what a presentation clicker sends) move on or
 * back; the buttons do the same. A live region says where the class is.
 */
export function BoardSlides({ slides, prompts }: BoardSlidesProps) {
  const t = useMessages(classroomMessages)
  const [index, setIndex] = useState(0)
  const [shown, setShown] = useState(1)
  const total = slides.length + 1
  const onPrompts = index === slides.length
  const canGoOn = !onPrompts || shown < prompts.length

  const next = () => {
    if (onPrompts) setShown((n) => Math.min(prompts.length, n + 1))
    else setIndex((i) => i + 1)
  }
  const previous = () => {
    if (onPrompts && shown > 1) setShown((n) => n - 1)
    else setIndex((i) => Math.max(0, i - 1))
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.altKey || event.ctrlKey || event.metaKey) return
      if (NEXT_KEYS.has(event.key)) {
        event.preventDefault()
        if (onPrompts) setShown((n) => Math.min(prompts.length, n + 1))
        else setIndex((i) => i + 1)
      } else if (PREVIOUS_KEYS.has(event.key)) {
        event.preventDefault()
        if (onPrompts && shown > 1) setShown((n) => n - 1)
        else setIndex((i) => Math.max(0, i - 1))
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onPrompts, shown, prompts.length])

  return (
    <div className="classroom-slides">
      <div className="classroom-slides__slide">
        {onPrompts ? (
          <section aria-labelledby="classroom-slides-prompts">
            <h3 id="classroom-slides-prompts">{t.promptsTitle}</h3>
            <ol className="classroom-slides__prompts">
              {prompts.slice(0, shown).map((prompt, i) => (
                <li key={i}>{prompt}</li>
              ))}
            </ol>
          </section>
        ) : (
          slides[index]?.content
        )}
      </div>
      <div className="classroom-slides__nav">
        <button type="button" className="button" onClick={previous} disabled={index === 0}>
          {t.previousSlide}
        </button>
        <p role="status" className="classroom-slides__where">
          {onPrompts
            ? t.promptWhere(shown, prompts.length, index + 1, total)
            : t.slideWhere(index + 1, total)}
        </p>
        <button type="button" className="button button--primary" onClick={next} disabled={!canGoOn}>
          {onPrompts ? t.nextPrompt : t.nextSlide}
        </button>
      </div>
    </div>
  )
}
