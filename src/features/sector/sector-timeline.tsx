import type { TimelineEvent } from '@/content/schemas'
import { formatContentDate } from '@/lib/i18n'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { sectorMessages } from './messages'
import { sortTimeline } from './sector-logic'

/** The sector's and the training's key dates in one ordered list; each says its track in words. */
export function SectorTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const t = useMessages(sectorMessages)
  const locale = useLocale()
  const l = useLocalized()
  return (
    <ol className="timeline">
      {sortTimeline(events).map((event) => {
        const date = event.date ?? String(event.year)
        return (
          <li
            key={`${date}-${event.title.fr}`}
            className="timeline__event"
            data-track={event.track}
          >
            <p className="timeline__meta">
              <span className="timeline__track">
                {event.track === 'sector' ? t.trackSector : t.trackTraining}
              </span>
              <time dateTime={date}>{formatContentDate(date, locale)}</time>
            </p>
            <h3 className="timeline__title">{l(event.title)}</h3>
            <p>{l(event.text)}</p>
            <SourceRef id={event.source} year={event.year} />
          </li>
        )
      })}
    </ol>
  )
}
