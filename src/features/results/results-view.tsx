import { useMemo } from 'react'
import { questionnaire, roles } from 'virtual:content'
import type { QuizAnswers } from '@/lib/questionnaire/answers'
import { computeResults } from '@/lib/questionnaire/scoring-logic'
import { links } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import { useMessages, usePageTitle } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { NextSteps } from './next-steps'
import { ProfileChart } from './profile-chart'
import { encodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { ResultCodePanel } from './result-code-panel'
import { RoleMatchCard } from './role-match-card'

const TOP = 3

interface ResultsViewProps {
  quiz: QuizAnswers
  /** Set when the results come from a code in the URL rather than this device's answers. */
  sharedCode?: string
}

/** The results, recomputed from the answers every time they are shown (nothing derived is saved). */
export function ResultsView({ quiz, sharedCode }: ResultsViewProps) {
  const t = useMessages(resultsMessages)
  const results = useMemo(() => computeResults(questionnaire, roles, quiz), [quiz])
  const code = useMemo(() => encodeResultCode(quiz, { questionnaire }), [quiz])
  usePageTitle(sharedCode ? `${t.sharedTitle} ${code}` : t.title)
  const roleOf = (id: string) => roles.find((r) => r.id === id)
  const top = results.ranking.slice(0, TOP).flatMap((match) => {
    const role = roleOf(match.roleId)
    return role ? [{ match, role }] : []
  })
  const cards = top.map(({ match, role }) => (
    <li key={role.id}>
      <RoleMatchCard match={match} role={role} studentLevel={results.studentLevel} />
    </li>
  ))
  const informative = results.notInformative === undefined
  const fits = informative && results.someRoleFits

  return (
    <div className="page results">
      <header className="results__header">
        <PageHeading>{sharedCode ? t.sharedTitle : t.title}</PageHeading>
        {sharedCode ? (
          <p className="lead">{t.sharedNote(code)}</p>
        ) : (
          <p className="lead">{t.lead}</p>
        )}
      </header>

      {!informative && results.notInformative && (
        <section className="panel results-warning" aria-labelledby="warning-title">
          <h2 id="warning-title">{t.notInformativeTitle}</h2>
          <p>{t[results.notInformative]}</p>
        </section>
      )}

      {informative && !fits && (
        <section className="panel results-warning" aria-labelledby="nofit-title">
          <h2 id="nofit-title">{t.noFitTitle}</h2>
          <p>{t.noFitText}</p>
          <p>{t.noFitOnisep}</p>
          <p>
            <a href={links.onisep()}>{t.onisepLink}</a>
          </p>
          <details className="no-print">
            <summary>{t.closestAnyway}</summary>
            <ol className="results__roles">{cards}</ol>
          </details>
        </section>
      )}

      {fits && (
        <section aria-labelledby="top-title">
          <h2 id="top-title">{t.topTitle}</h2>
          <ol className="results__roles">{cards}</ol>
        </section>
      )}

      <div className="results__columns">
        <section aria-label={t.profileTitle} className="results-profile">
          <ProfileChart levels={results.levels} />
        </section>
        <NextSteps studentLevel={results.studentLevel} topRole={fits ? top[0]?.role : undefined} />
      </div>

      <ResultCodePanel code={code} />

      <p className="results__actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
        {sharedCode ? (
          <a className="button" href={links.quiz()}>
            {t.takeQuiz}
          </a>
        ) : (
          <>
            <a className="button" href={links.review()}>
              {t.editAnswers}
            </a>
            <a className="button button--quiet" href={links.quiz()}>
              {t.restart}
            </a>
          </>
        )}
      </p>
    </div>
  )
}
