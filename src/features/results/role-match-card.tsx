import { dimensions } from 'virtual:content'
import type { Role } from '@/content/schemas'
import type { StudentLevel } from '@/content/vocabulary'
import type { RoleMatch } from '@/lib/questionnaire/scoring-logic'
import { links } from '@/ui/links'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { useAnswerText } from './use-answer-text'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

interface RoleMatchCardProps {
  match: RoleMatch
  role: Role
  studentLevel: StudentLevel | undefined
}

/** One role: how well it matches, the answers that led to it, and what could stand in the way. */
export function RoleMatchCard({ match, role, studentLevel }: RoleMatchCardProps) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const describe = useAnswerText()
  const title = l(role.title)
  const hurdleDimension = match.hurdle && dimensions.find((d) => d.id === match.hurdle?.dimension)
  return (
    <article className="card role-match" aria-labelledby={`match-${role.id}`}>
      <h3 id={`match-${role.id}`}>
        <a href={links.role(role.id)}>{title}</a>
      </h3>
      <p className="role-match__score">
        <span>{t.match(match.score)}</span>
        <span className="role-match__meter" aria-hidden="true">
          <span style={{ width: `${match.score}%` }} />
        </span>
      </p>
      <p className="role-match__pitch">{l(role.pitch)}</p>
      {match.reasons.length > 0 ? (
        <>
          <p className="role-match__label">{t.because}</p>
          <ul className="role-match__reasons">
            {match.reasons.map((reason) => {
              const { answer, prompt } = describe(reason)
              return <li key={reason.questionId}>{t.reason(answer, prompt)}</li>
            })}
          </ul>
        </>
      ) : (
        <p>{t.noReason}</p>
      )}
      <div className="role-match__hurdle">
        <p className="role-match__label">{t.hurdleTitle}</p>
        {match.hurdle && hurdleDimension ? (
          <p>
            {t.hurdle(l(hurdleDimension.name))}
            <span className="role-match__detail">
              {' '}
              ({lowerFirst(l(hurdleDimension.description)).replace(/\.$/, '')})
            </span>
            .{' '}
            {match.hurdle.because
              ? (() => {
                  const { answer, prompt } = describe(match.hurdle.because)
                  return t.hurdleBecause(answer, prompt)
                })()
              : t.hurdleUnmeasured}
          </p>
        ) : (
          <p>{t.noHurdle}</p>
        )}
      </div>
      <p className="inline-links no-print">
        <a href={links.role(role.id)}>{t.roleLink(title)}</a>
        <a href={links.guide({ level: studentLevel, role: role.id })}>{t.guideLink(title)}</a>
      </p>
    </article>
  )
}
