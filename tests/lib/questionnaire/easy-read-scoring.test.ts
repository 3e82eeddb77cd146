import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Question, Questionnaire } from '@/content/schemas'
import { encodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { computeResults } from '@/lib/questionnaire/scoring-logic'
import { propertyRuns } from '../../property-runs'
import { completeAnswers } from '../../fixtures/questionnaire/answer-arbitrary'
import { PERSONAS } from '../../fixtures/questionnaire/personas'
import { realContent } from '../../fixtures/questionnaire/real-content'

const { questionnaire, roles, releasedQuestionnaires } = realContent()

/** The questionnaire as a student with « Lecture facile » on reads it: every text swapped. */
function asEasyRead(q: Questionnaire): Questionnaire {
  const question = (item: Question): Question => {
    const base = {
      ...item,
      prompt: item.promptEasy ?? item.prompt,
      help: item.helpEasy ?? item.help,
    }
    if (base.kind === 'scale') return { ...base, gist: base.gistEasy ?? base.gist }
    if (base.kind === 'level')
      return {
        ...base,
        options: base.options.map((o) => ({ ...o, label: o.labelEasy ?? o.label })),
      }
    return {
      ...base,
      options: base.options.map((o) => ({
        ...o,
        label: o.labelEasy ?? o.label,
        gist: o.gistEasy ?? o.gist,
      })),
    } as Question
  }
  return { ...q, questions: q.questions.map(question) }
}

const easy = asEasyRead(questionnaire)
const scored = (q: Questionnaire, quiz: Parameters<typeof computeResults>[2]) => {
  const results = computeResults(q, roles, quiz, releasedQuestionnaires)
  return {
    ranking: results.ranking.map((m) => ({ ...m, reasons: m.reasons.length })),
    code: encodeResultCode(quiz, { questionnaire: q, releasedQuestionnaires }),
    answered: results.answered,
    notInformative: results.notInformative,
  }
}

describe('the easy-read wording', () => {
  it('changes the words the student reads', () => {
    const changed = easy.questions.filter(
      (q, i) =>
        q.prompt.fr !== questionnaire.questions[i]!.prompt.fr &&
        q.prompt.en !== questionnaire.questions[i]!.prompt.en,
    )
    expect(changed).toHaveLength(questionnaire.questions.length)
  })

  it('leaves the results and the code of every persona exactly as they were', () => {
    for (const [name, answers] of Object.entries(PERSONAS)) {
      const quiz = { length: 'short' as const, answers, finished: true }
      expect(scored(easy, quiz), name).toEqual(scored(questionnaire, quiz))
    }
  })

  it('leaves the results and the code of any answers exactly as they were', () => {
    fc.assert(
      fc.property(completeAnswers(questionnaire), (quiz) => {
        expect(scored(easy, quiz)).toEqual(scored(questionnaire, quiz))
      }),
      { numRuns: propertyRuns(40) },
    )
  })
})
