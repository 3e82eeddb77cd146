import { startTransition, useEffect, useMemo, useState } from 'react'
import { questionnaire, releasedQuestionnaires, roles } from 'virtual:content'
import type { QuizAnswers } from '@/lib/questionnaire/answers'
import { encodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { computeResults, prepareResults, type RoleMatch } from '@/lib/questionnaire/scoring-logic'
import { links } from '@/ui/links'
import { qrSymbol } from '@/ui/qr-code'
import { PageHeading } from '@/ui/page-heading'
import { useLocalized, useMessages, usePageTitle } from '@/ui/use-locale'
import { CannotTell } from './cannot-tell'
import { resultsMessages } from './messages'
import { NoFit } from './no-fit'
import { OtherMatches } from './other-matches'
import { ResultCodePanel } from './result-code-panel'
import { ResultsDetails } from './results-details'
import { resultsUrl } from './results-url'
import { SetAsideList } from './set-aside-list'
import { ShareCard } from './share-card'
import { useStrengths } from './strengths'
import { TopMatch, type ShownMatch } from './top-match'

/** How many roles the page shows unfolded: the first (and any tied with it), then the others. */
const SHOWN = 3

interface ResultsViewProps {
  quiz: QuizAnswers
  /** Set when the results come from a code in the URL rather than this device's answers. */
  sharedCode?: string
}

const withRole = (match: RoleMatch): ShownMatch[] => {
  const role = roles.find((r) => r.id === match.roleId)
  return role ? [{ match, role }] : []
}

const REVEALED_KEY = 'cap-relation-client:revealed'

/** A task of its own for each slice of the results' calibration (see prepareResults). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve))
const prepared = new Map<string, Promise<unknown>>()
const ready = new Set<string>()

/**
 * Resolves once the results of `quiz` (whose code is `code`) can be drawn at once: calibrated,
 * and the QR code of their link worked out, each in tasks of their own. The page says it is
 * working them out meanwhile, rather than freezing a phone for 70 ms (at full speed) in one task.
 * What fails here is left to the page's own draw, which then says what went wrong.
 */
function readyToCompute(code: string, quiz: QuizAnswers): Promise<unknown> {
  let preparing = prepared.get(code)
  if (!preparing) {
    preparing = prepareResults(questionnaire, roles, quiz, releasedQuestionnaires, nextTask)
      .then(nextTask)
      .then(() => qrSymbol(resultsUrl(code)))
      .catch(() => undefined)
      .then(() => ready.add(code))
    prepared.set(code, preparing)
  }
  return preparing
}

/** Whether the results of `code` are ready to draw; starts preparing them if not. */
function useReadyToCompute(code: string, quiz: QuizAnswers): boolean {
  const [, setReadyCode] = useState<string>()
  useEffect(() => {
    if (ready.has(code)) return
    let current = true
    // In a transition: React then draws the results in slices, yielding between them, where an
    // update from a promise would draw them in one task (~50 ms at full speed, traced).
    void readyToCompute(code, quiz).then(() => {
      if (current) startTransition(() => setReadyCode(code))
    })
    return () => {
      current = false
    }
  }, [code, quiz])
  return ready.has(code)
}

/**
 * Whether these results are shown for the first time in this tab, without reduced motion: then
 * the top match is revealed (once; a reload or a return shows it at once).
 */
function firstShowing(code: string): boolean {
  if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return false
  try {
    if (sessionStorage.getItem(REVEALED_KEY) === code) return false
    sessionStorage.setItem(REVEALED_KEY, code)
    return true
  } catch {
    return false // no session storage: no reveal rather than one on every visit
  }
}

/**
 * The results, recomputed from the answers every time they are shown (nothing derived is saved).
 * Phone first: the closest role, why and what next; the code; the other roles; the rest folded.
 */
export function ResultsView({ quiz, sharedCode }: ResultsViewProps) {
  const t = useMessages(resultsMessages)
  const code = useMemo(
    () => encodeResultCode(quiz, { questionnaire, releasedQuestionnaires }),
    [quiz],
  )
  if (!useReadyToCompute(code, quiz))
    return (
      <p role="status" className="page-loading">
        {t.preparing}
      </p>
    )
  return <PreparedResults quiz={quiz} sharedCode={sharedCode} code={code} />
}

function PreparedResults({ quiz, sharedCode, code }: ResultsViewProps & { code: string }) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const results = useMemo(
    () => computeResults(questionnaire, roles, quiz, releasedQuestionnaires),
    [quiz],
  )
  usePageTitle(sharedCode ? `${t.sharedTitle} ${code}` : t.title)

  const open = results.ranking.filter((m) => !m.setAside)
  const first = open[0]
  const tied = first ? open.filter((m) => m === first || first.tiedWith.includes(m.roleId)) : []
  const others = open.filter((m) => !tied.includes(m)).slice(0, Math.max(0, SHOWN - tied.length))
  // Roles set aside that would have been shown: the student should know why they are missing.
  const lastShownFit = Math.min(...[...tied, ...others].map((m) => m.fit))
  const asideShown = results.ranking.filter((m) => m.setAside && m.fit >= lastShownFit)
  const full = quiz.length === 'full'
  const topRole = first && withRole(first)[0]?.role
  const strengths = useStrengths(results.levels)
  const [reveal] = useState(() => !sharedCode && firstShowing(code))
  const verdict = results.notInformative ? 'cannot-tell' : results.someRoleFits ? 'fits' : 'no-fit'

  return (
    <div className="page results">
      <header className="results__header">
        <PageHeading>{sharedCode ? t.sharedTitle : t.title}</PageHeading>
        <p className="results__based-on">
          {sharedCode ? `${t.sharedNote(code)} ` : ''}
          {t.basedOn(results.answered, full)}
        </p>
      </header>

      {verdict === 'fits' && (
        <TopMatch
          matches={tied.flatMap(withRole)}
          studentLevel={results.studentLevel}
          levels={results.levels}
          reveal={reveal}
        />
      )}
      {verdict === 'no-fit' && (
        <NoFit
          closest={open.slice(0, SHOWN).flatMap(withRole)}
          studentLevel={results.studentLevel}
        />
      )}
      {verdict === 'cannot-tell' && <CannotTell results={results} own={!sharedCode} full={full} />}

      <ResultCodePanel code={code} />

      {verdict === 'fits' && topRole && first && (
        <ShareCard
          card={{
            brand: 'Cap Relation Client',
            role: l(topRole.title),
            closeness: t.cardCloseness(first.closeness, first.score),
            traits: strengths,
            code: t.cardCode(code),
            url: resultsUrl(code),
          }}
        />
      )}

      {verdict === 'fits' && (
        <OtherMatches
          matches={others.flatMap(withRole)}
          studentLevel={results.studentLevel}
          title={t.otherTitle}
        />
      )}
      {verdict !== 'cannot-tell' && <SetAsideList matches={asideShown} />}

      <ResultsDetails results={results} />

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
