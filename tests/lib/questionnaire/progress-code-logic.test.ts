// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeProgress, encodeProgress } from '@/lib/questionnaire/progress-code-logic'
import { completeAnswers } from '../../fixtures/questionnaire/answer-arbitrary'
import { realContent } from '../../fixtures/questionnaire/real-content'
import { tinyQuestionnaire } from '../../fixtures/questionnaire/tiny-questionnaire'
import { propertyRuns } from '../../property-runs'

const { questionnaire } = realContent()

/** A quiz stopped part-way: the answers of the first `kept` questions of a complete walk. */
const partialQuiz = (q: typeof questionnaire) =>
  fc.tuple(completeAnswers(q), fc.nat({ max: 64 }), fc.boolean()).map(([quiz, kept, finished]) => ({
    length: quiz.length,
    answers: Object.fromEntries(Object.entries(quiz.answers).slice(0, kept)),
    finished,
  }))

describe('encodeProgress / decodeProgress', () => {
  it.each([
    ['the real questionnaire', questionnaire],
    ['the tiny one, which has every kind of branch', tinyQuestionnaire],
  ])('round-trip any quiz in progress of %s, unanswered and skipped apart', (_, q) => {
    fc.assert(
      fc.property(partialQuiz(q), (quiz) => {
        const code = encodeProgress(quiz, q)
        expect(code).toMatch(/^[0-9A-Z]+$/)
        expect(decodeProgress(code, q)).toEqual(quiz)
      }),
      { numRuns: propertyRuns(300) },
    )
  })

  it('keep an empty start and a finished quiz apart', () => {
    const fresh = { length: 'full' as const, answers: {}, finished: false }
    expect(decodeProgress(encodeProgress(fresh, questionnaire), questionnaire)).toEqual(fresh)
    const code = encodeProgress({ ...fresh, finished: true }, questionnaire)
    expect(decodeProgress(code, questionnaire)?.finished).toBe(true)
  })

  it('refuse a cut, edited or foreign code, and another version of the questionnaire', () => {
    const quiz = {
      length: 'short' as const,
      answers: {
        [questionnaire.questions[0]?.id ?? '']:
          questionnaire.questions[0]?.kind === 'level'
            ? (questionnaire.questions[0].options[0]?.id ?? '')
            : 1,
      },
      finished: false,
    }
    const code = encodeProgress(quiz, questionnaire)
    expect(decodeProgress(code, questionnaire)).toEqual(quiz)
    expect(decodeProgress(code.slice(0, -1), questionnaire)).toBeUndefined()
    const edited = code.replace(/^./, (c) => (c === '1' ? '2' : '1'))
    expect(decodeProgress(edited, questionnaire)).toBeUndefined()
    for (const bad of [null, '', '<script>', 'Z'.repeat(200)])
      expect(decodeProgress(bad, questionnaire)).toBeUndefined()
    const next = { ...questionnaire, version: questionnaire.version + 1 }
    expect(decodeProgress(code, next)).toBeUndefined()
  })
})
