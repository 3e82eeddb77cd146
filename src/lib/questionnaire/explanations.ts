/**
 * Why a role, and what to check, in terms a student recognises: their own answers.
 *
 * - A reason is an answer that moved the profile towards what the role needs: it shows, more than
 *   chance would, a dimension the role needs (NEEDED or more), and lowers none of them.
 * - A point to check is a dimension the role needs where the student's level falls short
 *   (HURDLE_GAP). It names an answer only when that answer itself lowered this very dimension
 *   (a refusal, a "disagree"); otherwise it says the answers show little of it. So an answer is
 *   never both a reason and the point to check of the same role, and a kind answer is never
 *   blamed for a dimension it says nothing about.
 */
import type { Profile } from '@/content/schemas'
import { DIMENSIONS, type Dealbreaker, type DimensionId } from '@/content/vocabulary'
import type { DimensionArray } from './answer-evidence'
import { refusedBy, type AnswerRef, type GivenAnswer } from './answer-quality'
import type { DimensionLevels } from './dimension-levels'

/** A role needs a dimension when its profile asks at least this (0–3). */
export const NEEDED = 2
/** A needed dimension is a point to check when the student's level is this far below the need. */
export const HURDLE_GAP = 1.5
/** At most this many reasons per role. */
export const MAX_REASONS = 3

export interface ExplainedAnswer extends GivenAnswer {
  /** What the answer adds to each dimension (its weights). */
  added: DimensionArray
  /** How far it moves each dimension from chance (answer-evidence). */
  push: DimensionArray
}

export interface ExplainedRole {
  profile: Profile
  requires?: readonly Dealbreaker[]
}

export interface Reason extends AnswerRef {
  /** The need of the role this answer shows most. */
  dimension: DimensionId
  /** How far it moved the profile towards the role (for ordering). */
  weight: number
}

export interface Hurdle {
  dimension: DimensionId
  /** The role's need, 0–3. */
  required: number
  /** The student's level, 0–3. */
  shown: number
  /** An answer that lowered this very dimension, when one did. */
  because?: AnswerRef
}

const neededIndexes = (profile: Profile) =>
  DIMENSIONS.flatMap((d, i) => (profile[d] >= NEEDED ? [i] : []))

/** The answers that showed most of what the role needs, strongest first, one per need (up to three). */
export function reasonsFor(role: ExplainedRole, answers: readonly ExplainedAnswer[]): Reason[] {
  const needed = neededIndexes(role.profile)
  const ranked = answers.flatMap((given): Reason[] => {
    const { added, push } = given
    if (needed.some((i) => added[i]! < 0)) return []
    if (refusedBy(given).some((r) => role.requires?.includes(r))) return []
    let weight = 0
    let main: { i: number; w: number } | undefined
    for (const i of needed) {
      if (added[i]! <= 0 || push[i]! <= 0) continue
      const w = push[i]! * role.profile[DIMENSIONS[i]!]
      weight += w
      if (!main || w > main.w) main = { i, w }
    }
    const dimension = main && DIMENSIONS[main.i]
    return dimension && weight > 0.05
      ? [{ questionId: given.question.id, answer: given.answer, dimension, weight }]
      : []
  })
  ranked.sort((a, b) => b.weight - a.weight)
  // The strongest answer for each need, so that the reasons show what the role asks, not one thing three times.
  const distinct = ranked.filter(
    (r, i) => ranked.findIndex((o) => o.dimension === r.dimension) === i,
  )
  const second = distinct[1]?.weight ?? 0
  return distinct.slice(0, MAX_REASONS).filter((r, i) => i < 2 || r.weight >= second / 2)
}

/**
 * The needed dimension where the student falls furthest short, if any (a dimension a reason
 * already shows is left out), with the answer that lowered it most, if one did.
 */
export function hurdleFor(
  role: ExplainedRole,
  levels: DimensionLevels,
  answers: readonly ExplainedAnswer[],
  reasons: readonly Reason[],
): Hurdle | undefined {
  let worst: { d: DimensionId; gap: number } | undefined
  for (const d of DIMENSIONS) {
    const level = levels[d]
    const need = role.profile[d]
    if (need < NEEDED || level === undefined || reasons.some((r) => r.dimension === d)) continue
    const gap = need - level
    if (gap >= HURDLE_GAP && (!worst || gap > worst.gap)) worst = { d, gap }
  }
  if (!worst) return undefined
  const i = DIMENSIONS.indexOf(worst.d)
  const lowering = answers
    .filter((a) => a.added[i]! < 0)
    .sort((a, b) => a.added[i]! - b.added[i]! || a.push[i]! - b.push[i]!)[0]
  return {
    dimension: worst.d,
    required: role.profile[worst.d],
    shown: levels[worst.d] ?? 0,
    ...(lowering && { because: { questionId: lowering.question.id, answer: lowering.answer } }),
  }
}
