/**
 * What random answers give, so that every word the results use is calibrated: CHANCE_SAMPLES
 * students who answer the same length of the questionnaire at random — each answer drawn
 * uniformly among its question's possible answers, the branching followed as it would be for
 * them, and the questions this student skipped skipped too — scored like anyone else. Seeded, so
 * the same answers always get the same words; cached per questionnaire, roles, length and skips.
 */
import type { QuestionnaireShape, QuestionShape } from '@/content/schemas'
import {
  answerIndex,
  DIMENSION_COUNT,
  questionChance,
  type QuestionChance,
} from './answer-evidence'
import { findQuestion, questionsOf, type Answer, type QuizLength } from './answers'
import { appealOf, type Appeal, type FitRole } from './role-fit'
import { PathWalker } from './visibility'

export const CHANCE_SAMPLES = 500

export interface Chance {
  /** The best role fit of each random answer set, sorted. */
  best: Float64Array
  /** How clearly each random answer set leans (its lean's length), sorted. */
  lean: Float64Array
}

/** mulberry32: small, seeded, the same numbers on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hash = (text: string) => {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

const cache = new WeakMap<object, WeakMap<readonly FitRole[], Map<string, Chance>>>()

/** A question of the random walk, with what every sample needs of it worked out once. */
interface PlannedQuestion {
  question: QuestionShape
  /** The answers drawn from, in digit order. */
  possible: readonly Answer[]
  /** Today's question of the same id (undefined: not scored), and where each drawn answer counts. */
  today?: {
    chance: QuestionChance
    appeal: Appeal
    /** For each drawn answer, its index among today's question's answers (−1: it does not count). */
    indexOfDrawn: Int32Array
  }
}

const plans = new WeakMap<object, WeakMap<readonly FitRole[], Map<QuizLength, PlannedQuestion[]>>>()

/** The questions of `length` in `shape`, each with its draws and today's evidence, per roles. */
function planFor(
  questions: { questions: readonly QuestionShape[] },
  shape: QuestionnaireShape,
  roles: readonly FitRole[],
  length: QuizLength,
): PlannedQuestion[] {
  let byRoles = plans.get(shape)
  if (!byRoles) plans.set(shape, (byRoles = new WeakMap()))
  let byLength = byRoles.get(roles)
  if (!byLength) byRoles.set(roles, (byLength = new Map()))
  const known = byLength.get(length)
  if (known) return known
  const plan = questionsOf(shape, length).map((question): PlannedQuestion => {
    const possible = question.kind === 'level' ? [] : questionChance(question).answers
    const current = question.kind === 'level' ? undefined : findQuestion(questions, question.id)
    if (!current) return { question, possible }
    return {
      question,
      possible,
      today: {
        chance: questionChance(current),
        appeal: appealOf(roles, current),
        indexOfDrawn: Int32Array.from(possible, (answer, drawn) =>
          current === question ? drawn : answerIndex(current, answer),
        ),
      },
    }
  })
  byLength.set(length, plan)
  return plan
}

/**
 * Random answer sets walked through `shape` (today's questionnaire, or the released version a
 * code came from); each answer counts through today's question of the same id, as the
 * student's own answers do.
 */
export function chanceFor(
  questions: { questions: readonly QuestionShape[] },
  shape: QuestionnaireShape,
  roles: readonly FitRole[],
  length: QuizLength,
  skipped: ReadonlySet<string>,
): Chance {
  const key = `${length}|${[...skipped].sort().join(' ')}`
  let byRoles = cache.get(shape)
  if (!byRoles) cache.set(shape, (byRoles = new WeakMap()))
  let byKey = byRoles.get(roles)
  if (!byKey) byRoles.set(roles, (byKey = new Map()))
  const known = byKey.get(key)
  if (known) return known

  const random = seededRandom(hash(key))
  const plan = planFor(questions, shape, roles, length)
  const best = new Float64Array(CHANCE_SAMPLES)
  const lean = new Float64Array(CHANCE_SAMPLES)
  const fits = new Float64Array(roles.length)
  const room = new Float64Array(roles.length)
  const sum = new Float64Array(DIMENSION_COUNT)
  const variance = new Float64Array(DIMENSION_COUNT)
  const walker = new PathWalker(shape)
  for (let n = 0; n < CHANCE_SAMPLES; n++) {
    walker.reset()
    fits.fill(0)
    room.fill(0)
    sum.fill(0)
    variance.fill(0)
    let picked = 0
    for (const step of plan) {
      const { question } = step
      if (!walker.isShown(question)) continue
      if (question.kind === 'level' || skipped.has(question.id)) {
        walker.keep(question, null)
        continue
      }
      const drawn = Math.floor(random() * step.possible.length)
      const answer = step.possible[drawn] ?? null
      walker.keep(question, answer)
      const today = step.today
      if (!today || answer === null) continue
      const index = today.indexOfDrawn[drawn]!
      if (index < 0) continue
      // roleFits and leanLength, summed pick by pick in the same order (same numbers, no arrays).
      picked++
      const { values, best: top, mean } = today.appeal
      for (let r = 0; r < fits.length; r++) {
        fits[r]! += values[r]![index]! - mean[r]!
        room[r]! += top[r]! - mean[r]!
      }
      const given = today.chance.contributions[index]
      if (!given) continue
      for (let d = 0; d < DIMENSION_COUNT; d++) {
        sum[d]! += given[d]! - today.chance.mean[d]!
        variance[d]! += today.chance.variance[d]!
      }
    }
    let bestFit = -Infinity
    for (let r = 0; r < fits.length; r++)
      bestFit = Math.max(bestFit, room[r]! > 0 ? fits[r]! / room[r]! : 0)
    best[n] = picked ? bestFit : 0
    let length2 = 0
    for (let d = 0; d < DIMENSION_COUNT; d++)
      if (variance[d]! > 0) length2 += sum[d]! ** 2 / variance[d]!
    lean[n] = Math.sqrt(length2)
  }
  const chance = { best: best.sort(), lean: lean.sort() }
  byKey.set(key, chance)
  return chance
}

/** The share of sorted values below x (equal values count half). */
export function shareBelow(sorted: Float64Array, x: number): number {
  if (sorted.length === 0) return 0
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < x) lo = mid + 1
    else hi = mid
  }
  let equal = lo
  while (equal < sorted.length && sorted[equal] === x) equal++
  return (lo + (equal - lo) / 2) / sorted.length
}

/** The median of sorted values. */
export const medianOf = (sorted: Float64Array) => sorted[Math.floor(sorted.length / 2)] ?? 0
