import type { Role } from '@/content/schemas'
import type { StudentLevel } from '@/content/vocabulary'
import type { RoleMatch } from '@/lib/questionnaire/scoring-logic'
import { links } from '@/ui/links'
import { ReadAloud } from '@/ui/read-aloud'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { ClosenessBadge } from './closeness-badge'
import { MatchExplanation } from './match-explanation'
import { resultsMessages } from './messages'
import { NextSteps } from './next-steps'

export interface ShownMatch {
  match: RoleMatch
  role: Role
}

interface TopMatchProps {
  /** The first role, and the roles tied with it. */
  matches: ShownMatch[]
  studentLevel: StudentLevel | undefined
}

/** The first screen: the closest role (or the roles tied for it), why, and what to do next. */
export function TopMatch({ matches, studentLevel }: TopMatchProps) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const tied = matches.length > 1
  return (
    <section aria-labelledby="top-title" className="top-match" data-read-aloud-scope>
      <h2 id="top-title" className="top-match__title" data-read-aloud>
        {tied ? t.topTiedTitle : t.topTitle}
      </h2>
      <ReadAloud />
      {tied && <p className="muted">{t.tiedNote}</p>}
      {matches.map(({ match, role }) => (
        <article key={role.id} className="match match--top" aria-labelledby={`match-${role.id}`}>
          <h3 id={`match-${role.id}`} className="match__role" data-read-aloud>
            <a href={links.role(role.id)}>{l(role.title)}</a>
          </h3>
          <ClosenessBadge closeness={match.closeness} score={match.score} />
          <MatchExplanation match={match} headingLevel={tied ? 4 : 3} />
          {!tied && <NextSteps studentLevel={studentLevel} role={role} />}
          <p className="match__pitch match__pitch--after">{l(role.pitch)}</p>
        </article>
      ))}
      {tied && matches[0] && <NextSteps studentLevel={studentLevel} role={matches[0].role} />}
    </section>
  )
}
