import { describe, expect, it } from 'vitest'
import { openSavedQuiz, reconcileAnswers } from '@/lib/questionnaire/reconcile'
import { tinyQuestionnaire as q } from '../../fixtures/questionnaire/tiny-questionnaire'

describe('reconcileAnswers (saved answers meet today’s questionnaire)', () => {
  it('keeps answers that still make sense, in the options’ order', () => {
    expect(
      reconcileAnswers(q, 'full', { niveau: 'adulte', canaux: ['reseaux', 'chat'], calme: null }),
    ).toEqual({
      answers: { niveau: 'adulte', canaux: ['chat', 'reseaux'], calme: null },
      dropped: [],
    })
  })

  it('drops and reports answers to questions that no longer exist or to removed options', () => {
    const { answers, dropped } = reconcileAnswers(q, 'full', {
      niveau: 'adulte',
      supprimee: 'x',
      gout: 'peut-etre',
      canaux: ['tel', 'fax'],
      calme: 7,
    })
    expect(answers).toEqual({ niveau: 'adulte' })
    expect(dropped.sort()).toEqual(['calme', 'canaux', 'gout', 'supprimee'])
  })

  it('drops answers to a question of the other length, and silently those of a closed branch', () => {
    const { answers, dropped } = reconcileAnswers(q, 'short', {
      canaux: ['tel'],
      gout: 'non',
      panne: 4,
    })
    expect(answers).toEqual({ gout: 'non' })
    expect(dropped).toEqual(['canaux'])
  })
})

describe('openSavedQuiz (what the quiz and the results page open)', () => {
  it('gives nothing when nothing was saved', () => {
    expect(openSavedQuiz(q, null)).toBeUndefined()
  })

  it('keeps the length and whether it was finished, with the answers today’s content takes', () => {
    expect(
      openSavedQuiz(q, {
        length: 'short',
        answers: { niveau: 'adulte', retiree: 'x' },
        finished: true,
      }),
    ).toEqual({
      quiz: { length: 'short', answers: { niveau: 'adulte' }, finished: true },
      dropped: ['retiree'],
    })
  })
})
