/**
 * The quiz page's one actor, alive as long as the page is open (the route keeps the page mounted
 * from question to question). It opens on the saved answers and the URL, saves through the `save`
 * action it provides, and keeps the URL in step with the chart, so that the browser's Back and
 * Forward move between questions and a reload opens the same one.
 */
import { useActorRef, useSelector } from '@xstate/react'
import { useEffect, useRef, useState } from 'react'
import type { InspectionEvent } from 'xstate'
import type { Questionnaire } from '@/content/schemas'
import type { QuizLength } from '@/lib/questionnaire/answers'
import { keepProgressInAddress } from '@/lib/embed-bridge'
import { encodeProgress } from '@/lib/questionnaire/progress-code-logic'
import { openSavedQuiz } from '@/lib/questionnaire/reconcile'
import { useAppStore } from '@/store/app-store'
import { afterNextPaint } from '@/ui/after-next-paint'
import { links, REVIEW_ID, type QuizPlace } from '@/ui/links'
import { goTo } from '@/ui/router'
import {
  openQuiz,
  questionnaireMachine,
  screenOf,
  type QuizActor,
  type QuizInput,
  type QuizSnapshot,
} from './questionnaire-machine'

declare global {
  interface Window {
    /** End-to-end builds only (`vite build --mode e2e`): how many quiz actors were started. */
    __capActorCount?: number
  }
}

/**
 * Counts the actors that start, not those created: React may throw away a render that has not
 * committed yet (a more urgent update came in while the page was loading) and render again, and
 * the actor that render created is then dropped without ever running.
 */
function countActorStarts(event: InspectionEvent) {
  if (event.type === '@xstate.event' && event.event.type === 'xstate.init')
    window.__capActorCount = (window.__capActorCount ?? 0) + 1
}

type Saved = ReturnType<typeof useAppStore.getState>['quiz']

/** The same save: length, answers and end (the version follows the questionnaire). */
const sameSave = (a: Saved, b: Saved) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.length === b.length &&
    a.finished === b.finished &&
    JSON.stringify(a.answers) === JSON.stringify(b.answers))

/** Where the chart is, as the URL says it. */
function placeOf(snapshot: QuizSnapshot): QuizPlace {
  const screen = screenOf(snapshot)
  if (screen === 'question')
    return { questionId: snapshot.context.currentId, fromReview: snapshot.context.editing }
  if (screen === 'review') return { questionId: REVIEW_ID }
  return {}
}

const samePlace = (a: QuizPlace, b: QuizPlace) =>
  a.questionId === b.questionId && (a.fromReview ?? false) === (b.fromReview ?? false)

export function useQuizActor(
  questionnaire: Questionnaire,
  saved: QuizInput['saved'],
  url: QuizPlace,
  /** Set by a start link (`links.startQuiz`): begin this length at once if nothing is in progress. */
  startNow?: QuizLength,
): QuizActor {
  const [opened] = useState(() => {
    /** What this page saved last, so that only changes made elsewhere reach the chart. */
    const last = { saved: useAppStore.getState().quiz }
    const save = ({ length, answers, finished }: QuizSnapshot['context']) => {
      const quiz = { length, version: questionnaire.version, answers, finished }
      last.saved = quiz
      useAppStore.getState().saveQuiz(quiz)
      // An embedded frame also keeps it in its address, for a browser that refuses storage.
      keepProgressInAddress(() => encodeProgress(quiz, questionnaire))
    }
    const machine = questionnaireMachine.provide({
      actions: { save: ({ context }) => save(context) },
    })
    const input: QuizInput = { questionnaire, ...(saved && { saved }) }
    const snapshot = openQuiz(input, url, startNow)
    // Opened by a start link: the pure transition ran no action, so the new start is saved here.
    const startedHere = url.questionId === undefined && screenOf(snapshot) === 'question'
    return { machine, input, snapshot, last, save: startedHere ? save : undefined }
  })
  const { machine, input, snapshot, last, save: saveOpening } = opened
  useEffect(() => saveOpening?.(snapshot.context), [saveOpening, snapshot])
  const actor = useActorRef(machine, {
    input,
    snapshot,
    ...(import.meta.env.MODE === 'e2e' && { inspect: countActorStarts }),
  })

  // Another tab, or "erase my data", changed the saved quiz: the chart takes the new answers.
  useEffect(
    () =>
      useAppStore.subscribe(({ quiz }) => {
        if (sameSave(quiz, last.saved)) return
        last.saved = quiz
        actor.send({ type: 'saved.change', saved: openSavedQuiz(questionnaire, quiz)?.quiz })
      }),
    [actor, questionnaire, last],
  )
  useUrlInStep(actor, url)
  return actor
}

/** A move of the chart on its way to the address: where the address was, and how to finish. */
interface WaitingMove {
  from: QuizPlace
  push: () => void
  cancel: () => void
}

/**
 * A move in the chart is a new history entry; a move of the URL (Back, Forward, a typed address)
 * reaches the chart as `nav.goto`, and when the chart cannot go there, the URL is put right in
 * place. The intro keeps its own query (`?longueur=…`).
 *
 * The new entry is pushed once the next question is painted: pushing it, and drawing the page
 * again for its new address, took ~25 ms of a cheap phone's answer (issue 16's 100 ms). Anything
 * that happens before then settles it first: another move pushes it at once, a move of the URL
 * (Back) drops it and wins, and leaving the page drops it.
 */
function useUrlInStep(actor: QuizActor, url: QuizPlace) {
  const shown = useSelector(actor, placeOf, samePlace)
  const leaving = useSelector(actor, (s) => s.matches('done'))
  /** The last place the URL and the chart agreed on; none yet on opening. */
  const agreed = useRef<QuizPlace | undefined>(undefined)
  const waiting = useRef<WaitingMove | undefined>(undefined)
  const { questionId, fromReview = false } = url

  useEffect(() => () => waiting.current?.cancel(), [])
  useEffect(() => {
    let inUrl: QuizPlace = { questionId, fromReview }
    const move = waiting.current
    if (move) {
      move.cancel()
      waiting.current = undefined
      if (samePlace(inUrl, move.from)) {
        move.push()
        inUrl = agreed.current ?? inUrl
      }
    }
    if (leaving) {
      goTo(links.results())
      return
    }
    if (samePlace(inUrl, shown)) {
      agreed.current = shown
      return
    }
    const opening = agreed.current === undefined
    const urlMoved = !opening && !samePlace(inUrl, agreed.current ?? {})
    if (urlMoved) actor.send({ type: 'nav.goto', ...inUrl })
    const now = placeOf(actor.getSnapshot())
    agreed.current = now
    if (samePlace(now, inUrl)) return
    // On opening and after a move of the URL, the address is put right in place; a move in the
    // chart is a new entry, so that Back returns to the question before.
    if (opening || urlMoved) {
      goTo(links.quizAt(now), { replace: true })
      return
    }
    const push = () => goTo(links.quizAt(now))
    const cancel = afterNextPaint(() => {
      waiting.current = undefined
      push()
    })
    waiting.current = { from: inUrl, push, cancel }
  }, [actor, questionId, fromReview, shown, leaving])
}
