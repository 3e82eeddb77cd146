import type { ReactNode } from 'react'

/**
 * A section whose heading is the button that shows or hides it (the "collapsible section"
 * pattern: the heading keeps its level for screen readers, the button says whether it is open).
 * Its content is rendered only when open, and so printed only when open.
 */
export function Disclosure({
  id,
  title,
  level = 2,
  open,
  onToggle,
  className = '',
  children,
}: {
  id: string
  title: string
  level?: 2 | 3
  open: boolean
  onToggle: (open: boolean) => void
  className?: string
  children: ReactNode
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby={`${id}-title`} className={`disclosure ${className}`.trim()}>
      <Heading id={`${id}-title`} className="disclosure__heading">
        <button
          type="button"
          className="disclosure__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => onToggle(!open)}
        >
          <span>{title}</span>
          <svg
            className="disclosure__icon"
            viewBox="0 0 20 20"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M5 7.5 10 12.5 15 7.5" />
          </svg>
        </button>
      </Heading>
      <div id={`${id}-body`} className="disclosure__body" hidden={!open}>
        {open && children}
      </div>
    </section>
  )
}
