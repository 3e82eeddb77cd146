/** The "2011 → aujourd'hui" timeline, built from every diploma's `history`. Pure. */
import type { Diploma, Localized } from '@/content/schemas'
import { compareText } from '@/lib/i18n'

export interface ReformEvent {
  year: number
  date?: string
  diploma: Diploma
  text: Localized
  source: string
}

export interface ReformYear {
  year: number
  events: ReformEvent[]
}

/**
 * Every dated event of every diploma, grouped by year in order; within a year by date when
 * both have one, then in content order. A year listed in `alsoYears` (e.g. the article's)
 * appears even without an event.
 */
export function reformTimeline(
  diplomas: readonly Diploma[],
  alsoYears: readonly number[] = [],
): ReformYear[] {
  const events = diplomas
    .flatMap((diploma) => diploma.history.map((h) => ({ ...h, diploma })))
    .map((event, order) => ({ event, order }))
    .sort(
      (a, b) =>
        a.event.year - b.event.year ||
        (a.event.date && b.event.date ? compareText(a.event.date, b.event.date) : 0) ||
        a.order - b.order,
    )
    .map(({ event }): ReformEvent => event)
  const years = [...new Set([...events.map((e) => e.year), ...alsoYears])].sort((a, b) => a - b)
  return years.map((year) => ({ year, events: events.filter((e) => e.year === year) }))
}
