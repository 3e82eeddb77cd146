/**
 * Build-time only: the easy-read wording (« Lecture facile ») is there for every question, help
 * text, choice and reason, in French and in English, and keeps to its rule: at most
 * EASY_READ_MAX_WORDS words in a sentence.
 */
import { formatPath, type ContentProblem, type FieldPath, type YamlFile } from './read-yaml.ts'
import type { Questionnaire } from './schemas.ts'

export const EASY_READ_MAX_WORDS = 15

interface Parsed<T> {
  yaml: YamlFile
  value: T
}

/** The sentences of a text: split after . ! ? or … followed by a space (or the end). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Words of a sentence: punctuation on its own (« ? », « : », « — ») is not a word. */
export const wordCount = (sentence: string) =>
  sentence.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

/** The sentences of a text that break the rule, with their length. */
export function tooLongSentences(text: string, max = EASY_READ_MAX_WORDS) {
  return sentencesOf(text)
    .map((sentence) => ({ sentence, words: wordCount(sentence) }))
    .filter((s) => s.words > max)
}

type Localized = { fr: string; en: string }

export function checkEasyRead(questionnaire: Parsed<Questionnaire>): ContentProblem[] {
  const problems: ContentProblem[] = []
  const { yaml, value } = questionnaire
  const report = (at: FieldPath, message: string) =>
    problems.push({ file: yaml.file, line: yaml.lineOf(at), path: formatPath(at), message })
  /** `easy` must exist beside `normal` and keep to the sentence rule in both languages. */
  const need = (
    normal: Localized | undefined,
    easy: Localized | undefined,
    at: FieldPath,
    what: string,
  ) => {
    if (!normal) return
    if (!easy) {
      report(at, `expected the easy-read wording of the ${what} (short sentences, common words)`)
      return
    }
    for (const lang of ['fr', 'en'] as const)
      for (const { sentence, words } of tooLongSentences(easy[lang]))
        report(
          [...at, lang],
          `an easy-read sentence has at most ${EASY_READ_MAX_WORDS} words, this one has ${words}: « ${sentence} »`,
        )
  }

  value.questions.forEach((question, i) => {
    const at: FieldPath = ['questions', i]
    need(question.prompt, question.promptEasy, [...at, 'promptEasy'], 'question')
    need(question.help, question.helpEasy, [...at, 'helpEasy'], 'help text')
    if (question.kind === 'scale') {
      need(question.gist?.agree, question.gistEasy?.agree, [...at, 'gistEasy', 'agree'], 'reason')
      need(
        question.gist?.disagree,
        question.gistEasy?.disagree,
        [...at, 'gistEasy', 'disagree'],
        'reason',
      )
      return
    }
    question.options.forEach((option, j) => {
      const o: FieldPath = [...at, 'options', j]
      need(option.label, option.labelEasy, [...o, 'labelEasy'], 'choice')
      if ('gist' in option) need(option.gist, option.gistEasy, [...o, 'gistEasy'], 'reason')
    })
  })
  return problems
}
