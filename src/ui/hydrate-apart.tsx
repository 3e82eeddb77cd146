import { Suspense, type ReactNode } from 'react'

/**
 * A long part of a pre-rendered page that React hydrates in a pass of its own, after the page
 * around it. Its HTML is on screen from the start; React 19 leaves a finished Suspense boundary
 * of the server's HTML for later and hydrates it apart, so the page's start-up work comes in
 * several short tasks instead of one long one (on a slow phone, a tap would wait for it). A tap
 * inside it before then makes React hydrate it at once and replay the tap.
 *
 * Nothing inside may suspend on a first draw: the fallback is nothing.
 */
export function HydrateApart({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>
}
