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

/** "2011 → aujourd'hui": every dated event of every diploma, by year, each with its source. */
export function ReformTimeline({ diplomas, article }: ReformTimelineProps) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const years = reformTimeline(diplomas, article ? [article.year] : [])
  const articleNames = formatList(
    diplomasOf2011(diplomas).map((d) => d.short),
    locale,
  )
  return (
    <section aria-labelledby="timeline-title" className="guide-section">
      <h2 id="timeline-title">{t.timelineTitle}</h2>
      <p>{t.timelineLead}</p>
      <ol className="timeline">
        {years.map(({ year, events }) => (
          <li key={year} className="timeline__year">
            <h3 className="timeline__heading">{year}</h3>
            <ul className="timeline__events">
              {article?.year === year && (
                <li className="timeline__event timeline__event--article">
                  <strong>{t.articleLabel}</strong> — {t.articleEvent(articleNames)}
                  <SourceRef id={article.id} />
                </li>
              )}
              {events.map((event, i) => (
                <li key={`${event.diploma.id}-${i}`} className="timeline__event">
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
    </section>
  )
}
