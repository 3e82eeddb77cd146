import { formatList } from '@/lib/i18n'
import type { QuizResults } from '@/lib/questionnaire/scoring-logic'
import { links } from '@/ui/links'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { strongestGroups } from './profile-chart'
import { SetAsideList } from './set-aside-list'
import { useExplanations } from './use-explanations'

/** A line of the profile counts as "what stands out" from this level (0–3) up. */
const STANDS_OUT = 2

interface CannotTellProps {
  results: QuizResults
  /** Whose answers these are: the student's own can go back to them. */
  own: boolean
  full: boolean
}

/**
 * "I can't tell yet": why, in plain words; what the answers do say (what stands out, what the
 * student refused); and a way to say more (the full questionnaire, or the answers to review).
 */
export function CannotTell({ results, own, full }: CannotTellProps) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const locale = useLocale()
  const explain = useExplanations()
  const why = results.notInformative
  const strong = strongestGroups(results.levels, STANDS_OUT).map(({ group }) => ({
    name: l(group.name),
  }))
  if (!why) return null
  return (
    <section className="panel results-warning" aria-labelledby="cannot-title">
      <h2 id="cannot-title">{t.cantTellTitle}</h2>
      <p>{t[why]}</p>
      {why === 'contradictions' && (
        <ul>
          {results.contradictions.map((pair) => (
            <li key={`${pair[0].questionId}-${pair[1].questionId}`}>
              {explain.contradiction(pair)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t.knownTitle}</h3>
      <p>
        {strong.length > 0
          ? t.knownStrong(
              formatList(
                strong.map((g) => g.name.toLowerCase()),
                locale,
              ),
            )
          : t.knownNothing}
      </p>
      <SetAsideList
        matches={results.ranking.filter((m) => m.setAside).slice(0, 3)}
        headingLevel={3}
      />
      <p className="results-warning__actions">
        {!full && (
          <a className="button button--primary" href={links.quiz('full')}>
            {t.tryFull}
            <span className="button__hint">{t.tryFullHint}</span>
          </a>
        )}
        {own ? (
          <a
            className={full ? 'button button--primary' : 'button'}
            href={links.quizQuestion('relecture')}
          >
            {t.reviewAnswers}
          </a>
        ) : (
          <a className="button" href={links.quiz()}>
            {t.takeQuiz}
          </a>
        )}
      </p>
    </section>
  )
}
