/**
 * What a student's answers look like, and the questions each length asks.
 * Pure: the quiz, the results page, the result code and the class mode all build on it.
 */
import type { Localized, Question, Questionnaire, QuestionShape } from '@/content/schemas'

export type QuizLength = 'short' | 'full'
export const QUIZ_LENGTHS: readonly QuizLength[] = ['short', 'full']

/** An option id (level, single), option ids (multi) or 1–5 (scale). */
export type Answer = string | readonly string[] | number
/** Answers by question id; `null` marks a question the student skipped. */
export type Answers = Readonly<Record<string, Answer | null>>

/** A questionnaire taken at one length: everything the results are computed from. */
export interface QuizAnswers {
  length: QuizLength
  answers: Answers
  /**
   * The questionnaire version the answers were given under, when it is not today's (a result code
   * from an older version): which questions were asked then comes from the released versions.
   */
  version?: number
}

export const SCALE_VALUES = [1, 2, 3, 4, 5] as const

/** The questions a length asks, in order, before any branching. */
export function questionsOf<Q extends QuestionShape>(
  questionnaire: { questions: readonly Q[] },
  length: QuizLength,
): Q[] {
  return questionnaire.questions.filter((q) => q.lengths.includes(length))
}

export function findQuestion<Q extends QuestionShape>(
  questionnaire: { questions: readonly Q[] },
  id: string,
): Q | undefined {
  return questionnaire.questions.find((q) => q.id === id)
}

/** Whether a value is a possible answer to the question (a known option, within the maximum…). */
export function isValidAnswer(question: QuestionShape, value: unknown): value is Answer {
  switch (question.kind) {
    case 'level':
    case 'single':
      return typeof value === 'string' && question.options.some((o) => o.id === value)
    case 'scale':
      return typeof value === 'number' && (SCALE_VALUES as readonly number[]).includes(value)
    case 'multi':
      return (
        Array.isArray(value) &&
        value.length >= 1 &&
        value.length <= question.max &&
        new Set(value).size === value.length &&
        value.every((v) => question.options.some((o) => o.id === v))
      )
  }
}

/** The ids a rule `{ answer: { anyOf } }` can match for this answer (`"4"` for a scale answer of 4). */
export function answerIds(answer: Answer): string[] {
  if (typeof answer === 'number') return [String(answer)]
  return typeof answer === 'string' ? [answer] : [...answer]
}

/** Multi-choice answers are kept in the options' order, so equal answers compare equal. */
export function normaliseMulti(question: QuestionShape, ids: readonly string[]): string[] {
  if (!('options' in question)) return [...ids]
  return question.options.map((o) => o.id).filter((id) => ids.includes(id))
}

/**
 * The words of an answer, as the student saw them ("Plutôt d'accord", "Au téléphone, Par chat"):
 * with `easy`, the easy-read wording of the choices that have one.
 */
export function answerLabels(
  questionnaire: Questionnaire,
  question: Question,
  answer: Answer,
  { easy = false }: { easy?: boolean } = {},
): Localized[] {
  if (question.kind === 'scale') {
    const label = typeof answer === 'number' ? questionnaire.scaleLabels[answer - 1] : undefined
    return label ? [label] : []
  }
  const ids = answerIds(answer)
  return question.options
    .filter((o) => ids.includes(o.id))
    .map((o) => (easy && o.labelEasy ? o.labelEasy : o.label))
}
