import type { StudentLevel } from '@/content/vocabulary'
import { links } from '@/ui/links'
import { useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { OtherMatches } from './other-matches'
import type { ShownMatch } from './top-match'

/** Clear answers that fit no role here: said plainly, with Onisep, and the least distant roles folded. */
export function NoFit({
  closest,
  studentLevel,
}: {
  closest: ShownMatch[]
  studentLevel: StudentLevel | undefined
}) {
  const t = useMessages(resultsMessages)
  return (
    <section className="panel results-warning" aria-labelledby="nofit-title">
      <h2 id="nofit-title">{t.noFitTitle}</h2>
      <p>{t.noFitText}</p>
      <p>{t.noFitOnisep}</p>
      <p>
        <a className="button button--primary" href={links.onisep()}>
          {t.onisepLink}
        </a>
      </p>
      <details className="results-more no-print">
        <summary>{t.closestAnyway}</summary>
        <OtherMatches matches={closest} studentLevel={studentLevel} title={t.closestAnyway} />
      </details>
    </section>
  )
}
