/**
 * Answers that say nothing, or say no: straight-lining (the same place in every list), pairs of
 * answers that contradict each other, and plain refusals of what some roles require. Pure.
 */
import type { Contradiction, Question } from '@/content/schemas'
import type { Dealbreaker } from '@/content/vocabulary'
import { answerIds, type Answer } from './answers'

export interface AnswerRef {
  questionId: string
  answer: Answer
}

export interface GivenAnswer {
  question: Question
  answer: Answer
}

/** This share of answers at the same place in their list (from the top or the bottom): straight-lining. */
export const STRAIGHT_LINE_SHARE = 0.8
/** Fewer placed answers than this say too little to call it straight-lining. */
const STRAIGHT_LINE_MIN = 6

/** Where an answer sits in its list, from the top and from the bottom; undefined for several ticks. */
function placeOf({ question, answer }: GivenAnswer): [number, number] | undefined {
  if (question.kind === 'scale')
    return typeof answer === 'number' ? [answer - 1, 5 - answer] : undefined
  const ids = answerIds(answer)
  if (ids.length !== 1) return undefined
  const index = question.options.findIndex((o) => o.id === ids[0])
  return index < 0 ? undefined : [index, question.options.length - 1 - index]
}

/**
 * Nearly every answer at the same place in its list — the first, the second…, or the last —
 * whatever the options say: answers given by position, not by content.
 */
export function isStraightLined(given: readonly GivenAnswer[]): boolean {
  const places = given.flatMap((g) => placeOf(g) ?? [])
  const count = places.length / 2
  if (count < STRAIGHT_LINE_MIN) return false
  for (const side of [0, 1]) {
    const counts = new Map<number, number>()
    for (let i = side; i < places.length; i += 2)
      counts.set(places[i]!, (counts.get(places[i]!) ?? 0) + 1)
    if (Math.max(...counts.values()) >= STRAIGHT_LINE_SHARE * count) return true
  }
  return false
}

/** The pairs of answers that contradict each other (content `contradictions`). */
export function contradictionsIn(
  contradictions: readonly Contradiction[],
  given: readonly GivenAnswer[],
): [AnswerRef, AnswerRef][] {
  const byId = new Map(given.map((g) => [g.question.id, g.answer]))
  return contradictions.flatMap((pair) => {
    const refs = pair.map((condition) => {
      const answer = byId.get(condition.question)
      return answer !== undefined && answerIds(answer).some((id) => condition.anyOf.includes(id))
        ? { questionId: condition.question, answer }
        : undefined
    })
    const [a, b] = refs
    return a && b ? [[a, b] as [AnswerRef, AnswerRef]] : []
  })
}

/** What an answer plainly refuses: a refusing option, or 1 ("strongly disagree") on a refusing scale. */
export function refusedBy({ question, answer }: GivenAnswer): Dealbreaker[] {
  if (question.kind === 'scale') return answer === 1 && question.refuses ? [question.refuses] : []
  if (question.kind === 'level') return []
  const ids = answerIds(answer)
  return question.options.flatMap((o) => (ids.includes(o.id) && o.refuses ? [o.refuses] : []))
}
