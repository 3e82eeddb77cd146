import { useSelector } from '@xstate/react'
import { answerLabels } from '@/lib/questionnaire/answers'
import { visiblePath } from '@/lib/questionnaire/visibility'
import { useEasyRead, useWording } from '@/ui/easy-read'
import { PageHeading } from '@/ui/page-heading'
import { useLocalized, useMessages, usePageTitle } from '@/ui/use-locale'
import { BackButton } from './back-button'
import { quizMessages } from './messages'
import type { QuizActor } from './questionnaire-machine'

/**
 * Before the results: "See my results" first (one Tab from the heading), then a compact summary
 * of every answer, each one tap from its question.
 */
export function ReviewScreen({ actor }: { actor: QuizActor }) {
  const t = useMessages(quizMessages)
  const l = useLocalized()
  const w = useWording()
  const easy = useEasyRead()
  const { questionnaire, length, answers } = useSelector(actor, (s) => s.context)
  const path = visiblePath(questionnaire, length, answers)
  const skipped = path.filter(({ answer }) => answer === null || answer === undefined).length
  usePageTitle(`${t.reviewPageTitle} · ${t.introTitle}`)

  return (
    <div className="page page-narrow quiz">
      <PageHeading>{t.reviewTitle}</PageHeading>
      <p className="lead">{t.reviewLead}</p>
      <div className="quiz__actions quiz-review__go">
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => actor.send({ type: 'nav.next' })}
        >
          {t.reviewSubmit}
        </button>
        <BackButton actor={actor} />
      </div>
      <h2 className="quiz-review__title">{t.reviewSummary(path.length - skipped, skipped)}</h2>
      <ol className="quiz-review">
        {path.map(({ question, answer }) => {
          const prompt = w(question.prompt, question.promptEasy)
          return (
            <li key={question.id} className="quiz-review__item">
              <p className="quiz-review__answer">
                {answer === null || answer === undefined ? (
                  <em>{t.reviewSkipped}</em>
                ) : (
                  answerLabels(questionnaire, question, answer, { easy }).map(l).join(' · ')
                )}
              </p>
              <p className="quiz-review__prompt">{prompt}</p>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t.reviewEditLabel(prompt)}
                onClick={() => actor.send({ type: 'review.edit', questionId: question.id })}
              >
                {t.reviewEdit}
              </button>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
