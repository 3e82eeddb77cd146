import { roles } from 'virtual:content'
import type { QuizResults } from '@/lib/questionnaire/scoring-logic'
import { links } from '@/ui/links'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { ProfileChart } from './profile-chart'

/** What the page keeps folded: the profile, every role in order, and how to read the results. */
export function ResultsDetails({ results }: { results: QuizResults }) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const first = results.ranking.find((m) => !m.setAside)
  return (
    <div className="results-details">
      <details className="results-more">
        <summary>{t.profileTitle}</summary>
        <ProfileChart levels={results.levels} />
      </details>
      <details className="results-more no-print">
        <summary>{t.allRolesTitle}</summary>
        <ol className="all-roles">
          {results.ranking.map((match) => {
            const role = roles.find((r) => r.id === match.roleId)
            if (!role) return null
            return (
              <li key={role.id}>
                <a href={links.role(role.id)}>{l(role.title)}</a>{' '}
                <span className="muted">
                  —{' '}
                  {match.setAside
                    ? t.allRolesSetAside
                    : `${t[match.closeness]}, ${t.score(match.score)}`}
                </span>
              </li>
            )
          })}
        </ol>
      </details>
      <details className="results-more no-print">
        <summary>{t.methodTitle}</summary>
        {first && <p>{t.methodFit(first.score)}</p>}
        <p>{t.methodChance(results.chanceScore)}</p>
        <p>{t.methodWords}</p>
        <p>{t.methodSetAside}</p>
      </details>
    </div>
  )
}
