/**
 * How much an answer says, measured against chance. For each question, what an answer drawn at
 * random among its possible answers would add to each dimension (mean and variance); an answer's
 * evidence is how far it moves a dimension from that chance value. Summed over the answers and
 * divided by the spread chance alone would give, it is the student's profile in "standard
 * deviations above random answering" — the same scale for every dimension, however many questions
 * measure it and however their options are weighted. Pure and cached per question.
 */
import type { QuestionShape } from '@/content/schemas'
import { DIMENSIONS, type DimensionId } from '@/content/vocabulary'
import { digitToAnswer, radixOf } from './answer-digits'
import type { Answer } from './answers'
import { contribution } from './dimension-levels'

export const DIMENSION_COUNT = DIMENSIONS.length

/** One value per dimension, in the order of DIMENSIONS. */
export type DimensionArray = Float64Array

export interface QuestionChance {
  /** Every possible answer (skips aside), in digit order. */
  answers: Answer[]
  /** What each possible answer adds, per dimension. */
  contributions: DimensionArray[]
  /** Mean and variance of what a random answer adds, per dimension. */
  mean: DimensionArray
  variance: DimensionArray
}

const cache = new WeakMap<QuestionShape, QuestionChance>()

export function toArray(vector: Partial<Record<DimensionId, number>>): DimensionArray {
  const out = new Float64Array(DIMENSION_COUNT)
  DIMENSIONS.forEach((d, i) => (out[i] = vector[d] ?? 0))
  return out
}

/** The chance statistics of a question (uniform over its possible answers). */
export function questionChance(question: QuestionShape): QuestionChance {
  const known = cache.get(question)
  if (known) return known
  const answers: Answer[] = []
  for (let digit = 1; digit < radixOf(question); digit++) {
    const answer = digitToAnswer(question, digit)
    if (answer !== null) answers.push(answer)
  }
  const contributions = answers.map((a) => toArray(contribution(question, a)))
  const mean = new Float64Array(DIMENSION_COUNT)
  const variance = new Float64Array(DIMENSION_COUNT)
  const n = contributions.length || 1
  for (const c of contributions) for (let d = 0; d < DIMENSION_COUNT; d++) mean[d]! += c[d]! / n
  for (const c of contributions)
    for (let d = 0; d < DIMENSION_COUNT; d++) variance[d]! += (c[d]! - mean[d]!) ** 2 / n
  const chance = { answers, contributions, mean, variance }
  cache.set(question, chance)
  return chance
}

/** How far this answer moves each dimension from what a random answer would add on average. */
export function answerEvidence(question: QuestionShape, answer: Answer): DimensionArray {
  const { mean } = questionChance(question)
  const given = toArray(contribution(question, answer))
  for (let d = 0; d < DIMENSION_COUNT; d++) given[d]! -= mean[d]!
  return given
}

/** The standard deviation chance gives each dimension over these questions (0: not measured). */
export function chanceSpread(questions: readonly QuestionShape[]): DimensionArray {
  const out = new Float64Array(DIMENSION_COUNT)
  for (const q of questions) {
    const { variance } = questionChance(q)
    for (let d = 0; d < DIMENSION_COUNT; d++) out[d]! += variance[d]!
  }
  for (let d = 0; d < DIMENSION_COUNT; d++) out[d] = Math.sqrt(out[d]!)
  return out
}
