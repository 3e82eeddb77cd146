import { createActor } from 'xstate'
import { describe, expect, it } from 'vitest'
import type { Answers, QuizLength } from '@/lib/questionnaire/answers'
import {
  openQuiz,
  questionnaireMachine,
  type QuizEvent,
  type QuizInput,
} from '@/features/questionnaire/questionnaire-machine'
import { REVIEW_ID } from '@/ui/links'
import { tinyQuestionnaire } from '../../fixtures/questionnaire/tiny-questionnaire'

/** Opens the chart as the page does: what was saved, then the URL's question (if any). */
function start(
  saved: { length?: QuizLength; answers?: Answers; finished?: boolean; at?: string } = {},
) {
  const { length, answers = {}, finished = false, at: opensAt } = saved
  const input: QuizInput = {
    questionnaire: tinyQuestionnaire,
    ...(length && { saved: { length, answers, finished } }),
  }
  const snapshot = openQuiz(input, opensAt === undefined ? {} : { questionId: opensAt })
  const actor = createActor(questionnaireMachine, { input, snapshot }).start()
  const send = (...events: QuizEvent[]) => events.forEach((e) => actor.send(e))
  const at = () => {
    const s = actor.getSnapshot()
    return s.hasTag('question') ? s.context.currentId : String(s.value)
  }
  return { actor, send, at, answers: () => actor.getSnapshot().context.answers }
}

describe('the questionnaire statechart', () => {
  it('goes intro → level → questions → review → done', () => {
    const { send, at, actor } = start()
    expect(at()).toBe('intro')
    send({ type: 'quiz.start', length: 'short' })
    expect(actor.getSnapshot().matches({ question: 'level' })).toBe(true)
    send({ type: 'answer.select', value: 'adulte' }, { type: 'nav.next' })
    expect(actor.getSnapshot().matches({ question: 'asking' })).toBe(true)
    expect(at()).toBe('gout')
    send({ type: 'answer.select', value: 'non' }, { type: 'nav.next' })
    send({ type: 'answer.select', value: 1 }, { type: 'nav.next' })
    expect(at()).toBe('review')
    send({ type: 'nav.next' })
    expect(at()).toBe('done')
  })

  it('never moves on by itself, and "next" waits for an answer (skip does not)', () => {
    const { send, at, actor } = start({ length: 'short', at: 'niveau' })
    expect(actor.getSnapshot().can({ type: 'nav.next' })).toBe(false)
    send({ type: 'answer.select', value: 'troisieme' })
    expect(at()).toBe('niveau')
    expect(actor.getSnapshot().can({ type: 'nav.next' })).toBe(true)
    send({ type: 'nav.next' }, { type: 'nav.skip' })
    expect(at()).toBe('calme')
  })

  it('refuses an answer that is not one of the options, or too many choices', () => {
    const { actor, send, answers } = start({
      length: 'full',
      answers: { niveau: null, gout: 'non' },
      at: 'canaux',
    })
    expect(actor.getSnapshot().can({ type: 'answer.select', value: 'peut-etre' })).toBe(false)
    expect(
      actor.getSnapshot().can({ type: 'answer.select', value: ['tel', 'chat', 'reseaux'] }),
    ).toBe(false)
    send({ type: 'answer.select', value: ['reseaux', 'tel'] })
    expect(answers().canaux).toEqual(['tel', 'reseaux'])
  })

  it('drops the answers of a branch when an earlier answer closes it', () => {
    const { send, answers, at } = start({
      length: 'short',
      answers: { niveau: 'adulte', gout: 'oui', calme: 3, panne: 5, combo: 'a' },
      at: 'gout',
    })
    expect(at()).toBe('gout')
    send({ type: 'answer.select', value: 'non' })
    expect(answers()).toEqual({ niveau: 'adulte', gout: 'non', calme: 3 })
  })

  it('goes back question by question, then to the level, then to the intro', () => {
    const { send, at } = start({
      length: 'short',
      answers: { niveau: 'adulte', gout: 'non' },
      at: 'calme',
    })
    send({ type: 'nav.back' })
    expect(at()).toBe('gout')
    send({ type: 'nav.back' })
    expect(at()).toBe('niveau')
    send({ type: 'nav.back' })
    expect(at()).toBe('intro')
  })

  it('edits from the review and comes back to it, through any branch the edit opened', () => {
    const done = { niveau: 'adulte', gout: 'non', calme: 1 }
    const { send, at, actor } = start({ length: 'short', answers: done, at: REVIEW_ID })
    expect(at()).toBe('review')
    send(
      { type: 'review.edit', questionId: 'calme' },
      { type: 'answer.select', value: 2 },
      { type: 'nav.next' },
    )
    expect(at()).toBe('review')
    send(
      { type: 'review.edit', questionId: 'gout' },
      { type: 'answer.select', value: 'oui' },
      { type: 'nav.next' },
    )
    expect(at()).toBe('panne')
    expect(actor.getSnapshot().context.editing).toBe(true)
    send({ type: 'answer.select', value: 1 }, { type: 'nav.next' })
    expect(at()).toBe('review')
  })

  it('resumes where the URL says when that question can be opened, else at the first open one', () => {
    const answers = { niveau: 'adulte', gout: 'non' }
    expect(start({ length: 'short', answers, at: 'gout' }).at()).toBe('gout')
    expect(start({ length: 'short', answers, at: 'panne' }).at()).toBe('calme')
    expect(start({ length: 'short', answers, at: REVIEW_ID }).at()).toBe('calme')
    expect(start({ length: 'short', answers: { ...answers, calme: 2 }, at: REVIEW_ID }).at()).toBe(
      'review',
    )
    expect(start({ length: 'short', answers }).at()).toBe('intro')
  })

  it('resumes from the intro, or starts again from nothing', () => {
    const answers = { niveau: 'adulte', gout: 'non' }
    const resumed = start({ length: 'short', answers })
    resumed.send({ type: 'quiz.resume' })
    expect(resumed.at()).toBe('calme')

    const fresh = start({ length: 'short', answers })
    fresh.send({ type: 'quiz.start', length: 'full' })
    expect(fresh.at()).toBe('niveau')
    expect(fresh.answers()).toEqual({})
    expect(fresh.actor.getSnapshot().context.length).toBe('full')
  })

  it('follows the browser to an answered question; a question not open yet gives the first open one', () => {
    const { send, at, actor } = start({
      length: 'short',
      answers: { niveau: 'adulte', gout: 'oui' },
      at: 'calme',
    })
    send({ type: 'nav.goto', questionId: 'niveau' })
    expect(at()).toBe('niveau')
    send({ type: 'nav.goto', questionId: 'panne' })
    expect(at()).toBe('calme')
    send({ type: 'nav.goto', questionId: 'gout', fromReview: true })
    expect(at()).toBe('gout')
    expect(actor.getSnapshot().context.editing).toBe(true)
    send({ type: 'nav.goto' })
    expect(at()).toBe('intro')
    expect(actor.getSnapshot().context.editing).toBe(false)
  })

  it('opens nothing but the intro when nothing was saved, whatever the URL', () => {
    expect(start({ at: 'gout' }).at()).toBe('intro')
    expect(start({ at: REVIEW_ID }).at()).toBe('intro')
  })

  it('saves through the action the page provides: each answer, a fresh start, and the end', () => {
    const saves: { answers: object; finished: boolean; length: string }[] = []
    const machine = questionnaireMachine.provide({
      actions: {
        save: ({ context }) =>
          saves.push({
            answers: context.answers,
            finished: context.finished,
            length: context.length,
          }),
      },
    })
    const actor = createActor(machine, { input: { questionnaire: tinyQuestionnaire } }).start()
    const send = (...events: QuizEvent[]) => events.forEach((e) => actor.send(e))
    send({ type: 'quiz.start', length: 'short' })
    expect(saves).toEqual([{ answers: {}, finished: false, length: 'short' }])
    send({ type: 'answer.select', value: 'adulte' }, { type: 'nav.next' }, { type: 'nav.skip' })
    expect(saves.at(-1)).toMatchObject({ answers: { niveau: 'adulte', gout: null } })
    send({ type: 'answer.select', value: 3 }, { type: 'nav.next' })
    expect(saves.at(-1)?.finished).toBe(false)
    send({ type: 'nav.next' })
    expect(actor.getSnapshot().matches('done')).toBe(true)
    expect(saves.at(-1)).toEqual({
      answers: { niveau: 'adulte', gout: null, calme: 3 },
      finished: true,
      length: 'short',
    })
    // Moving around saves nothing: only a change of answers, length or end does.
    const count = saves.length
    send({ type: 'nav.back' }, { type: 'review.edit', questionId: 'gout' }, { type: 'nav.back' })
    expect(saves).toHaveLength(count)
  })

  it('takes answers saved elsewhere (another tab), staying on its question when it can', () => {
    const { send, at, answers } = start({
      length: 'short',
      answers: { niveau: 'adulte', gout: 'oui' },
      at: 'calme',
    })
    const saved = (answers: Answers) => ({ length: 'short' as const, answers, finished: false })
    send({ type: 'saved.change', saved: saved({ niveau: 'adulte', gout: 'oui', calme: 2 }) })
    expect(at()).toBe('calme')
    expect(answers()).toEqual({ niveau: 'adulte', gout: 'oui', calme: 2 })
    // An answer changed elsewhere closes the branch this question was on: the first open one.
    send({ type: 'nav.next' })
    expect(at()).toBe('panne')
    send({ type: 'saved.change', saved: saved({ niveau: 'adulte', gout: 'non' }) })
    expect(at()).toBe('calme')
    expect(answers()).toEqual({ niveau: 'adulte', gout: 'non' })
  })

  it('goes back to a fresh intro when the saved quiz is erased elsewhere', () => {
    const { send, at, actor } = start({
      length: 'full',
      answers: { niveau: 'adulte', gout: 'non' },
      at: 'gout',
    })
    send({ type: 'saved.change', saved: undefined })
    expect(at()).toBe('intro')
    expect(actor.getSnapshot().context).toMatchObject({ answers: {}, started: false })
    expect(actor.getSnapshot().can({ type: 'quiz.resume' })).toBe(false)
  })
})
