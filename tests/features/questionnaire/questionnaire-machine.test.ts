import { createActor } from 'xstate'
import { describe, expect, it } from 'vitest'
import {
  questionnaireMachine,
  REVIEW_ID,
  type QuizEvent,
  type QuizInput,
} from '@/features/questionnaire/questionnaire-machine'
import { tinyQuestionnaire } from '../../fixtures/questionnaire/tiny-questionnaire'

function start(input: Partial<QuizInput> = {}) {
  const actor = createActor(questionnaireMachine, {
    input: { questionnaire: tinyQuestionnaire, ...input },
  }).start()
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
    expect(actor.getSnapshot().matches('level')).toBe(true)
    send({ type: 'answer.select', value: 'adulte' }, { type: 'nav.next' })
    expect(actor.getSnapshot().matches('asking')).toBe(true)
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

    const restarted = start({ length: 'short', answers, at: 'calme' })
    restarted.send({ type: 'quiz.restart' })
    expect(restarted.at()).toBe('intro')
    expect(restarted.answers()).toEqual({})
  })

  it('follows the browser to an answered question, never past the first open one', () => {
    const { send, at, actor } = start({
      length: 'short',
      answers: { niveau: 'adulte', gout: 'oui' },
      at: 'calme',
    })
    send({ type: 'nav.goto', questionId: 'niveau' })
    expect(at()).toBe('niveau')
    expect(actor.getSnapshot().can({ type: 'nav.goto', questionId: 'panne' })).toBe(false)
    send({ type: 'nav.goto', questionId: 'calme' })
    expect(at()).toBe('calme')
  })
})
