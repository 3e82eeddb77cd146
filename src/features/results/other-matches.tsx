import { roles } from 'virtual:content'
import type { StudentLevel } from '@/content/vocabulary'
import { links } from '@/ui/links'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { ClosenessBadge } from './closeness-badge'
import { MatchExplanation } from './match-explanation'
import { resultsMessages } from './messages'
import type { ShownMatch } from './top-match'
import { useExplanations } from './use-explanations'

interface OtherMatchesProps {
  matches: ShownMatch[]
  studentLevel: StudentLevel | undefined
  title: string
}

/** The next roles, one line of why each; the rest of the why, the point to check and links folded. */
export function OtherMatches({ matches, studentLevel, title }: OtherMatchesProps) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const explain = useExplanations()
  if (matches.length === 0) return null
  return (
    <section aria-labelledby="other-title" className="other-matches">
      <h2 id="other-title">{title}</h2>
      <ol className="other-matches__list">
        {matches.map(({ match, role }) => {
          const roleTitle = l(role.title)
          const mixed = match.completes && roles.find((r) => r.id === match.completes)
          return (
            <li key={role.id}>
              <article className="match" aria-labelledby={`match-${role.id}`}>
                <h3 id={`match-${role.id}`} className="match__role">
                  <a href={links.role(role.id)}>{roleTitle}</a>
                </h3>
                <ClosenessBadge closeness={match.closeness} score={match.score} />
                {mixed && <p className="match__note">{t.completes(l(mixed.title))}</p>}
                {match.reasons[0] && (
                  <p className="match__first-reason">{explain.reason(match.reasons[0])}</p>
                )}
                <details className="results-more no-print">
                  <summary>{t.otherDetails}</summary>
                  <p className="match__pitch">{l(role.pitch)}</p>
                  <MatchExplanation match={match} headingLevel={4} />
                  <p className="inline-links">
                    <a href={links.role(role.id)}>{t.roleLink(roleTitle)}</a>
                    <a href={links.guide({ level: studentLevel, role: role.id })}>
                      {t.guideLink(roleTitle)}
                    </a>
                  </p>
                </details>
              </article>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
