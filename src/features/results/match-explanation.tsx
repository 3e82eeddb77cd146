import type { RoleMatch } from '@/lib/questionnaire/scoring-logic'
import { useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { useExplanations } from './use-explanations'

/** Why this role (its reasons), and the one point to check, in plain words. */
export function MatchExplanation({
  match,
  headingLevel,
}: {
  match: RoleMatch
  headingLevel: 3 | 4
}) {
  const t = useMessages(resultsMessages)
  const explain = useExplanations()
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <>
      <Heading className="match__label">{t.because}</Heading>
      {match.reasons.length > 0 ? (
        <ul className="match__reasons">
          {explain.reasonLines(match.reasons).map((line) => (
            <li key={line.key} data-read-aloud>
              {line.text}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noReason}</p>
      )}
      {match.hurdle && (
        <div className="match__hurdle">
          <Heading className="match__label">{t.hurdleTitle}</Heading>
          <p>{explain.hurdle(match.hurdle)}</p>
        </div>
      )}
    </>
  )
}
