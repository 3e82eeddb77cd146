/**
 * Model-based tests: xstate/graph walks every state the statechart can reach on the tiny
 * questionnaire (with a few answers per question, enough to open and close every branch) and
 * checks, on every state and every transition, what must always hold.
 */
import { createActor, type SnapshotFrom } from 'xstate'
import { createTestModel } from 'xstate/graph'
import { describe, expect, it } from 'vitest'
import type { Answer, QuizLength } from '@/lib/questionnaire/answers'
import { progressAt } from '@/lib/questionnaire/navigation'
import { keptAnswers, visiblePath } from '@/lib/questionnaire/visibility'
import {
  questionnaireMachine,
  type QuizEvent,
} from '@/features/questionnaire/questionnaire-machine'
import { REVIEW_ID } from '@/ui/links'
import { tinyQuestionnaire as q } from '../../fixtures/questionnaire/tiny-questionnaire'

type Snapshot = SnapshotFrom<typeof questionnaireMachine>

/** One value per answer that changes what comes next, and one that is refused. */
const CHOICES: Record<string, Answer[]> = {
  niveau: ['troisieme'],
  gout: ['oui', 'non'],
  canaux: [['chat'], ['reseaux'], ['tel', 'chat', 'reseaux']],
  calme: [4],
  panne: [2],
  ecrit: [4],
  combo: ['a', 'nope'],
}

const ids = [...q.questions.map((question) => question.id), REVIEW_ID, 'inconnue']

function eventsFor(length: QuizLength) {
  return (snapshot: Snapshot): QuizEvent[] => [
    { type: 'quiz.start', length },
    { type: 'quiz.resume' },
    ...(CHOICES[snapshot.context.currentId] ?? []).map((value): QuizEvent => ({
      type: 'answer.select',
      value,
    })),
    { type: 'nav.next' },
    { type: 'nav.skip' },
    { type: 'nav.back' },
    { type: 'nav.goto' },
    { type: 'saved.change', saved: undefined },
    ...ids.map((questionId): QuizEvent => ({ type: 'nav.goto', questionId })),
    ...ids.map((questionId): QuizEvent => ({ type: 'review.edit', questionId })),
  ]
}

/** `finished` is left out: it changes what is saved, never what the chart may do next. */
const serialize = (s: Snapshot) =>
  JSON.stringify([
    s.value,
    s.context.length,
    s.context.currentId,
    s.context.editing,
    s.context.answers,
  ])

function modelFor(length: QuizLength) {
  return createTestModel(questionnaireMachine, {
    input: { questionnaire: q },
    events: eventsFor(length),
    serializeState: serialize,
  })
}

const edges = (transitions: object) =>
  Object.values(transitions) as { event: QuizEvent; state: Snapshot }[]

const progressOf = (s: Snapshot) =>
  progressAt(s.context.questionnaire, s.context.length, s.context.answers, s.context.currentId)

describe.each(['short', 'full'] as const)('every state of the %s questionnaire', (length) => {
  const model = modelFor(length)
  const adjacency = model.getAdjacencyMap()
  const states = Object.values(adjacency)

  it('is a graph of a reasonable size that reaches every question and every screen', () => {
    expect(states.length).toBeGreaterThan(50)
    expect(states.length).toBeLessThan(20_000)
    const seen = new Set(
      states.map(({ state }) =>
        state.hasTag('question') ? state.context.currentId : String(state.value),
      ),
    )
    const expected = visiblePath(q, length, { gout: 'oui', canaux: ['chat'], calme: 4 }).map(
      (s) => s.question.id,
    )
    expect([...seen]).toEqual(expect.arrayContaining([...expected, 'intro', 'review', 'done']))
  })

  it('keeps no stale answer: every answer belongs to a question on the current path', () => {
    for (const { state } of states) {
      const { answers } = state.context
      expect(keptAnswers(q, state.context.length, answers)).toEqual(answers)
    }
  })

  it('shows a question that is on the path and reachable, never one beyond the first open one', () => {
    for (const { state } of states) {
      if (!state.hasTag('question')) continue
      const path = visiblePath(q, state.context.length, state.context.answers)
      const i = path.findIndex((s) => s.question.id === state.context.currentId)
      expect(i).toBeGreaterThanOrEqual(0)
      expect(path.slice(0, i).every((s) => s.answer !== undefined)).toBe(true)
    }
  })

  it('moves the progress bar forward (or not at all) on every forward move', () => {
    let forwardMoves = 0
    for (const { state, transitions } of states) {
      if (!state.hasTag('question')) continue
      const before = progressOf(state)
      for (const { event, state: next } of edges(transitions)) {
        if (event.type !== 'nav.next' && event.type !== 'nav.skip') continue
        if (!next.hasTag('question') || next === state) continue
        const after = progressOf(next)
        if (after.position <= before.position) continue
        forwardMoves++
        expect(after.total).toBeLessThanOrEqual(before.total)
        expect(after.position / after.total).toBeGreaterThan(before.position / before.total)
      }
    }
    expect(forwardMoves).toBeGreaterThan(20)
  })

  it('can finish from every state: each one has a path to done', () => {
    const key = (s: Snapshot) => serialize(s)
    const reverse = new Map<string, Set<string>>()
    for (const { state, transitions } of states)
      for (const { state: next } of edges(transitions)) {
        const set = reverse.get(key(next)) ?? new Set()
        set.add(key(state))
        reverse.set(key(next), set)
      }
    const canFinish = new Set(
      states.filter(({ state }) => state.matches('done')).map(({ state }) => key(state)),
    )
    const queue = [...canFinish]
    while (queue.length) {
      for (const from of reverse.get(queue.pop() as string) ?? [])
        if (!canFinish.has(from)) {
          canFinish.add(from)
          queue.push(from)
        }
    }
    expect(canFinish.size).toBe(states.length)
  })

  it('replays each shortest path to done on a real actor and ends in done, with the same answers', () => {
    const paths = model.getShortestPaths({ toState: (s) => s.matches('done') })
    expect(paths.length).toBeGreaterThan(5)
    for (const path of paths) {
      const actor = createActor(questionnaireMachine, { input: { questionnaire: q } }).start()
      for (const step of path.steps) actor.send(step.event)
      const end = actor.getSnapshot()
      expect(end.matches('done')).toBe(true)
      expect(end.context.answers).toEqual(path.state.context.answers)
      expect(end.context.length).toBe(length)
    }
  })
})
