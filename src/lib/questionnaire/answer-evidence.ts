/**
 * How much an answer says, measured against chance. For each question, what an answer drawn at
 * random among its possible answers would add to each dimension (mean and variance); an answer's
 * push is how far it moves a dimension from that chance value. Summed over the answers and divided
 * by the spread chance alone would give, it is the student's lean: their profile in "spreads above
 * random answering", the same scale for every dimension however many questions measure it and
 * however their options are weighted. Pure and cached per question.
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

export interface Lean {
  /** For each answer, how far it moves each dimension from chance, in units of the chance spread. */
  pushes: DimensionArray[]
  /** Their sum: the student's profile in "spreads above random answering". */
  lean: DimensionArray
  /** Its length: how clearly the answers lean somewhere. */
  length: number
}

/** How the answers (question, index among its possible answers) lean away from chance. */
export function leanOf(picks: readonly { question: QuestionShape; index: number }[]): Lean {
  const spread = chanceSpread(picks.map((p) => p.question))
  const lean = new Float64Array(DIMENSION_COUNT)
  const pushes = picks.map(({ question, index }) => {
    const chance = questionChance(question)
    const given = chance.contributions[index]
    const push = new Float64Array(DIMENSION_COUNT)
    for (let d = 0; d < DIMENSION_COUNT; d++)
      if (given && spread[d]! > 0) {
        push[d] = (given[d]! - chance.mean[d]!) / spread[d]!
        lean[d]! += push[d]!
      }
    return push
  })
  let length = 0
  for (let d = 0; d < DIMENSION_COUNT; d++) length += lean[d]! ** 2
  return { pushes, lean, length: Math.sqrt(length) }
}

/** leanOf(picks).length, without keeping the pushes (the calibration draws hundreds of these). */
export function leanLength(picks: readonly { question: QuestionShape; index: number }[]): number {
  const sum = new Float64Array(DIMENSION_COUNT)
  const variance = new Float64Array(DIMENSION_COUNT)
  for (const { question, index } of picks) {
    const chance = questionChance(question)
    const given = chance.contributions[index]
    if (!given) continue
    for (let d = 0; d < DIMENSION_COUNT; d++) {
      sum[d]! += given[d]! - chance.mean[d]!
      variance[d]! += chance.variance[d]!
    }
  }
  let length = 0
  for (let d = 0; d < DIMENSION_COUNT; d++)
    if (variance[d]! > 0) length += sum[d]! ** 2 / variance[d]!
  return Math.sqrt(length)
}

/** The index of an answer among the question's possible answers (−1 when it is not one). */
export function answerIndex(question: QuestionShape, answer: Answer): number {
  const key = (a: Answer) => (Array.isArray(a) ? a.join(' ') : String(a))
  const wanted = key(answer)
  return questionChance(question).answers.findIndex((a) => key(a) === wanted)
}
