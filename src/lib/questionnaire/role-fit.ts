/**
 * How well answers fit a role, measured against chance.
 *
 * A role's profile says, on each dimension, how much the job asks (0–3). An answer appeals to the
 * role by how far its weights point along that profile, read from the middle of the scale
 * (`(need − 1.5) / 1.5`): an option that shows a dimension the role needs a lot appeals, one that
 * shows a dimension the role hardly needs repels. The fit of a role is the appeal of the answers
 * given, from what an average answer would bring (chance) to what the role's ideal candidate would
 * bring (the most appealing answer to every question):
 *
 *   fit = Σ (appeal of the answer − mean appeal) / Σ (best appeal − mean appeal)
 *
 * 1 means the role's ideal answers, 0 answers no better than chance, below 0 answers that lean
 * away. Normalising by the role's own best means that a high, broad role is not beaten by a
 * flatter neighbour, and that every role is measured on the same 0–1 scale whatever questions
 * were asked.
 */
import type { Profile, QuestionShape } from '@/content/schemas'
import { DIMENSIONS } from '@/content/vocabulary'
import { DIMENSION_COUNT, questionChance } from './answer-evidence'
import { PROFILE_MAX } from './dimension-levels'

export interface FitRole {
  profile: Profile
}

export interface Appeal {
  /** For each role, the appeal of each possible answer (in the question's digit order). */
  values: Float64Array[]
  best: Float64Array
  mean: Float64Array
  /** Best appeal of the two profiles' sum, per pair of roles (filled on demand). */
  pairBest: Map<number, number>
}

const MIDDLE = PROFILE_MAX / 2
const appealCache = new WeakMap<readonly FitRole[], WeakMap<QuestionShape, Appeal>>()

/** How each answer to `question` appeals to each role (cached per roles and question). */
export function appealOf(roles: readonly FitRole[], question: QuestionShape): Appeal {
  let byQuestion = appealCache.get(roles)
  if (!byQuestion) appealCache.set(roles, (byQuestion = new WeakMap()))
  const known = byQuestion.get(question)
  if (known) return known
  const { contributions } = questionChance(question)
  const values = roles.map((role) => {
    const lean = DIMENSIONS.map((d) => (role.profile[d] - MIDDLE) / MIDDLE)
    return Float64Array.from(contributions, (c) => {
      let u = 0
      for (let d = 0; d < DIMENSION_COUNT; d++) u += c[d]! * lean[d]!
      return u
    })
  })
  const best = Float64Array.from(values, (v) => Math.max(...v))
  const mean = Float64Array.from(values, (v) => v.reduce((a, b) => a + b, 0) / (v.length || 1))
  const appeal = { values, best, mean, pairBest: new Map<number, number>() }
  byQuestion.set(question, appeal)
  return appeal
}

/** An answered question: the question and the index of the answer among its possible answers. */
export interface Pick {
  question: QuestionShape
  index: number
}

/** The fit (see above) of every role, in the roles' order. */
export function roleFits(roles: readonly FitRole[], picks: readonly Pick[]): Float64Array {
  const fits = new Float64Array(roles.length)
  const room = new Float64Array(roles.length)
  for (const { question, index } of picks) {
    const appeal = appealOf(roles, question)
    for (let r = 0; r < roles.length; r++) {
      fits[r]! += appeal.values[r]![index]! - appeal.mean[r]!
      room[r]! += appeal.best[r]! - appeal.mean[r]!
    }
  }
  for (let r = 0; r < roles.length; r++) fits[r] = room[r]! > 0 ? fits[r]! / room[r]! : 0
  return fits
}

/**
 * The fit of a student who is half one role, half the other: the same measure against the mean of
 * the two profiles. Used to find the role that best completes the first one.
 */
export function pairFit(roles: readonly FitRole[], picks: readonly Pick[], a: number, b: number) {
  let fit = 0
  let room = 0
  for (const { question, index } of picks) {
    const appeal = appealOf(roles, question)
    const va = appeal.values[a]!
    const vb = appeal.values[b]!
    const key = a * roles.length + b
    let best = appeal.pairBest.get(key)
    if (best === undefined) {
      best = -Infinity
      for (let i = 0; i < va.length; i++) best = Math.max(best, va[i]! + vb[i]!)
      appeal.pairBest.set(key, best)
    }
    const mean = appeal.mean[a]! + appeal.mean[b]!
    fit += va[index]! + vb[index]! - mean
    room += best - mean
  }
  return room > 0 ? fit / room : 0
}

/**
 * Among `candidates`, the two roles whose mix fits the answers best, and that mix's fit: a student
 * who is half one role, half another may look most like a third role, between the two.
 */
export function bestPair(
  roles: readonly FitRole[],
  picks: readonly Pick[],
  candidates: readonly number[],
): { roles: [number, number]; fit: number } | undefined {
  let best: { roles: [number, number]; fit: number } | undefined
  candidates.forEach((a, i) => {
    for (const b of candidates.slice(i + 1)) {
      const fit = pairFit(roles, picks, a, b)
      if (!best || fit > best.fit) best = { roles: [a, b], fit }
    }
  })
  return best
}
