/**
 * Every answer to a question as one digit: 0 for "skipped" (or not answered), then one digit per
 * possible answer. The result code packs these digits; the code-length budget counts them.
 */
import type { QuestionShape } from '@/content/schemas'
import { SCALE_VALUES, type Answer } from './answers'

const subsetCache = new WeakMap<QuestionShape, string[][]>()

/** A multi-choice question's possible answers: 1 to `max` options, smaller sets first. */
function subsetsOf(question: QuestionShape & { kind: 'multi' }): string[][] {
  const cached = subsetCache.get(question)
  if (cached) return cached
  const ids = question.options.map((o) => o.id)
  const out: string[][] = []
  for (let size = 1; size <= question.max; size++) {
    const walk = (start: number, chosen: string[]) => {
      if (chosen.length === size) {
        out.push(chosen)
        return
      }
      for (let k = start; k < ids.length; k++) walk(k + 1, [...chosen, ids[k] as string])
    }
    walk(0, [])
  }
  subsetCache.set(question, out)
  return out
}

/** How many digits the question needs: its possible answers, plus one for "skipped". */
export function radixOf(question: QuestionShape): number {
  switch (question.kind) {
    case 'scale':
      return SCALE_VALUES.length + 1
    case 'multi':
      return subsetsOf(question).length + 1
    default:
      return question.options.length + 1
  }
}

/** The digit of an answer; 0 when skipped, not answered or not a valid answer. */
export function answerToDigit(question: QuestionShape, answer: Answer | null | undefined): number {
  if (answer === null || answer === undefined) return 0
  switch (question.kind) {
    case 'scale':
      return typeof answer === 'number' && (SCALE_VALUES as readonly number[]).includes(answer)
        ? answer
        : 0
    case 'multi': {
      if (!Array.isArray(answer)) return 0
      const wanted = question.options.map((o) => o.id).filter((id) => answer.includes(id))
      if (wanted.length !== answer.length) return 0
      const index = subsetsOf(question).findIndex(
        (s) => s.length === wanted.length && s.every((id, i) => id === wanted[i]),
      )
      return index + 1
    }
    default:
      return question.options.findIndex((o) => o.id === answer) + 1
  }
}

/** The answer a digit stands for; null for 0 (skipped). Expects 0 ≤ digit < radixOf(question). */
export function digitToAnswer(question: QuestionShape, digit: number): Answer | null {
  if (digit <= 0) return null
  switch (question.kind) {
    case 'scale':
      return SCALE_VALUES[digit - 1] ?? null
    case 'multi':
      return subsetsOf(question)[digit - 1] ?? null
    default:
      return question.options[digit - 1]?.id ?? null
  }
}
