/**
 * The statechart as the quiz page runs it: opened from the saved answers and the URL, it saves
 * the answers after every change and keeps the URL on the question shown, so that the browser's
 * Back and Forward move between questions and a reload opens the same one.
 */
import { useActorRef, useSelector } from '@xstate/react'
import { useEffect, useRef } from 'react'
import type { SnapshotFrom } from 'xstate'
import type { Questionnaire } from '@/content/schemas'
import type { Answers, QuizLength } from '@/lib/questionnaire/answers'
import { useAppStore } from '@/store/app-store'
import { navigate } from '@/ui/router'
import { questionnaireMachine, REVIEW_ID } from './questionnaire-machine'

export interface QuizOpening {
  questionnaire: Questionnaire
  saved: { length: QuizLength; answers: Answers; finished: boolean } | undefined
  /** The question id (or REVIEW_ID) in the URL, if any. */
  at: string | undefined
}

export type QuizSnapshot = SnapshotFrom<typeof questionnaireMachine>

function pathOf(snapshot: QuizSnapshot): string {
  if (snapshot.hasTag('question')) return `/quiz/${snapshot.context.currentId}`
  if (snapshot.matches('review')) return `/quiz/${REVIEW_ID}`
  if (snapshot.matches('done')) return '/resultats'
  return '/quiz'
}

export function useQuizActor({ questionnaire, saved, at }: QuizOpening) {
  const saveQuiz = useAppStore((s) => s.saveQuiz)
  const finished = useRef(saved?.finished ?? false)
  const actor = useActorRef(
    questionnaireMachine,
    {
      input: {
        questionnaire,
        ...(saved && { length: saved.length, answers: saved.answers }),
        ...(at !== undefined && { at }),
      },
    },
    (snapshot) => {
      const { started, length, answers } = snapshot.context
      if (!started) return
      if (snapshot.matches('done')) finished.current = true
      if (Object.keys(answers).length === 0) finished.current = false
      const current = useAppStore.getState().quiz
      const next = { length, version: questionnaire.version, answers, finished: finished.current }
      if (JSON.stringify(current) !== JSON.stringify(next)) saveQuiz(next)
    },
  )

  const path = useSelector(actor, pathOf)
  const firstSync = useRef(true)
  useEffect(() => {
    const here = window.location.hash.replace(/^#/, '').split('?')[0]
    const replace = firstSync.current
    firstSync.current = false
    if (here === path || (path === '/quiz' && here === '/quiz/')) return
    // On opening, the URL is corrected in place (a question that cannot be opened yet, say);
    // afterwards each move is a new history entry, so that Back returns to the last question.
    const query =
      path === '/quiz'
        ? Object.fromEntries(new URLSearchParams(window.location.hash.split('?')[1]))
        : undefined
    navigate(path, { replace, query })
  }, [path])

  /** The browser moved to another question (Back, Forward): follow it if the chart allows. */
  useEffect(() => {
    if (at === undefined) return
    const snapshot = actor.getSnapshot()
    const shown = snapshot.hasTag('question')
      ? snapshot.context.currentId
      : snapshot.matches('review')
        ? REVIEW_ID
        : undefined
    if (shown !== at) actor.send({ type: 'nav.goto', questionId: at })
  }, [at, actor])

  return actor
}
