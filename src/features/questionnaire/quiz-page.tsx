import { useSelector } from '@xstate/react'
import { useLayoutEffect, useRef } from 'react'
import { questionnaire } from 'virtual:content'
import { useSavedQuiz } from '@/store/use-saved-quiz'
import { readQuizLength, readQuizPlace, readQuizStart } from '@/ui/links'
import type { PageProps } from '@/ui/page-props'
import { useMessages } from '@/ui/use-locale'
import { quizMessages } from './messages'
import { screenOf, type QuizActor } from './questionnaire-machine'
import { QuestionScreen } from './question-screen'
import { QuizIntro } from './quiz-intro'
import { ReviewScreen } from './review-screen'
import { useQuizActor } from './use-quiz-actor'
import './quiz.css'

/** `#/quiz/:questionId?`: one page, and one actor, for the whole questionnaire. */
export default function QuizPage({ params, query }: PageProps) {
  const t = useMessages(quizMessages)
  const saved = useSavedQuiz(questionnaire)
  const actor = useQuizActor(
    questionnaire,
    saved,
    readQuizPlace(params.questionId, query),
    readQuizStart(query),
  )
  const screen = useSelector(actor, screenOf)
  useFocusOnEachMove(actor)
  if (screen === 'intro') return <QuizIntro actor={actor} askedLength={readQuizLength(query)} />
  if (screen === 'question') return <QuestionScreen actor={actor} />
  if (screen === 'review') return <ReviewScreen actor={actor} />
  return <p className="page-loading">{t.leaving}</p>
}

/**
 * Each move inside the quiz shows a new screen without a new page: its heading takes the focus,
 * so that a screen reader reads the next question (the screen the page opens on is left alone).
 */
function useFocusOnEachMove(actor: QuizActor) {
  const shown = useSelector(actor, (s) =>
    screenOf(s) === 'question' ? s.context.currentId : screenOf(s),
  )
  const opening = useRef(true)
  useLayoutEffect(() => {
    if (opening.current) opening.current = false
    else document.getElementById('page-title')?.focus()
  }, [shown])
}
