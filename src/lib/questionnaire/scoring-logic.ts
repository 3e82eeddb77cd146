/**
 * From answers to results: the student's profile on each dimension, a 0–100 match with every
 * role's target profile, a ranking, and for each role the answers that weighed most and the main
 * hurdle. Pure and recomputed on demand: nothing here is ever stored.
 */
import type { Profile, Question, Questionnaire } from '@/content/schemas'
import {
  DIMENSIONS,
  STUDENT_LEVELS,
  type DimensionId,
  type StudentLevel,
} from '@/content/vocabulary'
import type { Answer, QuizAnswers } from './answers'
import {
  answerRange,
  contribution,
  DimensionTally,
  PROFILE_MAX,
  type DimensionLevels,
} from './dimension-levels'
import { visiblePath } from './visibility'

/** Below this match, no role is said to fit. */
export const FIT_THRESHOLD = 65
/** More than this share of skipped questions and the profile says too little. */
export const MAX_SKIPPED_SHARE = 0.4
/** A profile whose levels all lie this close together says nothing about preferences. */
export const FLAT_PROFILE_SPREAD = 0.75
/** A role's need on a dimension counts as a hurdle when the student shows this much less. */
export const HURDLE_GAP = 1
/** Reasons and hurdles are worked out for the best matches only (the results show three). */
export const EXPLAINED_ROLES = 3

export interface ScoringRole {
  id: string
  profile: Profile
}

export interface AnswerRef {
  questionId: string
  answer: Answer
}

export interface Reason extends AnswerRef {
  /** How far this answer moved the profile towards the role (for ordering). */
  weight: number
}

export interface Hurdle {
  dimension: DimensionId
  /** The role's need, 0–3. */
  required: number
  /** The student's level, 0–3; undefined when no answer measured it. */
  shown: number | undefined
  /** The answer that pulled the level down most, when one did. */
  because?: AnswerRef
}

export interface RoleMatch {
  roleId: string
  /** 0–100. */
  score: number
  reasons: Reason[]
  hurdle?: Hurdle
}

export type NotInformativeReason = 'too-many-skipped' | 'all-same' | 'flat-profile'

export interface QuizResults {
  studentLevel: StudentLevel | undefined
  levels: DimensionLevels
  scoredQuestions: number
  answered: number
  skipped: number
  /** Undefined when the answers say enough to rank roles. */
  notInformative: NotInformativeReason | undefined
  /** Every role, best match first (ties by the roles' order in the content); reasons and hurdle for the first EXPLAINED_ROLES. */
  ranking: RoleMatch[]
  /** Whether the best match reaches FIT_THRESHOLD. */
  someRoleFits: boolean
}

interface ScoredAnswer {
  question: Question
  answer: Answer
  /** How much this answer moved each dimension's level, relative to a middle answer (0–3 scale). */
  shift: Partial<Record<DimensionId, number>>
}

/**
 * Match 0–100: 100 minus the root-mean-square gap between the student's levels and the role's
 * profile, over the dimensions the answers measured (a gap of 3 everywhere gives 0).
 */
export function matchScore(levels: DimensionLevels, profile: Profile): number {
  let squares = 0
  let measured = 0
  for (const d of DIMENSIONS) {
    const level = levels[d]
    if (level === undefined) continue
    squares += (level - profile[d]) ** 2
    measured++
  }
  if (measured === 0) return 0
  return Math.round(100 * (1 - Math.sqrt(squares / measured) / PROFILE_MAX))
}

function scoredAnswers(steps: { question: Question; answer: Answer }[]): ScoredAnswer[] {
  const spans: Partial<Record<DimensionId, number>> = {}
  const ranges = steps.map((s) => answerRange(s.question))
  for (const range of ranges)
    for (const d of DIMENSIONS)
      if (range.high[d] !== undefined)
        spans[d] = (spans[d] ?? 0) + (range.high[d] ?? 0) - (range.low[d] ?? 0)
  return steps.map((step, i) => {
    const range = ranges[i] ?? { low: {}, high: {} }
    const given = contribution(step.question, step.answer)
    const shift: ScoredAnswer['shift'] = {}
    for (const d of DIMENSIONS) {
      const span = spans[d]
      if (range.high[d] === undefined || !span) continue
      const middle = ((range.high[d] ?? 0) + (range.low[d] ?? 0)) / 2
      shift[d] = (PROFILE_MAX * ((given[d] ?? 0) - middle)) / span
    }
    return { ...step, shift }
  })
}

/**
 * The answers that showed most of what the role asks for (two or three): each answer counts by how
 * far it raised the dimensions the role needs more than average.
 */
function reasonsFor(profile: Profile, answers: ScoredAnswer[]): Reason[] {
  const ranked = answers
    .map(({ question, answer, shift }) => ({
      questionId: question.id,
      answer,
      weight: DIMENSIONS.reduce(
        (sum, d) => sum + Math.max(0, shift[d] ?? 0) * Math.max(0, profile[d] - PROFILE_MAX / 2),
        0,
      ),
    }))
    .filter((r) => r.weight > 0.05)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
  const second = ranked[1]?.weight ?? 0
  return ranked.filter((r, i) => i < 2 || r.weight >= second / 2)
}

function hurdleFor(
  profile: Profile,
  levels: DimensionLevels,
  answers: ScoredAnswer[],
): Hurdle | undefined {
  let worst: { d: DimensionId; gap: number } | undefined
  for (const d of DIMENSIONS) {
    const level = levels[d]
    if (profile[d] < 2 || level === undefined) continue
    const gap = profile[d] - level
    if (gap >= HURDLE_GAP && (!worst || gap > worst.gap)) worst = { d, gap }
  }
  if (!worst) return undefined
  const d = worst.d
  const pulling = answers
    .filter((a) => (a.shift[d] ?? 0) < -0.01)
    .sort((a, b) => (a.shift[d] ?? 0) - (b.shift[d] ?? 0))[0]
  return {
    dimension: d,
    required: profile[d],
    shown: levels[d],
    ...(pulling && { because: { questionId: pulling.question.id, answer: pulling.answer } }),
  }
}

/** The position of an answer among its question's choices, to spot "the same answer every time". */
function answerPosition(question: Question, answer: Answer): number {
  if (typeof answer === 'number') return answer
  const first = typeof answer === 'string' ? answer : answer[0]
  return 'options' in question ? question.options.findIndex((o) => o.id === first) : -1
}

function allSame(answers: ScoredAnswer[]): boolean {
  if (answers.length < 3) return false
  const byKind = new Map<string, Set<number>>()
  for (const { question, answer } of answers) {
    const kind = question.kind === 'scale' ? 'scale' : 'choice'
    const set = byKind.get(kind) ?? new Set<number>()
    set.add(answerPosition(question, answer))
    byKind.set(kind, set)
  }
  return [...byKind.values()].every((positions) => positions.size === 1)
}

/**
 * Everything the results page shows, from the answers to one questionnaire and the roles'
 * profiles. Answers to questions no longer on the path are ignored.
 */
export function computeResults(
  questionnaire: Questionnaire,
  roles: readonly ScoringRole[],
  quiz: QuizAnswers,
): QuizResults {
  const path = visiblePath(questionnaire, quiz.length, quiz.answers)
  const levelStep = path.find((s) => s.question.kind === 'level')
  const studentLevel = STUDENT_LEVELS.find((l) => l === levelStep?.answer)
  const scoredSteps = path.filter((s) => s.question.kind !== 'level')
  const given = scoredSteps.flatMap((s) =>
    s.answer === null || s.answer === undefined ? [] : [{ question: s.question, answer: s.answer }],
  )
  const tally = new DimensionTally()
  for (const { question, answer } of given) tally.add(question, answer)
  const levels = tally.levels()
  const answers = scoredAnswers(given)

  const skipped = scoredSteps.length - given.length
  const values = Object.values(levels)
  const spread = values.length ? Math.max(...values) - Math.min(...values) : 0
  const notInformative: NotInformativeReason | undefined =
    given.length < 3 || skipped > MAX_SKIPPED_SHARE * scoredSteps.length
      ? 'too-many-skipped'
      : allSame(answers)
        ? 'all-same'
        : spread < FLAT_PROFILE_SPREAD
          ? 'flat-profile'
          : undefined

  const ranking = roles
    .map((role, order) => ({ role, order, score: matchScore(levels, role.profile) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ role, score }, place): RoleMatch => {
      if (place >= EXPLAINED_ROLES) return { roleId: role.id, score, reasons: [] }
      const hurdle = hurdleFor(role.profile, levels, answers)
      return {
        roleId: role.id,
        score,
        reasons: reasonsFor(role.profile, answers),
        ...(hurdle && { hurdle }),
      }
    })

  return {
    studentLevel,
    levels,
    scoredQuestions: scoredSteps.length,
    answered: given.length,
    skipped,
    notInformative,
    ranking,
    someRoleFits: (ranking[0]?.score ?? 0) >= FIT_THRESHOLD,
  }
}
