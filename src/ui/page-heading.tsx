import { useLayoutEffect, useRef, type ReactNode } from 'react'

let navigatedSinceLoad = false

/** Called by the router on every in-app navigation (not on the first load). */
export function markNavigation() {
  navigatedSinceLoad = true
}

/**
 * The page's h1. After an in-app navigation it takes the focus, so that a screen reader
 * announces the new page and the next Tab starts from it.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  // Before paint, so that the focus never lags behind the new page.
  useLayoutEffect(() => {
    if (navigatedSinceLoad) ref.current?.focus()
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1} className={className} id="page-title">
      {children}
    </h1>
  )
}
