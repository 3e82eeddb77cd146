/**
 * From answers to results: which roles the answers look like, how sure that is, why, what could
 * stand in the way — or, honestly, that the answers do not tell yet. Pure and recomputed on
 * demand: nothing here is ever stored.
 *
 * - Fit (role-fit): how far the answers agree with each role's profile, from chance (0) to the
 *   role's ideal answers (1). The ranking sorts on it, except that when two roles mixed explain
 *   the answers better than the first alone, both are in the first three: a student who is half
 *   one role, half another sees both.
 * - Words (closeness): a role is "close" when its fit reaches CLOSE_FIT and beats the best match
 *   of CLOSE of random answer sets to the same questions (chance-calibration); "very close" from
 *   VERY_CLOSE_FIT and VERY_CLOSE. A role whose requirement the student plainly refused is set
 *   aside instead (never "close"), and the results say why.
 * - Honesty (answer-quality): too many skips, straight-lining, contradictions, or answers that lean
 *   no more clearly than random ones (when no role is close) give "not informative".
 * - Explanations (explanations): reasons and a point to check for the roles shown.
 */
import type { Profile, Questionnaire, QuestionnaireShape } from '@/content/schemas'
import {
  DIMENSIONS,
  STUDENT_LEVELS,
  type Dealbreaker,
  type DimensionId,
  type StudentLevel,
} from '@/content/vocabulary'
import { answerIndex, leanOf, questionChance } from './answer-evidence'
import {
  contradictionsIn,
  isStraightLined,
  refusedBy,
  type AnswerRef,
  type GivenAnswer,
} from './answer-quality'
import { answeredPath } from './answered-path'
import type { QuizAnswers } from './answers'
import { chanceFor, chanceInSlices, medianOf, shareBelow } from './chance-calibration'
import { DimensionTally, type DimensionLevels } from './dimension-levels'
import {
  hurdleFor,
  reasonsFor,
  type ExplainedAnswer,
  type Hurdle,
  type Reason,
} from './explanations'
import { shapeOfVersion } from './released-versions'
import { bestPair, roleFits, type Pick } from './role-fit'

export type { AnswerRef, Hurdle, Reason }

/** "Very close": fit at least VERY_CLOSE_FIT and better than the best match of VERY_CLOSE of random answer sets. */
export const VERY_CLOSE_FIT = 0.7
export const VERY_CLOSE = 0.97
/** "Close": fit at least CLOSE_FIT and better than the best match of CLOSE of random answer sets. */
export const CLOSE_FIT = 0.55
export const CLOSE = 0.9
/** With no close role, answers that lean less clearly than this share of random ones say too little. */
export const CLEAR_PROFILE = 0.9
/** More than this share of skipped questions, or fewer answers than MIN_ANSWERS: too little to tell. */
export const MAX_SKIPPED_SHARE = 1 / 3
export const MIN_ANSWERS = 5
/** Two fits closer than this are a tie (the percentages shown are equal), and shown as one. */
export const TIE_TOLERANCE = 0.01
/** Two roles that, mixed, explain the answers best are moved up only if each fits at least this alone. */
export const PARTNER_MIN_FIT = 0.1
/** Reasons and points to check are worked out for the roles the results show first. */
export const EXPLAINED_ROLES = 3

export type Closeness = 'very-close' | 'close' | 'explore'

export interface ScoringRole {
  id: string
  profile: Profile
  /** What the job cannot do without (content `requires`). */
  requires?: readonly Dealbreaker[]
}

/** A role taken out of the roles that fit: the student plainly refused what it requires. */
export interface SetAside {
  dealbreaker: Dealbreaker
  because: AnswerRef
}

export interface RoleMatch {
  roleId: string
  closeness: Closeness
  /** The fit as a percentage (0–100): 0 is what random answers give on average, 100 the role's ideal answers. */
  score: number
  /** The fit itself (−1…1), which the ranking sorts on. */
  fit: number
  /** Roles whose fit equals this one's (within TIE_TOLERANCE): a tie, not an order. */
  tiedWith: string[]
  reasons: Reason[]
  hurdle?: Hurdle
  setAside?: SetAside
  /** Set on a role moved up because, mixed with this role (an id), it explains the answers best. */
  completes?: string
}

export type NotInformativeReason =
  'too-many-skipped' | 'straight-line' | 'contradictions' | 'flat-profile'

export interface QuizResults {
  studentLevel: StudentLevel | undefined
  /** 0–3 on each dimension some answered question measures: what the profile chart shows. */
  levels: DimensionLevels
  /** Dimensions no answered question measured. */
  unmeasured: DimensionId[]
  scoredQuestions: number
  answered: number
  skipped: number
  /** Set when the answers do not say enough to name roles honestly. */
  notInformative: NotInformativeReason | undefined
  /** Pairs of answers that contradict each other. */
  contradictions: [AnswerRef, AnswerRef][]
  /** 0–1: the share of random answer sets whose answers lean less clearly than these. */
  clarity: number
  /** The best match random answers to the same questions usually reach, as a score (median). */
  chanceScore: number
  /** Every plain refusal among the answers. */
  refusals: SetAside[]
  /**
   * Every role: roles set aside last, otherwise by fit — except that the two roles whose mix
   * explains the answers best are in the first three (`completes`). Reasons and point to check for the first
   * EXPLAINED_ROLES and the roles tied with them; reasons for the set-aside roles that would have
   * ranked among them.
   */
  ranking: RoleMatch[]
  /** Whether the answers are informative and some role not set aside is close. */
  someRoleFits: boolean
}

function closenessOf(fit: number, beatsChance: number, setAside: boolean): Closeness {
  if (setAside) return 'explore'
  if (fit >= VERY_CLOSE_FIT && beatsChance >= VERY_CLOSE) return 'very-close'
  if (fit >= CLOSE_FIT && beatsChance >= CLOSE) return 'close'
  return 'explore'
}

const asScore = (fit: number) => Math.max(0, Math.min(100, Math.round(100 * fit)))

/**
 * What the results' words are calibrated against: random answers walked through the version
 * the student answered, skipping what the student skipped.
 */
function calibrationOf(
  questionnaire: Questionnaire,
  quiz: QuizAnswers,
  released: readonly QuestionnaireShape[],
  scoredSteps: readonly { question: { id: string }; answer: unknown }[],
) {
  const shape =
    (quiz.version !== undefined && shapeOfVersion(quiz.version, questionnaire, released)) ||
    questionnaire
  const skipped = new Set(
    scoredSteps
      .filter((s) => s.answer === null || s.answer === undefined)
      .map((s) => s.question.id),
  )
  return { shape, skipped }
}

/**
 * The costly part of computeResults (its calibration against random answers), done ahead in
 * slices with `pause()` between them, so that computeResults afterwards is quick: a phone
 * then never spends one long task on a results page. Starts after a first pause, so that none
 * of it lands in the caller's task (a page's first draw). Resolves when done.
 */
export async function prepareResults(
  questionnaire: Questionnaire,
  roles: readonly ScoringRole[],
  quiz: QuizAnswers,
  released: readonly QuestionnaireShape[],
  pause: () => Promise<unknown>,
): Promise<unknown> {
  await pause()
  const scoredSteps = answeredPath(questionnaire, quiz, released).filter(
    (s) => s.question.kind !== 'level',
  )
  const { shape, skipped } = calibrationOf(questionnaire, quiz, released, scoredSteps)
  return chanceInSlices(questionnaire, shape, roles, quiz.length, skipped, pause)
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
  const given: GivenAnswer[] = scoredSteps.flatMap(({ question, answer }) =>
    answer === null || answer === undefined ? [] : [{ question, answer }],
  )
  const picks: Pick[] = given.map(({ question, answer }) => ({
    question,
    index: answerIndex(question, answer),
  }))
  const { pushes, length: leanLength } = leanOf(picks)
  const explainedAnswers: ExplainedAnswer[] = given.map((g, k) => ({
    ...g,
    added: questionChance(g.question).contributions[picks[k]!.index]!,
    push: pushes[k]!,
  }))
  const tally = new DimensionTally()
  for (const { question, answer } of given) tally.add(question, answer)
  const levels = tally.levels()

  const { shape, skipped: skippedIds } = calibrationOf(questionnaire, quiz, released, scoredSteps)
  const chance = chanceFor(questionnaire, shape, roles, quiz.length, skippedIds)

  const refusals = given.flatMap((g) =>
    refusedBy(g).map((dealbreaker) => ({
      dealbreaker,
      because: { questionId: g.question.id, answer: g.answer },
    })),
  )
  const fits = roleFits(roles, picks)
  const matches = roles.map((role, order) => ({
    role,
    order,
    fit: fits[order]!,
    setAside: refusals.find((r) => role.requires?.includes(r.dealbreaker)),
  }))
  matches.sort(
    (a, b) => Number(!!a.setAside) - Number(!!b.setAside) || b.fit - a.fit || a.order - b.order,
  )
  const open = matches.filter((m) => !m.setAside)
  const thirdOpenFit = open[EXPLAINED_ROLES - 1]?.fit ?? -Infinity
  // A student can be half one role, half another. When the two roles that, mixed, explain the
  // answers best do so better than the first role alone, and each shows on its own too, both are
  // in the first three: the partner of the first comes third at the latest; two others come
  // second and third, after the first (which may sit between them).
  const top = open[0]
  const pair = bestPair(
    roles,
    picks,
    open.map((m) => m.order),
  )
  const paired = pair?.roles.map((order) => matches.find((m) => m.order === order)!) ?? []
  const mixes = top && pair && pair.fit > top.fit && paired.every((m) => m.fit >= PARTNER_MIN_FIT)
  const completes = new Map<number, string>()
  if (mixes && paired.includes(top)) {
    const partner = paired.find((m) => m !== top)!
    if (matches.indexOf(partner) > 2) {
      matches.splice(matches.indexOf(partner), 1)
      matches.splice(2, 0, partner)
      completes.set(partner.order, top.role.id)
    }
  } else if (mixes && paired.some((m) => matches.indexOf(m) > 2)) {
    const [a, b] = paired.sort((x, y) => matches.indexOf(x) - matches.indexOf(y)) as [
      (typeof matches)[number],
      (typeof matches)[number],
    ]
    for (const m of paired) matches.splice(matches.indexOf(m), 1)
    matches.splice(1, 0, a, b)
    completes.set(b.order, a.role.id)
  }

  const shownFits = matches.slice(0, EXPLAINED_ROLES).map((m) => m.fit)
  const ranking = matches.map(({ role, order, fit, setAside }, place): RoleMatch => {
    const tiedWith = matches
      .filter((m) => m.role !== role && !m.setAside === !setAside)
      .filter((m) => Math.abs(m.fit - fit) < TIE_TOLERANCE)
      .map((m) => m.role.id)
    const match: RoleMatch = {
      roleId: role.id,
      closeness: closenessOf(fit, shareBelow(chance.best, fit), !!setAside),
      score: asScore(fit),
      fit,
      tiedWith,
      reasons: [],
      ...(setAside && { setAside }),
      ...(completes.has(order) && { completes: completes.get(order) }),
    }
    const explained = setAside
      ? fit >= thirdOpenFit
      : place < EXPLAINED_ROLES || shownFits.some((f) => Math.abs(f - fit) < TIE_TOLERANCE)
    if (!explained) return match
    const reasons = reasonsFor(role, explainedAnswers)
    const hurdle = setAside ? undefined : hurdleFor(role, levels, explainedAnswers, reasons)
    return { ...match, reasons, ...(hurdle && { hurdle }) }
  })

  const skipped = scoredSteps.length - given.length
  const contradictions = contradictionsIn(questionnaire.contradictions ?? [], given)
  const clarity = shareBelow(chance.lean, leanLength)
  const anyClose = ranking.some((m) => m.closeness !== 'explore')
  const notInformative: NotInformativeReason | undefined =
    given.length < MIN_ANSWERS || skipped > MAX_SKIPPED_SHARE * scoredSteps.length
      ? 'too-many-skipped'
      : isStraightLined(given)
        ? 'straight-line'
        : contradictions.length > 0
          ? 'contradictions'
          : !anyClose && clarity < CLEAR_PROFILE
            ? 'flat-profile'
            : undefined

  return {
    studentLevel,
    levels,
    unmeasured: DIMENSIONS.filter((d) => levels[d] === undefined),
    scoredQuestions: scoredSteps.length,
    answered: given.length,
    skipped,
    notInformative,
    contradictions,
    clarity,
    chanceScore: asScore(medianOf(chance.best)),
    refusals,
    ranking,
    someRoleFits: notInformative === undefined && anyClose,
  }
}
