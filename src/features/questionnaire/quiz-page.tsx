import { useSelector } from '@xstate/react'
import { useEffect, useState } from 'react'
import { questionnaire } from 'virtual:content'
import type { QuizLength } from '@/lib/questionnaire/answers'
import { reconcileAnswers } from '@/lib/questionnaire/reconcile'
import { useAppStore } from '@/store/app-store'
import { readQuizLength } from '@/ui/links'
import type { PageProps } from '@/ui/page-props'
import { useMessages } from '@/ui/use-locale'
import { quizMessages } from './messages'
import { QuestionScreen } from './question-screen'
import { QuizIntro } from './quiz-intro'
import { ReviewScreen } from './review-screen'
import { useQuizActor, type QuizOpening } from './use-quiz-actor'
import './quiz.css'

/** Saved answers checked against today's questionnaire, once, when the page opens. */
function useOpening(at: string | undefined, editing: boolean): QuizOpening {
  const [opening] = useState(() => {
    const saved = useAppStore.getState().quiz
    if (!saved) return { saved: undefined, dropped: [] as string[] }
    const { answers, dropped } = reconcileAnswers(questionnaire, saved.length, saved.answers)
    return { saved: { ...saved, answers, version: questionnaire.version }, dropped }
  })
  useEffect(() => {
    if (opening.dropped.length === 0 || !opening.saved) return
    const { saveQuiz, showStorageNotice } = useAppStore.getState()
    saveQuiz(opening.saved)
    showStorageNotice('answers-dropped')
  }, [opening])
  return { questionnaire, saved: opening.saved, at, editing }
}

export default function QuizPage({ params, query }: PageProps) {
  const opening = useOpening(params.questionId, query.get('retour') === 'relecture')
  return <QuizFlow opening={opening} askedLength={readQuizLength(query)} />
}

function QuizFlow({
  opening,
  askedLength,
}: {
  opening: QuizOpening
  askedLength: QuizLength | undefined
}) {
  const t = useMessages(quizMessages)
  const actor = useQuizActor(opening)
  const screen = useSelector(actor, (s) =>
    s.hasTag('question')
      ? 'question'
      : s.matches('review')
        ? 'review'
        : s.matches('intro')
          ? 'intro'
          : 'leaving',
  )
  if (screen === 'intro') return <QuizIntro actor={actor} askedLength={askedLength} />
  if (screen === 'question') return <QuestionScreen actor={actor} />
  if (screen === 'review') return <ReviewScreen actor={actor} />
  return <p className="page-loading">{t.leaving}</p>
}
