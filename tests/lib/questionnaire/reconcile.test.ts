import { describe, expect, it } from 'vitest'
import { reconcileAnswers } from '@/lib/questionnaire/reconcile'
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
