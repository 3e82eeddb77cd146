import { describe, expect, it } from 'vitest'
import { scoreChooser } from '@/features/guide/chooser-logic'
import { fixtureGuide } from '../../fixtures/guide/guide-fixture'

const { chooser } = fixtureGuide

describe('« NDRC ou MCO ? »', () => {
  it('leans towards the diploma most answers point to, once every question is answered', () => {
    const result = scoreChooser(chooser, { q1: 'distance', q2: 'magasin', q3: 'distance' })
    expect(result.tally).toEqual([
      { diplomaId: 'bts-ndrc', count: 2 },
      { diplomaId: 'bts-mco', count: 1 },
    ])
    expect(result.leaning).toBe('bts-ndrc')
    expect(result.reasons.map((r) => [r.questionId, r.points])).toEqual([
      ['q1', 'bts-ndrc'],
      ['q2', 'bts-mco'],
      ['q3', 'bts-ndrc'],
    ])
    expect(scoreChooser(chooser, { q1: 'magasin', q2: 'magasin', q3: 'magasin' }).leaning).toBe(
      'bts-mco',
    )
  })

  it('says nothing yet while a question is unanswered', () => {
    const result = scoreChooser(chooser, { q1: 'distance', q2: 'distance' })
    expect(result).toMatchObject({ answered: 2, total: 3, leaning: undefined })
  })

  it('ignores unknown questions and options', () => {
    const result = scoreChooser(chooser, { q1: 'teleportation', q9: 'distance' })
    expect(result.answered).toBe(0)
    expect(result.reasons).toEqual([])
  })

  it('calls a tie a tie', () => {
    const twoQuestions = { ...chooser, questions: chooser.questions.slice(0, 2) }
    const result = scoreChooser(twoQuestions, { q1: 'distance', q2: 'magasin' })
    expect(result.answered).toBe(result.total)
    expect(result.leaning).toBeUndefined()
  })
})
