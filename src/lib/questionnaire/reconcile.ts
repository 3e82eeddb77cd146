/**
 * Saved answers meet today's questionnaire. After a content change a saved answer can point at a
 * question or an option that no longer exists: it is dropped (and reported), never trusted.
 */
import type { Questionnaire } from '@/content/schemas'
import {
  findQuestion,
  isValidAnswer,
  normaliseMulti,
  type Answer,
  type Answers,
  type QuizLength,
} from './answers'
import { keptAnswers } from './visibility'

export interface Reconciled {
  answers: Record<string, Answer | null>
  /** Ids of the saved answers that today's questionnaire cannot take. */
  dropped: string[]
}

/**
 * Keeps the saved answers that still make sense: the question exists in this length and the
 * answer is one of its options. Answers to questions a changed answer has hidden are removed too,
 * silently (they were never meant to count).
 */
export function reconcileAnswers(
  questionnaire: Questionnaire,
  length: QuizLength,
  saved: Readonly<Record<string, unknown>>,
): Reconciled {
  const valid: Record<string, Answer | null> = {}
  const dropped: string[] = []
  for (const [id, value] of Object.entries(saved)) {
    const question = findQuestion(questionnaire, id)
    if (!question || !question.lengths.includes(length)) {
      dropped.push(id)
      continue
    }
    if (value === null) valid[id] = null
    else if (!isValidAnswer(question, value)) dropped.push(id)
    else valid[id] = Array.isArray(value) ? normaliseMulti(question, value) : value
  }
  return { answers: keptAnswers(questionnaire, length, valid), dropped }
}

/** A questionnaire saved on a device: what the quiz and the results page open. */
export interface SavedQuizAnswers {
  length: QuizLength
  answers: Readonly<Record<string, unknown>>
  finished: boolean
}

/** The saved questionnaire checked against today's content, and the ids of the answers dropped. */
export interface OpenedQuiz {
  quiz: { length: QuizLength; answers: Answers; finished: boolean }
  dropped: string[]
}

/** Opens a saved questionnaire against today's questionnaire (nothing saved gives undefined). */
export function openSavedQuiz(
  questionnaire: Questionnaire,
  saved: SavedQuizAnswers | null | undefined,
): OpenedQuiz | undefined {
  if (!saved) return undefined
  const { answers, dropped } = reconcileAnswers(questionnaire, saved.length, saved.answers)
  return { quiz: { length: saved.length, answers, finished: saved.finished }, dropped }
}
