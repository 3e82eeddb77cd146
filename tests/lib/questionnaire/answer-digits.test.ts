import { describe, expect, it } from 'vitest'
import { answerToDigit, digitToAnswer, radixOf } from '@/lib/questionnaire/answer-digits'
import { tinyQuestionnaire as q } from '../../fixtures/questionnaire/tiny-questionnaire'

const question = (id: string) => q.questions.find((x) => x.id === id)!

describe('answers as digits', () => {
  it('counts every possible answer plus "skipped"', () => {
    expect(radixOf(question('gout'))).toBe(3)
    expect(radixOf(question('calme'))).toBe(6)
    // 3 options, at most 2: 3 singles + 3 pairs
    expect(radixOf(question('canaux'))).toBe(7)
  })

  it('maps each digit to one answer and back', () => {
    for (const id of ['niveau', 'gout', 'canaux', 'calme']) {
      const qu = question(id)
      for (let digit = 0; digit < radixOf(qu); digit++)
        expect(answerToDigit(qu, digitToAnswer(qu, digit))).toBe(digit)
    }
  })

  it('reads a skip, a missing answer and an impossible one as 0', () => {
    expect(answerToDigit(question('gout'), null)).toBe(0)
    expect(answerToDigit(question('gout'), undefined)).toBe(0)
    expect(answerToDigit(question('gout'), 'peut-etre')).toBe(0)
    expect(answerToDigit(question('canaux'), ['tel', 'fax'])).toBe(0)
    expect(answerToDigit(question('calme'), 9)).toBe(0)
  })
})
