import { questionnaire, releasedQuestionnaires } from 'virtual:content'
import { firstUnansweredId } from '@/lib/questionnaire/navigation'
import { useSavedQuiz } from '@/store/use-saved-quiz'
import { links, REVIEW_ID } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useMessages } from '@/ui/use-locale'
import { CodeError, CodeForm } from './code-form'
import { resultsMessages } from './messages'
import { decodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { ResultsView } from './results-view'
import './results.css'

export default function ResultsPage({ params }: PageProps) {
  if (params.code !== undefined) return <SharedResults code={params.code} />
  return <OwnResults />
}

/** `#/resultats/<code>`: the same results, read from the code; the saved answers are left alone. */
function SharedResults({ code }: { code: string }) {
  const decoded = decodeResultCode(code, { questionnaire, releasedQuestionnaires })
  if (!decoded.ok) return <CodeError code={code} error={decoded.error} />
  return <ResultsView quiz={decoded.quiz} sharedCode={code.toUpperCase()} />
}

/** `#/resultats`: the results of the questionnaire saved on this device. */
function OwnResults() {
  const t = useMessages(resultsMessages)
  const quiz = useSavedQuiz(questionnaire)
  const complete =
    quiz?.finished && firstUnansweredId(questionnaire, quiz.length, quiz.answers) === undefined
  if (quiz && complete) return <ResultsView quiz={quiz} />

  const started = quiz && Object.keys(quiz.answers).length > 0
  return (
    <div className="page page-narrow results">
      <PageHeading>{t.title}</PageHeading>
      {started ? (
        <>
          <p className="lead">{t.unfinishedText}</p>
          <p>
            <a
              className="button button--primary"
              href={links.quizQuestion(
                firstUnansweredId(questionnaire, quiz.length, quiz.answers) ?? REVIEW_ID,
              )}
            >
              {t.resume}
            </a>
          </p>
        </>
      ) : (
        <>
          <h2>{t.noResultsTitle}</h2>
          <p className="lead">{t.noResultsText}</p>
          <p className="inline-links">
            <a className="button button--primary" href={links.quiz('short')}>
              {t.startShort}
            </a>
            <a className="button" href={links.quiz('full')}>
              {t.startFull}
            </a>
          </p>
        </>
      )}
      <CodeForm />
    </div>
  )
}
