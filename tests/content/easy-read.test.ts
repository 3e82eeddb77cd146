import { describe, expect, it } from 'vitest'
import {
  checkEasyRead,
  EASY_READ_MAX_WORDS,
  sentencesOf,
  tooLongSentences,
  wordCount,
} from '@/content/check-easy-read'
import type { Questionnaire } from '@/content/schemas'
import { nextStepEasyMessages, nextStepMessages } from '@/features/results/messages'
import { realContent } from '../fixtures/questionnaire/real-content'

const { questionnaire } = realContent()
const yaml = { file: 'content/questions.yaml', lineOf: () => 1 } as never

describe('the easy-read sentence rule', () => {
  it('splits sentences after . ! ? … and counts words, not punctuation', () => {
    expect(sentencesOf('Je le laisse parler. Puis je lui dis ce que je vais faire !')).toEqual([
      'Je le laisse parler.',
      'Puis je lui dis ce que je vais faire !',
    ])
    expect(wordCount('Que fais-tu en ce moment ?')).toBe(5)
    expect(wordCount('Je fais tout : dépanneuse, hôtel et retour.')).toBe(7)
  })

  it(`finds a sentence of more than ${EASY_READ_MAX_WORDS} words`, () => {
    const long =
      'Ton établissement organise une journée portes ouvertes pour les familles des futurs élèves de troisième et de seconde.'
    expect(tooLongSentences(`Bonjour. ${long}`)).toEqual([{ sentence: long, words: 18 }])
    expect(tooLongSentences('Un. Deux trois.')).toEqual([])
  })
})

describe('the easy-read wording of the questionnaire', () => {
  it('exists for every question, help text and choice, and keeps to the rule', () => {
    expect(checkEasyRead({ yaml, value: questionnaire })).toEqual([])
    for (const question of questionnaire.questions) {
      expect(question.promptEasy, question.id).toBeDefined()
      if (question.help) expect(question.helpEasy, question.id).toBeDefined()
      if ('options' in question)
        for (const option of question.options) expect(option.labelEasy, option.id).toBeDefined()
    }
  })

  it('is reported when missing or too long, with the field and the sentence', () => {
    const [first, ...rest] = questionnaire.questions
    const broken = {
      ...questionnaire,
      questions: [
        { ...first!, promptEasy: undefined },
        {
          ...rest[0]!,
          promptEasy: {
            fr: 'Une phrase bien trop longue pour la lecture facile car elle enchaîne beaucoup trop de mots sans respirer du tout.',
            en: 'Short.',
          },
        },
      ],
    } as Questionnaire
    const problems = checkEasyRead({ yaml, value: broken })
    expect(problems.map((p) => p.path)).toEqual([
      'questions[0].promptEasy',
      'questions[1].promptEasy.fr',
    ])
    expect(problems[1]!.message).toMatch(/at most 15 words, this one has 20/)
  })
})

describe('the easy-read next steps and reasons', () => {
  it('keep the sentence rule and differ from the usual wording', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const [level, text] of Object.entries(nextStepEasyMessages[lang])) {
        expect(tooLongSentences(text), `${lang} ${level}`).toEqual([])
        expect(text).not.toBe(
          nextStepMessages[lang][level as keyof (typeof nextStepMessages)['fr']],
        )
      }
  })

  it('exist for every reason of the questionnaire', () => {
    for (const question of questionnaire.questions) {
      if (question.kind === 'scale') expect(question.gistEasy, question.id).toBeDefined()
      else if (question.kind !== 'level')
        for (const option of question.options)
          if (option.gist) expect(option.gistEasy, `${question.id} ${option.id}`).toBeDefined()
    }
  })
})
