import type { Explainer } from '@/content/schemas'
import { formatContentDate } from '@/lib/i18n'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { sectorMessages } from './messages'

/** "Ce qui a changé depuis 2023": one card per question students ask, each point dated and sourced. */
export function SectorExplainers({ explainers }: { explainers: readonly Explainer[] }) {
  const l = useLocalized()
  const locale = useLocale()
  const t = useMessages(sectorMessages)
  return (
    <div className="explainer-grid">
      {explainers.map((explainer) => (
        <article
          key={explainer.id}
          className="card explainer"
          aria-labelledby={`explainer-${explainer.id}`}
        >
          <p className="kicker">{l(explainer.title)}</p>
          <h3 id={`explainer-${explainer.id}`}>{l(explainer.question)}</h3>
          <ul className="explainer__points">
            {explainer.points.map((point) => (
              <li key={point.text.fr}>
                {l(point.text)}{' '}
                <span className="fact-date">
                  {t.asOf(formatContentDate(point.asOf, locale), point.asOf.length === 10)}
                </span>{' '}
                <SourceRef id={point.source} />
              </li>
            ))}
          </ul>
        </article>
      ))}
    </div>
  )
}
