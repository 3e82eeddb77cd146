/**
 * « NDRC ou MCO ? »: three questions, each answer pointing to one of two diplomas with a reason.
 * Pure: the questions are content (content/guide.yaml, `chooser`), the answers a plain record.
 */
import type { Chooser } from '@/content/schemas'

/** The option chosen for each question id answered so far. */
export type ChooserAnswers = Readonly<Record<string, string>>

export interface ChooserReason {
  questionId: string
  optionId: string
  /** The diploma the answer points to. */
  points: string
}

export interface ChooserResult {
  /** How many answers point to each diploma of `between`, in that order. */
  tally: { diplomaId: string; count: number }[]
  answered: number
  total: number
  /** Once every question is answered: the diploma most answers point to, or undefined on a tie. */
  leaning?: string
  /** The answers given, in question order, with the diploma each points to. */
  reasons: ChooserReason[]
}

/** Counts the answers; unknown question or option ids are ignored. */
export function scoreChooser(chooser: Chooser, answers: ChooserAnswers): ChooserResult {
  const reasons = chooser.questions.flatMap((question): ChooserReason[] => {
    const option = question.options.find((o) => o.id === answers[question.id])
    return option ? [{ questionId: question.id, optionId: option.id, points: option.points }] : []
  })
  const tally = chooser.between.map((diplomaId) => ({
    diplomaId,
    count: reasons.filter((r) => r.points === diplomaId).length,
  }))
  const total = chooser.questions.length
  const complete = reasons.length === total
  const [first, second] = [...tally].sort((a, b) => b.count - a.count)
  const leaning =
    complete && first && (!second || first.count > second.count) ? first.diplomaId : undefined
  return { tally, answered: reasons.length, total, leaning, reasons }
}
