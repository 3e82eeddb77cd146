/**
 * What random answers give, so that every word the results use is calibrated: CHANCE_SAMPLES
 * students who answer the same length of the questionnaire at random — each answer drawn
 * uniformly among its question's possible answers, the branching followed as it would be for
 * them, and the questions this student skipped skipped too — scored like anyone else. Seeded, so
 * the same answers always get the same words; cached per questionnaire, roles, length and skips.
 */
import type { QuestionnaireShape, QuestionShape } from '@/content/schemas'
import { answerIndex, leanLength, questionChance } from './answer-evidence'
import { findQuestion, questionsOf, type QuizLength } from './answers'
import { roleFits, type FitRole, type Pick } from './role-fit'
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
  const asked = questionsOf(shape, length)
  const today = asked.map((q) => (q.kind === 'level' ? undefined : findQuestion(questions, q.id)))
  const best = new Float64Array(CHANCE_SAMPLES)
  const lean = new Float64Array(CHANCE_SAMPLES)
  for (let n = 0; n < CHANCE_SAMPLES; n++) {
    const walker = new PathWalker(shape)
    const picks: Pick[] = []
    asked.forEach((question, i) => {
      if (!walker.isShown(question)) return
      if (question.kind === 'level' || skipped.has(question.id)) return walker.keep(question, null)
      const possible = questionChance(question).answers
      const drawn = Math.floor(random() * possible.length)
      const answer = possible[drawn] ?? null
      walker.keep(question, answer)
      const current = today[i]
      if (!current || answer === null) return
      const index = current === question ? drawn : answerIndex(current, answer)
      if (index >= 0) picks.push({ question: current, index })
    })
    best[n] = picks.length ? Math.max(...roleFits(roles, picks)) : 0
    lean[n] = leanLength(picks)
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
