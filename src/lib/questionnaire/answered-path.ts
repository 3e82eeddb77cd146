/**
 * The questions a quiz asked, as today's questions, with their answers: what the results are
 * computed from. A quiz from an older questionnaire version (an old result code) follows that
 * version's branching, from the registry of released versions; each of its answers then counts
 * through today's question of the same id, and an answer today's question no longer offers is left
 * out rather than guessed.
 */
import type { Question, Questionnaire, QuestionnaireShape } from '@/content/schemas'
import { findQuestion, isValidAnswer, type QuizAnswers } from './answers'
import { shapeOfVersion } from './released-versions'
import { visiblePath, type PathStep } from './visibility'

export function answeredPath(
  questionnaire: Questionnaire,
  quiz: QuizAnswers,
  released: readonly QuestionnaireShape[] = [],
): PathStep<Question>[] {
  if (quiz.version === undefined || quiz.version === questionnaire.version)
    return visiblePath(questionnaire, quiz.length, quiz.answers)
  const shape = shapeOfVersion(quiz.version, questionnaire, released)
  if (!shape) return []
  return visiblePath(shape, quiz.length, quiz.answers).flatMap((step): PathStep<Question>[] => {
    const question = findQuestion(questionnaire, step.question.id)
    const { answer } = step
    if (!question) return []
    if (answer === null || answer === undefined || isValidAnswer(question, answer))
      return [{ question, answer }]
    return []
  })
}
