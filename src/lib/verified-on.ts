/**
 * The "Vérifié le …" date of a page, from its content: the oldest date at which any source behind
 * the page's time-sensitive facts was last compared with what the app says — a page is only as
 * fresh as its least recently checked fact — and how many of those sources were never checked
 * again since they were first read (the page says so rather than claim a date for them). Pure.
 */
import type { Source } from '@/content/schemas'

export interface Verification {
  /** The oldest check date, or undefined when no source has one. */
  date?: string
  /** Sources behind the page's facts that carry no check date. */
  unchecked: number
}

export function verifiedOn(
  sourceIds: Iterable<string>,
  sources: readonly Pick<Source, 'id' | 'checked'>[],
): Verification {
  const wanted = [...new Set(sourceIds)].flatMap((id) => sources.find((s) => s.id === id) ?? [])
  const dates = wanted.flatMap((s) => (s.checked ? [s.checked] : [])).sort()
  return { ...(dates[0] ? { date: dates[0] } : {}), unchecked: wanted.length - dates.length }
}
