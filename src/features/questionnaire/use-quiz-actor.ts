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
  /** The URL says the question was opened from the review (`?retour=relecture`). */
  editing: boolean
}

export type QuizSnapshot = SnapshotFrom<typeof questionnaireMachine>

/** The address of what the chart shows; a question opened from the review says so. */
function addressOf(snapshot: QuizSnapshot): string {
  if (snapshot.hasTag('question'))
    return `/quiz/${snapshot.context.currentId}${snapshot.context.editing ? `?retour=${REVIEW_ID}` : ''}`
  if (snapshot.matches('review')) return `/quiz/${REVIEW_ID}`
  if (snapshot.matches('done')) return '/resultats'
  return '/quiz'
}

export function useQuizActor({ questionnaire, saved, at, editing }: QuizOpening) {
  const saveQuiz = useAppStore((s) => s.saveQuiz)
  const finished = useRef(saved?.finished ?? false)
  const actor = useActorRef(
    questionnaireMachine,
    {
      input: {
        questionnaire,
        ...(saved && { length: saved.length, answers: saved.answers }),
        ...(at !== undefined && { at }),
        editing,
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

  const address = useSelector(actor, addressOf)
  const firstSync = useRef(true)
  useEffect(() => {
    const [here = '', hereQuery = ''] = window.location.hash.replace(/^#/, '').split('?')
    const [path = '/quiz', query = ''] = address.split('?')
    const replace = firstSync.current
    firstSync.current = false
    const params = new URLSearchParams(query)
    // The intro keeps its own query (?longueur=…, ?lang=…).
    if (path === '/quiz') new URLSearchParams(hereQuery).forEach((v, k) => params.set(k, v))
    if (
      here === path &&
      (path === '/quiz' || new URLSearchParams(hereQuery).toString() === params.toString())
    )
      return
    // On opening, the URL is corrected in place (a question that cannot be opened yet, say);
    // afterwards each move is a new history entry, so that Back returns to the last question.
    navigate(path, { replace, query: Object.fromEntries(params) })
  }, [address])

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
