import { questionnaire } from 'virtual:content'
import { answerLabels, findQuestion } from '@/lib/questionnaire/answers'
import type { AnswerRef } from '@/lib/questionnaire/scoring-logic'
import { useLocalized } from '@/ui/use-locale'

/** An answer as the student saw it: the words of the chosen option(s) and the question's prompt. */
export function useAnswerText(): (ref: AnswerRef) => { answer: string; prompt: string } {
  const l = useLocalized()
  return ({ questionId, answer }) => {
    const question = findQuestion(questionnaire, questionId)
    if (!question) return { answer: '', prompt: questionId }
    return {
      answer: answerLabels(questionnaire, question, answer).map(l).join(', '),
      prompt: l(question.prompt),
    }
  }
}
