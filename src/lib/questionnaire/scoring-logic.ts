/**
 * From answers to results: which roles the answers look like, how sure that is, why, and what
 * could stand in the way. Pure and recomputed on demand: nothing here is ever stored.
 *
 * Fit measures shape, not height. Each answer is measured against chance (answer-evidence): the
 * student's profile is how far their answers lean on each dimension, in units of what random
 * answers to the same questions would give. A role's fit is the cosine between that profile and
 * the role's profile centred on its own mean, over the dimensions the answers measured — so a
 * high, broad role is not beaten by a flatter neighbour, and a dimension measured by many options
 * weighs no more than one measured by few.
 *
 * Every statement is calibrated against random answers to the same questions: a role is "close"
 * when its fit beats the best match of most random answer sets (CLOSE), "very close" beyond
 * VERY_CLOSE; a profile is "clear" when it leans further than most random answer sets do.
 */
import type { Profile, Question, Questionnaire, QuestionnaireShape } from '@/content/schemas'
import {
  DIMENSIONS,
  STUDENT_LEVELS,
  type Dealbreaker,
  type DimensionId,
  type StudentLevel,
} from '@/content/vocabulary'
import { answerEvidence, chanceSpread, DIMENSION_COUNT, questionChance } from './answer-evidence'
import { answeredPath } from './answered-path'
import { answerIds, type Answer, type QuizAnswers } from './answers'
import { contribution, DimensionTally, type DimensionLevels } from './dimension-levels'

/** A role is "very close" when its fit beats the best match of this share of random answer sets… */
export const VERY_CLOSE = 0.97
/** …"close" from this share; below, it is only worth exploring. */
export const CLOSE = 0.85
/** A profile is clear when it leans further than this share of random answer sets. */
export const CLEAR_PROFILE = 0.9
/** More than this share of skipped questions, or fewer answers than MIN_ANSWERS: too little to tell. */
export const MAX_SKIPPED_SHARE = 1 / 3
export const MIN_ANSWERS = 5
/** This share of answers at the same place in their list (first, second… or last): straight-lining. */
export const STRAIGHT_LINE_SHARE = 0.8
/** Two fits closer than this are a tie, and shown as one. */
export const TIE_TOLERANCE = 0.01
/** A role needs a dimension when its profile asks at least this (0–3). */
export const NEEDED = 2
/** A needed dimension is a point to check when the student's level is this far below the need. */
export const HURDLE_GAP = 1.5
/** Reasons and hurdles are worked out for the best matches (and roles tied with them). */
export const EXPLAINED_ROLES = 3
/** Random answer sets drawn to calibrate (seeded, so the same answers always give the same words). */
export const CHANCE_SAMPLES = 500

export type Closeness = 'very-close' | 'close' | 'explore'

export interface ScoringRole {
  id: string
  profile: Profile
  /** What the job cannot do without (content `requires`). */
  requires?: readonly Dealbreaker[]
}

export interface AnswerRef {
  questionId: string
  answer: Answer
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
  /** An answer that lowered this very dimension, when one did; never one of the role's reasons. */
  because?: AnswerRef
}

/** A role taken out of the roles that fit, because the student plainly refused what it requires. */
export interface SetAside {
  dealbreaker: Dealbreaker
  because: AnswerRef
}

export interface RoleMatch {
  roleId: string
  closeness: Closeness
  /**
   * 0–100: out of 100 sets of random answers to the same questions, how many have a best match
   * further than this one. What the closeness words are cut from.
   */
  score: number
  /** The shape agreement (−1…1) the ranking sorts on. */
  fit: number
  /** Roles whose fit is the same as this one's (within TIE_TOLERANCE): a tie, not an order. */
  tiedWith: string[]
  reasons: Reason[]
  hurdle?: Hurdle
  setAside?: SetAside
}

export type NotInformativeReason =
  | 'too-many-skipped'
  | 'straight-line'
  | 'contradictions'
  | 'flat-profile'

export interface QuizResults {
  studentLevel: StudentLevel | undefined
  /** 0–3 on each dimension some answered question measures (what the profile chart shows). */
  levels: DimensionLevels
  scoredQuestions: number
  answered: number
  skipped: number
  /** Set when the answers do not say enough to rank roles honestly: the results say so. */
  notInformative: NotInformativeReason | undefined
  /** Pairs of answers that contradict each other. */
  contradictions: [AnswerRef, AnswerRef][]
  /** 0–1: the share of random answer sets that lean less clearly than these answers. */
  clarity: number
  /** Every plain refusal among the answers. */
  refusals: SetAside[]
  /**
   * Every role: roles set aside last, then by fit (ties in the content's order, marked in
   * `tiedWith`). Reasons and hurdle for the first EXPLAINED_ROLES, the roles tied with them, and
   * the set-aside roles that would have ranked among them.
   */
  ranking: RoleMatch[]
  /** Whether the answers are informative and some role not set aside is at least close. */
  someRoleFits: boolean
}

interface GivenAnswer {
  question: Question
  answer: Answer
  /** What the answer adds to each dimension (its option weights). */
  raw: Float64Array
  /** How far it moves each dimension from chance, in units of the chance spread. */
  push: Float64Array
}

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0
  for (let d = 0; d < DIMENSION_COUNT; d++) sum += a[d]! * b[d]!
  return sum
}

/** The role's profile centred on its mean over the measured dimensions, as a unit vector. */
function direction(profile: Profile, spread: Float64Array): Float64Array {
  const out = new Float64Array(DIMENSION_COUNT)
  let sum = 0
  let measured = 0
  DIMENSIONS.forEach((d, i) => {
    if (spread[i]! > 0) {
      sum += profile[d]
      measured++
    }
  })
  const mean = measured ? sum / measured : 0
  let norm = 0
  DIMENSIONS.forEach((d, i) => {
    if (spread[i]! > 0) {
      out[i] = profile[d] - mean
      norm += out[i]! ** 2
    }
  })
  norm = Math.sqrt(norm)
  if (norm > 0) for (let d = 0; d < DIMENSION_COUNT; d++) out[d]! /= norm
  return out
}

/** mulberry32: small, seeded, the same numbers on every machine. */
function generator(seed: number) {
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

interface Chance {
  /** Best fit of each random answer set, sorted. */
  best: Float64Array
  /** Lean (length of the evidence profile) of each random answer set, sorted. */
  lean: Float64Array
}

const chanceCache = new WeakMap<Questionnaire, WeakMap<readonly ScoringRole[], Map<string, Chance>>>()

/**
 * What random answers to these same questions give: the best fit and the lean of CHANCE_SAMPLES
 * answer sets, each answer drawn uniformly among its question's possible answers.
 */
function chanceFor(
  questionnaire: Questionnaire,
  roles: readonly ScoringRole[],
  questions: readonly Question[],
  spread: Float64Array,
  directions: readonly Float64Array[],
): Chance {
  const key = questions.map((q) => q.id).join(' ')
  let byRoles = chanceCache.get(questionnaire)
  if (!byRoles) chanceCache.set(questionnaire, (byRoles = new WeakMap()))
  let byPath = byRoles.get(roles)
  if (!byPath) byRoles.set(roles, (byPath = new Map()))
  const known = byPath.get(key)
  if (known) return known

  const random = generator(hash(key))
  const chances = questions.map(questionChance)
  const best = new Float64Array(CHANCE_SAMPLES)
  const lean = new Float64Array(CHANCE_SAMPLES)
  const z = new Float64Array(DIMENSION_COUNT)
  for (let n = 0; n < CHANCE_SAMPLES; n++) {
    z.fill(0)
    for (const chance of chances) {
      const pick = chance.contributions[Math.floor(random() * chance.contributions.length)]
      if (!pick) continue
      for (let d = 0; d < DIMENSION_COUNT; d++) z[d]! += pick[d]! - chance.mean[d]!
    }
    for (let d = 0; d < DIMENSION_COUNT; d++) z[d] = spread[d]! > 0 ? z[d]! / spread[d]! : 0
    const length = Math.sqrt(dot(z, z))
    lean[n] = length
    let top = -1
    if (length > 0) for (const u of directions) top = Math.max(top, dot(z, u) / length)
    best[n] = top
  }
  const chance = { best: best.sort(), lean: lean.sort() }
  byPath.set(key, chance)
  return chance
}

/** The share of sorted values below x (ties count half). */
function shareBelow(sorted: Float64Array, x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < x) lo = mid + 1
    else hi = mid
  }
  let equal = lo
  while (equal < sorted.length && sorted[equal] === x) equal++
  return sorted.length ? (lo + (equal - lo) / 2) / sorted.length : 0
}

/** Where an answer sits in its list, counted from the top and from the bottom; undefined for two ticks. */
function placeOf(question: Question, answer: Answer): [number, number] | undefined {
  if (question.kind === 'scale')
    return typeof answer === 'number' ? [answer - 1, 5 - answer] : undefined
  if (!('options' in question)) return undefined
  const ids = answerIds(answer)
  if (ids.length !== 1) return undefined
  const index = question.options.findIndex((o) => o.id === ids[0])
  return index < 0 ? undefined : [index, question.options.length - 1 - index]
}

/** The same place in the list (first, second…, or last) for nearly every answer. */
function straightLined(given: readonly GivenAnswer[]): boolean {
  const places = given.flatMap(({ question, answer }) => {
    const place = placeOf(question, answer)
    return place ? [place] : []
  })
  if (places.length < MIN_ANSWERS + 1) return false
  for (const side of [0, 1] as const) {
    const counts = new Map<number, number>()
    for (const place of places) counts.set(place[side], (counts.get(place[side]) ?? 0) + 1)
    if (Math.max(...counts.values()) >= STRAIGHT_LINE_SHARE * places.length) return true
  }
  return false
}

function contradictionsIn(
  questionnaire: Questionnaire,
  given: readonly GivenAnswer[],
): [AnswerRef, AnswerRef][] {
  const byId = new Map(given.map((g) => [g.question.id, g.answer]))
  return (questionnaire.contradictions ?? []).flatMap((pair) => {
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

/** The dealbreakers an answer plainly refuses: a refusing option, or 1 on a refusing scale. */
export function refusedBy(question: Question, answer: Answer): Dealbreaker[] {
  if (question.kind === 'scale') return answer === 1 && question.refuses ? [question.refuses] : []
  if (question.kind === 'level') return []
  const ids = answerIds(answer)
  return question.options.flatMap((o) => (ids.includes(o.id) && o.refuses ? [o.refuses] : []))
}

function reasonsFor(role: ScoringRole, given: readonly GivenAnswer[], spread: Float64Array) {
  const needed = DIMENSIONS.flatMap((d, i) =>
    role.profile[d] >= NEEDED && spread[i]! > 0 ? [i] : [],
  )
  const ranked = given.flatMap(({ question, answer, raw, push }): Reason[] => {
    if (needed.some((i) => raw[i]! < 0)) return []
    if (refusedBy(question, answer).some((r) => role.requires?.includes(r))) return []
    let weight = 0
    let main = -1
    let mainWeight = 0
    for (const i of needed) {
      if (raw[i]! <= 0 || push[i]! <= 0) continue
      const w = push[i]! * role.profile[DIMENSIONS[i]!]
      weight += w
      if (w > mainWeight) [main, mainWeight] = [i, w]
    }
    const dimension = DIMENSIONS[main]
    return dimension && weight > 0.05
      ? [{ questionId: question.id, answer, dimension, weight }]
      : []
  })
  ranked.sort((a, b) => b.weight - a.weight)
  const second = ranked[1]?.weight ?? 0
  return ranked.slice(0, 3).filter((r, i) => i < 2 || r.weight >= second / 2)
}

function hurdleFor(
  role: ScoringRole,
  levels: DimensionLevels,
  given: readonly GivenAnswer[],
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
  const lowering = given
    .filter((g) => g.raw[i]! < 0)
    .sort((a, b) => a.raw[i]! - b.raw[i]! || a.push[i]! - b.push[i]!)[0]
  return {
    dimension: worst.d,
    required: role.profile[worst.d],
    shown: levels[worst.d] ?? 0,
    ...(lowering && { because: { questionId: lowering.question.id, answer: lowering.answer } }),
  }
}

function closenessOf(score: number, setAside: boolean): Closeness {
  if (setAside || score < CLOSE) return 'explore'
  return score >= VERY_CLOSE ? 'very-close' : 'close'
}

/**
 * Everything the results page shows, from the answers to one questionnaire and the roles'
 * profiles. `released` (the registry of released versions) lets an older result code count.
 */
export function computeResults(
  questionnaire: Questionnaire,
  roles: readonly ScoringRole[],
  quiz: QuizAnswers,
  released: readonly QuestionnaireShape[] = [],
): QuizResults {
  const path = answeredPath(questionnaire, quiz, released)
  const levelStep = path.find((s) => s.question.kind === 'level')
  const studentLevel = STUDENT_LEVELS.find((l) => l === levelStep?.answer)
  const scoredSteps = path.filter((s) => s.question.kind !== 'level')
  const questions = scoredSteps.flatMap((s) =>
    s.answer === null || s.answer === undefined ? [] : [s.question],
  )
  const spread = chanceSpread(questions)
  const tally = new DimensionTally()
  const lean = new Float64Array(DIMENSION_COUNT)
  const given = scoredSteps.flatMap(({ question, answer }): GivenAnswer[] => {
    if (answer === null || answer === undefined) return []
    tally.add(question, answer)
    const evidence = answerEvidence(question, answer)
    const push = new Float64Array(DIMENSION_COUNT)
    const raw = new Float64Array(DIMENSION_COUNT)
    const c = contribution(question, answer)
    DIMENSIONS.forEach((d, i) => {
      raw[i] = c[d] ?? 0
      push[i] = spread[i]! > 0 ? evidence[i]! / spread[i]! : 0
      lean[i]! += push[i]!
    })
    return [{ question, answer, raw, push }]
  })
  const levels = tally.levels()
  const leanLength = Math.sqrt(dot(lean, lean))

  const directions = roles.map((r) => direction(r.profile, spread))
  const chance = chanceFor(questionnaire, roles, questions, spread, directions)
  const clarity = shareBelow(chance.lean, leanLength)

  const refusals = given.flatMap(({ question, answer }) =>
    refusedBy(question, answer).map((dealbreaker) => ({
      dealbreaker,
      because: { questionId: question.id, answer },
    })),
  )
  const matches = roles.map((role, order) => {
    const fit = leanLength > 0 ? dot(lean, directions[order]!) / leanLength : 0
    const score = Math.round(100 * shareBelow(chance.best, fit))
    const setAside = refusals.find((r) => role.requires?.includes(r.dealbreaker))
    return { role, order, fit, score, setAside }
  })
  matches.sort(
    (a, b) =>
      Number(!!a.setAside) - Number(!!b.setAside) || b.fit - a.fit || a.order - b.order,
  )

  const explainedFit = matches.filter((m) => !m.setAside)[EXPLAINED_ROLES - 1]?.fit ?? -Infinity
  const ranking = matches.map(({ role, fit, score, setAside }, place): RoleMatch => {
    const tiedWith = matches
      .filter((m) => m.role !== role && !m.setAside === !setAside)
      .filter((m) => Math.abs(m.fit - fit) < TIE_TOLERANCE)
      .map((m) => m.role.id)
    const match: RoleMatch = {
      roleId: role.id,
      closeness: closenessOf(score / 100, !!setAside),
      score,
      fit,
      tiedWith,
      reasons: [],
      ...(setAside && { setAside }),
    }
    const explained = setAside
      ? fit >= explainedFit - TIE_TOLERANCE
      : place < EXPLAINED_ROLES || fit >= explainedFit - TIE_TOLERANCE
    if (!explained) return match
    const reasons = reasonsFor(role, given, spread)
    const hurdle = setAside ? undefined : hurdleFor(role, levels, given, reasons)
    return { ...match, reasons, ...(hurdle && { hurdle }) }
  })

  const skipped = scoredSteps.length - given.length
  const contradictions = contradictionsIn(questionnaire, given)
  const anyClose = ranking.some((m) => !m.setAside && m.closeness !== 'explore')
  const notInformative: NotInformativeReason | undefined =
    given.length < MIN_ANSWERS || skipped > MAX_SKIPPED_SHARE * scoredSteps.length
      ? 'too-many-skipped'
      : straightLined(given)
        ? 'straight-line'
        : contradictions.length > 0
          ? 'contradictions'
          : !anyClose && clarity < CLEAR_PROFILE
            ? 'flat-profile'
            : undefined

  return {
    studentLevel,
    levels,
    scoredQuestions: scoredSteps.length,
    answered: given.length,
    skipped,
    notInformative,
    contradictions,
    clarity,
    refusals,
    ranking,
    someRoleFits: notInformative === undefined && anyClose,
  }
}
