import type { Closeness } from '@/lib/questionnaire/scoring-logic'
import { useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'

/** How close a role is, in words first; the calibrated percentage after (see "How to read"). */
export function ClosenessBadge({ closeness, score }: { closeness: Closeness; score: number }) {
  const t = useMessages(resultsMessages)
  return (
    <p className={`closeness closeness--${closeness}`}>
      <span className="closeness__word" data-read-aloud>
        {t[closeness]}
      </span>{' '}
      <span className="closeness__score">{t.score(score)}</span>
    </p>
  )
}
