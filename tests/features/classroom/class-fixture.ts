import type { QuizAnswers } from '@/lib/questionnaire/answers'
import { encodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { PERSONAS } from '../../fixtures/questionnaire/personas'
import { realContent } from '../../fixtures/questionnaire/real-content'

export { PERSONAS }

export const content = () => realContent()

export function codeOf(persona: keyof typeof PERSONAS): string {
  const quiz: QuizAnswers = { length: 'short', answers: PERSONAS[persona] }
  return encodeResultCode(quiz, realContent())
}
