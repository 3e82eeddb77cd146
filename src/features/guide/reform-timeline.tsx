import type { Diploma } from '@/content/schemas'
import { formatContentDate, formatList } from '@/lib/i18n'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { diplomasOf2011 } from './coverage-logic'
import { guideMessages } from './messages'
import { reformTimeline } from './timeline-logic'

interface ReformTimelineProps {
  diplomas: readonly Diploma[]
  /** The article of 2011, marked on its year. */
  article?: { id: string; year: number }
}

/**
 * "2011 → aujourd'hui": every dated event of every diploma, by year, each with its source. The
 * article's year is marked: by the diplomas' own events that cite it, or else by an entry of its own.
 */
export function ReformTimeline({ diplomas, article }: ReformTimelineProps) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  // When the diplomas' own history already cites the article, its events carry the mark.
  const citesArticle = diplomas.some((d) => d.history.some((h) => h.source === article?.id))
  const marker = article && !citesArticle ? article : undefined
  const years = reformTimeline(diplomas, marker ? [marker.year] : [])
  const articleNames = formatList(
    diplomasOf2011(diplomas).map((d) => d.short),
    locale,
  )
  return (
    <div className="timeline">
      <h3 id="timeline-title">{t.timelineTitle}</h3>
      <p>{t.timelineLead}</p>
      <ol className="reform-timeline">
        {years.map(({ year, events }) => (
          <li key={year} className="reform-timeline__year">
            <h4 className="reform-timeline__heading">{year}</h4>
            <ul className="reform-timeline__events">
              {marker?.year === year && (
                <li className="reform-timeline__event reform-timeline__event--article">
                  <strong>{t.articleLabel}</strong> — {t.articleEvent(articleNames)}
                  <SourceRef id={marker.id} />
                </li>
              )}
              {events.map((event, i) => (
                <li
                  key={`${event.diploma.id}-${i}`}
                  className={`reform-timeline__event${event.source === article?.id ? ' reform-timeline__event--article' : ''}`}
                >
                  <strong>{event.diploma.short}</strong>
                  {event.date && event.date.length > 4 && (
                    <>
                      {' '}
                      (<time dateTime={event.date}>{formatContentDate(event.date, locale)}</time>)
                    </>
                  )}{' '}
                  — {l(event.text)}
                  <SourceRef id={event.source} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  )
}
