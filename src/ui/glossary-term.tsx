import { glossary } from 'virtual:content'
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useLocale, useLocalized } from './use-locale'
import './glossary-term.css'

const SEPARATOR = { fr: '\u00a0: ', en: ': ' }

/**
 * A word of the glossary (content/glossary.yaml) where it appears in a page: a button that shows
 * its definition on tap, click or keyboard focus, and closes on Escape, on blur or on a tap
 * elsewhere. The definition is the button's accessible description, so a screen reader reads it
 * with the word. An unknown id renders the word alone.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const locale = useLocale()
  const l = useLocalized()
  const [open, setOpen] = useState(false)
  const definitionId = useId()
  const wrapper = useRef<HTMLSpanElement>(null)
  const bubble = useRef<HTMLSpanElement>(null)
  const term = glossary.find((t) => t.id === id)

  useEffect(() => {
    if (!open) return
    const closeOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', closeOutside)
    return () => document.removeEventListener('pointerdown', closeOutside)
  }, [open])

  // Keeps the bubble inside the viewport: a word near the right edge shifts it left.
  useLayoutEffect(() => {
    const el = bubble.current
    if (!open || !el) return
    el.style.removeProperty('--term-shift')
    const overflow = el.getBoundingClientRect().right - (document.documentElement.clientWidth - 8)
    if (overflow > 0) el.style.setProperty('--term-shift', `${-Math.ceil(overflow)}px`)
  }, [open])

  if (!term) return <>{children}</>
  return (
    <span
      ref={wrapper}
      className="term"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          setOpen(false)
        }
      }}
    >
      <button
        type="button"
        className="term__word"
        aria-expanded={open}
        aria-describedby={definitionId}
        onClick={() => setOpen(true)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      >
        {children ?? l(term.term)}
      </button>
      <span ref={bubble} id={definitionId} className="term__definition" hidden={!open}>
        {term.expansion && (
          <>
            <strong>{l(term.expansion)}</strong>
            {SEPARATOR[locale]}
          </>
        )}
        {l(term.definition)}
      </span>
    </span>
  )
}
