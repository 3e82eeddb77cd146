import { useSelector } from '@xstate/react'
import { useEffect, useId, useState } from 'react'
import type { Question } from '@/content/schemas'
import { findQuestion, type Answer } from '@/lib/questionnaire/answers'
import { nextQuestionId, progressAt } from '@/lib/questionnaire/navigation'
import { useWording } from '@/ui/easy-read'
import { PageHeading } from '@/ui/page-heading'
import { ReadAloud } from '@/ui/read-aloud'
import { useLocalized, useMessages, usePageTitle } from '@/ui/use-locale'
import { whenIdle } from '@/ui/when-idle'
import { BackButton } from './back-button'
import { quizMessages } from './messages'
import { AnswerFields } from './answer-fields'
import { SectionPicture } from './section-picture'
import type { QuizActor } from './questionnaire-machine'

interface QuestionScreenProps {
  actor: QuizActor
}

/**
 * One question per screen: nothing moves on until the student presses "Next" (or skips). On a
 * phone the question, its choices and the move-on bar fit one screen; the bar stays in reach.
 */
export function QuestionScreen({ actor }: QuestionScreenProps) {
  const t = useMessages(quizMessages)
  const l = useLocalized()
  const w = useWording()
  const id = useId()
  const snapshot = useSelector(actor, (s) => s)
  const { questionnaire, length, answers, currentId } = snapshot.context
  const question = findQuestion(questionnaire, currentId) as Question
  const section = questionnaire.sections.find((s) => s.id === question.section)
  const { position, total } = progressAt(questionnaire, length, answers, currentId)
  const progressText = t.progress(position, total)
  const [hintFor, setHintFor] = useState({ questionId: '', text: '' })
  const hint = hintFor.questionId === currentId ? hintFor.text : ''
  const setHint = (text: string) => setHintFor({ questionId: currentId, text })
  const [announced, setAnnounced] = useState('')
  usePageTitle(`${progressText} · ${t.introTitle}`)

  // Once answered, the next question's progress is worked out while the student reads: « Suivant »
  // then draws it without that search (~5 ms of a cheap phone's 100 ms, more on the first answer).
  useEffect(() => {
    if (answers[currentId] === undefined) return
    const nextId = nextQuestionId(questionnaire, length, answers, currentId)
    if (nextId) return whenIdle(() => progressAt(questionnaire, length, answers, nextId))
  }, [questionnaire, length, answers, currentId])

  // The live region exists before its text: filled just after, the text is announced politely.
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(progressText), 100)
    return () => window.clearTimeout(timer)
  }, [progressText, currentId])

  const select = (value: Answer) => {
    if (snapshot.can({ type: 'answer.select', value })) {
      actor.send({ type: 'answer.select', value })
      setHint('')
    } else if (question.kind === 'multi' && Array.isArray(value) && value.length > question.max)
      setHint(t.multiMax(question.max))
  }

  return (
    <div className="page page-narrow quiz" data-read-aloud-scope>
      <div className="quiz-progress">
        <div className="quiz-progress__row">
          <p className="kicker">
            <SectionPicture section={question.section} />
            {section ? l(section.title) : null}
          </p>
          <p className="quiz-progress__text" aria-hidden="true">
            {progressText}
          </p>
        </div>
        <div className="quiz-progress__bar" aria-hidden="true">
          <div style={{ width: `${(100 * position) / Math.max(total, 1)}%` }} />
        </div>
        <p className="visually-hidden" role="status">
          {announced}
        </p>
      </div>
      <ReadAloud key={currentId} />

      <form
        className="quiz-question"
        onSubmit={(event) => {
          event.preventDefault()
          if (snapshot.can({ type: 'nav.next' })) actor.send({ type: 'nav.next' })
          else setHint(t.needAnswer)
        }}
      >
        <fieldset aria-describedby={`${id}-help ${id}-hint`}>
          <legend>
            <PageHeading className="quiz-question__prompt">
              <span data-read-aloud>{w(question.prompt, question.promptEasy)}</span>
            </PageHeading>
          </legend>
          <p id={`${id}-help`} className="quiz-question__help">
            {question.help
              ? w(question.help, question.helpEasy)
              : question.kind === 'multi'
                ? t.multiHint(question.max)
                : question.kind === 'scale'
                  ? t.scaleHint
                  : null}
          </p>
          <AnswerFields
            questionnaire={questionnaire}
            question={question}
            answer={answers[question.id]}
            onSelect={select}
          />
        </fieldset>
        <p id={`${id}-hint`} className="quiz-question__hint" role="alert">
          {hint}
        </p>
        {/* Sticky at the bottom on phones, in the thumb's reach; Back first, as it reads. */}
        <div className="quiz__actions quiz__bar">
          <BackButton actor={actor} />
          <button
            type="button"
            className="button quiz__skip"
            onClick={() => actor.send({ type: 'nav.skip' })}
          >
            {t.skipShort} <span className="visually-hidden">{t.skipRest}</span>
          </button>
          <button
            type="submit"
            className="button button--primary button--large quiz__next"
            aria-disabled={!snapshot.can({ type: 'nav.next' })}
          >
            {t.next}
          </button>
        </div>
      </form>
    </div>
  )
}
