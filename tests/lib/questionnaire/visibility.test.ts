import { describe, expect, it } from 'vitest'
import { keptAnswers, visiblePath } from '@/lib/questionnaire/visibility'
import { dimensionLevels } from '@/lib/questionnaire/dimension-levels'
import { tinyQuestionnaire as q } from '../../fixtures/questionnaire/tiny-questionnaire'

const ids = (answers: Parameters<typeof visiblePath>[2], length: 'short' | 'full' = 'full') =>
  visiblePath(q, length, answers).map((s) => s.question.id)

describe('visiblePath', () => {
  it('asks only the questions of the chosen length, with no branch opened', () => {
    expect(ids({}, 'short')).toEqual(['niveau', 'gout', 'calme'])
    expect(ids({}, 'full')).toEqual(['niveau', 'gout', 'canaux', 'calme'])
  })

  it('opens a section when an earlier answer calls for it', () => {
    expect(ids({ gout: 'oui' }, 'short')).toEqual(['niveau', 'gout', 'calme', 'panne', 'combo'])
    expect(ids({ gout: 'non' }, 'short')).toEqual(['niveau', 'gout', 'calme'])
  })

  it('opens a question when a dimension reaches its threshold', () => {
    expect(ids({ canaux: ['chat'] })).toContain('ecrit')
    expect(ids({ canaux: ['reseaux'] })).not.toContain('ecrit')
    expect(ids({ canaux: ['chat', 'reseaux'] })).toContain('ecrit')
  })

  it('follows all / any rules mixing answers and dimensions', () => {
    expect(ids({ gout: 'non', calme: 5 }, 'short')).toContain('combo')
    expect(ids({ gout: 'non', calme: 2 }, 'short')).not.toContain('combo')
    // technical: gout=oui gives 2 of 0…2, panne adds -1…+1 → level 3·(2+f+1)/4
    expect(ids({ gout: 'oui', panne: 4 }, 'short')).toContain('combo')
    expect(ids({ gout: 'oui', panne: 3 }, 'short')).not.toContain('combo')
  })

  it('ignores a skipped answer and an answer that is not an option', () => {
    expect(ids({ gout: null }, 'short')).toEqual(['niveau', 'gout', 'calme'])
    expect(visiblePath(q, 'short', { gout: 'peut-etre' })[1]?.answer).toBeUndefined()
    expect(visiblePath(q, 'short', { gout: null })[1]?.answer).toBeNull()
  })
})

describe('keptAnswers', () => {
  it('drops the answers of a branch an earlier answer has closed', () => {
    expect(keptAnswers(q, 'short', { gout: 'non', calme: 3, panne: 5 })).toEqual({
      gout: 'non',
      calme: 3,
    })
  })

  it('drops answers to questions of the other length and invalid answers', () => {
    expect(keptAnswers(q, 'short', { canaux: ['tel'], calme: 9, niveau: 'adulte' })).toEqual({
      niveau: 'adulte',
    })
  })
})

describe('dimensionLevels', () => {
  it('places each dimension between the lowest and highest answers possible, on 0–3', () => {
    const path = q.questions
    expect(dimensionLevels(path, { gout: 'oui' })).toEqual({ technical: 3, social: 0 })
    expect(dimensionLevels(path, { calme: 3 }).empathy).toBeCloseTo(1.5)
    expect(dimensionLevels(path, { calme: 1 }).empathy).toBe(0)
  })

  it('gives no level to a dimension nothing measured (skipped or never asked)', () => {
    expect(dimensionLevels(q.questions, { gout: null, niveau: 'adulte' })).toEqual({})
  })

  it('ranges a multi-choice answer from one option to the allowed maximum', () => {
    const levels = dimensionLevels(q.questions, { canaux: ['chat', 'reseaux'] })
    expect(levels.written).toBe(3)
    expect(levels.phone).toBe(0)
    expect(dimensionLevels(q.questions, { canaux: ['reseaux'] }).written).toBe(1)
  })
})
