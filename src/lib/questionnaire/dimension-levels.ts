/**
 * How answers move the scoring dimensions. Each answer adds its option's weights (a scale answer
 * adds the question's weights times -1 … +1); a dimension's level is where the sum lies between the
 * lowest and the highest sum the same answered questions could have given, on the 0–3 scale of
 * the role profiles. A dimension no answered question measures has no level.
 */
import type { QuestionShape, Weights } from '@/content/schemas'
import { DIMENSIONS, type DimensionId } from '@/content/vocabulary'
import type { Answer, Answers } from './answers'

export type DimensionLevels = Partial<Record<DimensionId, number>>
export type DimensionVector = Partial<Record<DimensionId, number>>

export const PROFILE_MAX = 3

/** Agreement scale 1–5 as a multiplier of the question's weights. */
export const scaleFactor = (value: number) => (value - 3) / 2

const weightOf = (weights: Weights | undefined, d: DimensionId) => weights?.[d] ?? 0

/** What one answer adds to each dimension. */
export function contribution(question: QuestionShape, answer: Answer): DimensionVector {
  const out: DimensionVector = {}
  const add = (weights: Weights | undefined, factor = 1) => {
    for (const d of DIMENSIONS) {
      const w = weightOf(weights, d) * factor
      if (w !== 0) out[d] = (out[d] ?? 0) + w
    }
  }
  switch (question.kind) {
    case 'level':
      break
    case 'scale':
      if (typeof answer === 'number') add(question.weights, scaleFactor(answer))
      break
    case 'single':
      add(question.options.find((o) => o.id === answer)?.weights)
      break
    case 'multi':
      if (Array.isArray(answer))
        for (const id of answer) add(question.options.find((o) => o.id === id)?.weights)
      break
  }
  return out
}

export interface AnswerRange {
  low: DimensionVector
  high: DimensionVector
}

const rangeCache = new WeakMap<QuestionShape, AnswerRange>()

/** The lowest and highest sum an answer to this question can add to each dimension (cached). */
export function answerRange(question: QuestionShape): AnswerRange {
  const known = rangeCache.get(question)
  if (known) return known
  const range = computeRange(question)
  rangeCache.set(question, range)
  return range
}

function computeRange(question: QuestionShape): AnswerRange {
  const low: DimensionVector = {}
  const high: DimensionVector = {}
  for (const d of DIMENSIONS) {
    let lo = 0
    let hi = 0
    switch (question.kind) {
      case 'level':
        break
      case 'scale': {
        const w = weightOf(question.weights, d)
        lo = -Math.abs(w)
        hi = Math.abs(w)
        break
      }
      case 'single': {
        const ws = question.options.map((o) => weightOf(o.weights, d))
        lo = Math.min(...ws)
        hi = Math.max(...ws)
        break
      }
      case 'multi': {
        // One to `max` options: the extremes take the most negative (or positive) weights, at least one.
        const ws = question.options.map((o) => weightOf(o.weights, d)).sort((a, b) => a - b)
        const first = ws[0] ?? 0
        const last = ws[ws.length - 1] ?? 0
        lo = first + ws.slice(1, question.max).reduce((s, w) => s + Math.min(0, w), 0)
        hi = last + ws.slice(-question.max, -1).reduce((s, w) => s + Math.max(0, w), 0)
        break
      }
    }
    if (lo !== 0 || hi !== 0) {
      low[d] = lo
      high[d] = hi
    }
  }
  return { low, high }
}

const answerKey = (answer: Answer) => (Array.isArray(answer) ? answer.join(' ') : String(answer))
const contributionCache = new WeakMap<QuestionShape, Map<string, DimensionVector>>()

/** contribution(), remembered per question and answer (the same answers are tallied again and again). */
function cachedContribution(question: QuestionShape, answer: Answer): DimensionVector {
  let byAnswer = contributionCache.get(question)
  if (!byAnswer) contributionCache.set(question, (byAnswer = new Map()))
  const key = answerKey(answer)
  let out = byAnswer.get(key)
  if (!out) byAnswer.set(key, (out = contribution(question, answer)))
  return out
}

export const DIMENSION_INDEX: ReadonlyMap<DimensionId, number> = new Map(
  DIMENSIONS.map((d, i) => [d, i]),
)

/** A question's answer range as arrays, in the range's own order (the tally adds it often). */
interface TallyRow {
  dimensions: DimensionId[]
  indices: Int32Array
  low: Float64Array
  high: Float64Array
}
const tallyRows = new WeakMap<QuestionShape, TallyRow>()

function tallyRowOf(question: QuestionShape): TallyRow {
  const known = tallyRows.get(question)
  if (known) return known
  const range = answerRange(question)
  const dimensions = Object.keys(range.low) as DimensionId[]
  const row = {
    dimensions,
    indices: Int32Array.from(dimensions, (d) => DIMENSION_INDEX.get(d) as number),
    low: Float64Array.from(dimensions, (d) => range.low[d] ?? 0),
    high: Float64Array.from(dimensions, (d) => range.high[d] ?? 0),
  }
  tallyRows.set(question, row)
  return row
}

/**
 * What tallying one answer to one question adds, worked out once: for walks that tally the same
 * few answers many times (the chance calibration).
 */
export interface TallyStep {
  indices: Int32Array
  low: Float64Array
  high: Float64Array
  given: Float64Array
}

export function tallyStepOf(question: QuestionShape, answer: Answer): TallyStep {
  const row = tallyRowOf(question)
  const given = cachedContribution(question, answer)
  return {
    indices: row.indices,
    low: row.low,
    high: row.high,
    given: Float64Array.from(row.dimensions, (d) => given[d] ?? 0),
  }
}

/** Running sums from which levels are read; add answers one at a time. */
export class DimensionTally {
  private readonly sum = new Float64Array(DIMENSIONS.length)
  private readonly low = new Float64Array(DIMENSIONS.length)
  private readonly high = new Float64Array(DIMENSIONS.length)
  private readonly measured = new Uint8Array(DIMENSIONS.length)

  add(question: QuestionShape, answer: Answer | null | undefined) {
    if (answer === null || answer === undefined || question.kind === 'level') return
    const row = tallyRowOf(question)
    const given = cachedContribution(question, answer)
    for (let k = 0; k < row.dimensions.length; k++) {
      const i = row.indices[k]!
      this.measured[i] = 1
      this.sum[i]! += given[row.dimensions[k]!] ?? 0
      this.low[i]! += row.low[k]!
      this.high[i]! += row.high[k]!
    }
  }

  /** add(), from a step worked out beforehand: the same sums, in the same order. */
  addStep(step: TallyStep) {
    for (let k = 0; k < step.indices.length; k++) {
      const i = step.indices[k]!
      this.measured[i] = 1
      this.sum[i]! += step.given[k]!
      this.low[i]! += step.low[k]!
      this.high[i]! += step.high[k]!
    }
  }

  reset() {
    this.sum.fill(0)
    this.low.fill(0)
    this.high.fill(0)
    this.measured.fill(0)
  }

  /** 0–3, or undefined when no answered question could move the dimension. */
  level(d: DimensionId): number | undefined {
    return this.levelAt(DIMENSION_INDEX.get(d) as number)
  }

  /** level(), by the dimension's index in DIMENSIONS. */
  levelAt(i: number): number | undefined {
    const lo = this.low[i]!
    const hi = this.high[i]!
    if (!this.measured[i] || hi - lo < 1e-9) return undefined
    return (PROFILE_MAX * (this.sum[i]! - lo)) / (hi - lo)
  }

  levels(): DimensionLevels {
    const out: DimensionLevels = {}
    for (const d of DIMENSIONS) {
      const level = this.level(d)
      if (level !== undefined) out[d] = level
    }
    return out
  }
}

/** The dimension levels the given answers show, over the given questions. */
export function dimensionLevels(
  questions: readonly QuestionShape[],
  answers: Answers,
): DimensionLevels {
  const tally = new DimensionTally()
  for (const q of questions) tally.add(q, answers[q.id])
  return tally.levels()
}
