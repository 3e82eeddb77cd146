/**
 * What random answers give, so that every word the results use is calibrated: CHANCE_SAMPLES
 * students who answer the same length of the questionnaire at random — each answer drawn
 * uniformly among its question's possible answers, the branching followed as it would be for
 * them, and the questions this student skipped skipped too — scored like anyone else. Seeded, so
 * the same answers always get the same words; cached per questionnaire, roles, length and skips.
 */
import type { QuestionnaireShape, QuestionShape, Rule } from '@/content/schemas'
import { answerIndex, DIMENSION_COUNT, questionChance } from './answer-evidence'
import { answerIds, findQuestion, questionsOf, type Answer, type QuizLength } from './answers'
import { DIMENSION_INDEX, DimensionTally, tallyStepOf, type TallyStep } from './dimension-levels'
import { appealOf, type FitRole } from './role-fit'
import { rulesOf } from './visibility'

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
 * One random walk so far: for each question of the plan, the answer it kept (its index among the
 * question's possible answers, or NOT_KEPT / KEPT_NULL), and the dimension tally of those answers.
 * What PathWalker keeps, in arrays: rules are judged the same way on it (see compileRule).
 */
interface Walk {
  drawn: Int32Array
  tally: DimensionTally
}
const NOT_KEPT = -1
const KEPT_NULL = -2

type WalkTest = (walk: Walk) => boolean

/** evaluateRule() for walks of `plan`, with each answer rule's matches worked out per answer. */
function compileRule(
  rule: Rule,
  positions: ReadonlyMap<string, number>,
  plan: readonly { possible: readonly Answer[] }[],
): WalkTest {
  if ('answer' in rule) {
    const at = positions.get(rule.answer.question)
    if (at === undefined) return () => false
    const { anyOf } = rule.answer
    const matches = Uint8Array.from(plan[at]!.possible, (answer) =>
      answerIds(answer).some((id) => anyOf.includes(id)) ? 1 : 0,
    )
    return (walk) => {
      const drawn = walk.drawn[at]!
      return drawn >= 0 && matches[drawn] === 1
    }
  }
  if ('dimension' in rule) {
    const index = DIMENSION_INDEX.get(rule.dimension.id) as number
    const threshold = rule.dimension.atLeast - 1e-9
    return (walk) => {
      const level = walk.tally.levelAt(index)
      return level !== undefined && level >= threshold
    }
  }
  const tests = ('all' in rule ? rule.all : rule.any).map((r) => compileRule(r, positions, plan))
  return 'all' in rule ? allOf(tests) : anyOf(tests)
}

/** Whether every test holds (true for none): a loop, as walks judge rules millions of times. */
function allOf(tests: readonly WalkTest[]): WalkTest {
  if (tests.length === 1) return tests[0]!
  return (walk) => {
    for (const test of tests) if (!test(walk)) return false
    return true
  }
}

function anyOf(tests: readonly WalkTest[]): WalkTest {
  return (walk) => {
    for (const test of tests) if (test(walk)) return true
    return false
  }
}

/** A question of the random walk, with what every sample needs of it worked out once. */
interface PlannedQuestion {
  question: QuestionShape
  /** The answers drawn from, in digit order. */
  possible: readonly Answer[]
  /** Whether a walk shows this question (its section's and its own rule, as PathWalker judges; undefined: always). */
  shown: WalkTest | undefined
  /** For each drawn answer, what it adds to the dimension tally. */
  tally: readonly TallyStep[]
  /**
   * Today's question of the same id (undefined: not scored): what each drawn answer adds to each
   * role's fit and to the lean, worked out once (the same numbers roleFits and leanOf add).
   */
  today?: {
    /** Per drawn answer, added to each role's fit (undefined: the answer does not count). */
    fit: readonly (Float64Array | undefined)[]
    /** Added to each role's room whenever the question counts. */
    room: Float64Array
    /** The dimensions the question moves (the others would only ever add 0). */
    dimensions: Int32Array
    /** Per drawn answer, added to the lean of each of `dimensions` (undefined: nothing added). */
    lean: readonly (Float64Array | undefined)[]
    /** Added to the variance of each of `dimensions` whenever the question counts. */
    variance: Float64Array
  }
}

const plans = new WeakMap<object, WeakMap<readonly FitRole[], Map<QuizLength, PlannedQuestion[]>>>()

/** What each of `possible` (drawn through a version's question) adds through today's `current`. */
function todayOf(
  current: QuestionShape,
  possible: readonly Answer[],
  same: boolean,
  roles: readonly FitRole[],
): PlannedQuestion['today'] {
  const chance = questionChance(current)
  const { values, best, mean } = appealOf(roles, current)
  const indexOf = (answer: Answer, drawn: number) => (same ? drawn : answerIndex(current, answer))
  const leans = possible.map((answer, drawn) => {
    const given = chance.contributions[indexOf(answer, drawn)]
    return given && Float64Array.from(given, (value, d) => value - chance.mean[d]!)
  })
  // Adding 0 leaves a sum as it is, so the dimensions where everything added is 0 are left out.
  const dimensions = Int32Array.from(
    Array.from(chance.variance.keys()).filter(
      (d) => chance.variance[d] !== 0 || leans.some((lean) => lean !== undefined && lean[d] !== 0),
    ),
  )
  return {
    fit: possible.map((answer, drawn) => {
      const index = indexOf(answer, drawn)
      return index < 0
        ? undefined
        : Float64Array.from(roles, (_, r) => values[r]![index]! - mean[r]!)
    }),
    room: Float64Array.from(roles, (_, r) => best[r]! - mean[r]!),
    dimensions,
    lean: leans.map((lean) => lean && Float64Array.from(dimensions, (d) => lean[d]!)),
    variance: Float64Array.from(dimensions, (d) => chance.variance[d]!),
  }
}

/**
 * The questions of `length` in `shape`, each with its draws and today's evidence, per roles;
 * cached. Yields between two questions (twice over: weights, then evidence), where
 * `chanceInSlices` may pause.
 */
function* planSteps(
  questions: { questions: readonly QuestionShape[] },
  shape: QuestionnaireShape,
  roles: readonly FitRole[],
  length: QuizLength,
): Generator<void, PlannedQuestion[]> {
  let byRoles = plans.get(shape)
  if (!byRoles) plans.set(shape, (byRoles = new WeakMap()))
  let byLength = byRoles.get(roles)
  if (!byLength) byRoles.set(roles, (byLength = new Map()))
  const known = byLength.get(length)
  if (known) return known
  const ordered = questionsOf(shape, length)
  // What each answer weighs is worked out question by question too (a slice may end between).
  const possibleOf: PlannedQuestion['possible'][] = []
  for (const question of ordered) {
    if (possibleOf.length > 0) yield
    possibleOf.push(question.kind === 'level' ? [] : questionChance(question).answers)
  }
  const positions = new Map(ordered.map((question, at) => [question.id, at]))
  const draws = possibleOf.map((possible) => ({ possible }))
  const plan: PlannedQuestion[] = []
  for (const [at, question] of ordered.entries()) {
    if (at > 0) {
      yield
      // Another caller may have planned the same questions meanwhile.
      const done = byLength.get(length)
      if (done) return done
    }
    const possible = possibleOf[at]!
    const rules = rulesOf(shape, question).map((rule) => compileRule(rule, positions, draws))
    const shown = rules.length ? allOf(rules) : undefined
    const tally = possible.map((answer) => tallyStepOf(question, answer))
    const current = question.kind === 'level' ? undefined : findQuestion(questions, question.id)
    plan.push(
      current
        ? {
            question,
            possible,
            shown,
            tally,
            today: todayOf(current, possible, current === question, roles),
          }
        : { question, possible, shown, tally },
    )
  }
  byLength.set(length, plan)
  return plan
}

/**
 * How long `chanceInSlices` works between two pauses, in ms: a phone's task stays short (four
 * times this on Lighthouse's slow CPU is still under its 50 ms of a long task). A time rather
 * than a count of walks: the first walks, before the engine has compiled them, are the slowest.
 */
export const CHANCE_SLICE_MS = 8

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
  const walks = chanceWalks(questions, shape, roles, length, skipped)
  let step = walks.next()
  while (!step.done) step = walks.next()
  return step.value
}

/**
 * chanceFor, in slices of about `sliceMs` (CHANCE_SLICE_MS), awaiting `pause()` between them:
 * the first results a phone shows calibrate them without holding its main thread for the whole
 * 500 walks. The same numbers as chanceFor, cached with them, so a chanceFor afterwards is free.
 * A slice ends between two questions of the plan or two walks; `sliceMs` 0 pauses at each.
 */
export async function chanceInSlices(
  questions: { questions: readonly QuestionShape[] },
  shape: QuestionnaireShape,
  roles: readonly FitRole[],
  length: QuizLength,
  skipped: ReadonlySet<string>,
  pause: () => Promise<unknown>,
  sliceMs = CHANCE_SLICE_MS,
): Promise<Chance> {
  const walks = chanceWalks(questions, shape, roles, length, skipped)
  let sliceEnd = performance.now() + sliceMs
  let step = walks.next()
  while (!step.done) {
    if (performance.now() >= sliceEnd) {
      await pause()
      sliceEnd = performance.now() + sliceMs
    }
    step = walks.next()
  }
  return step.value
}

/** The walks of chanceFor, yielding within the plan (see planSteps) and before each walk. */
function* chanceWalks(
  questions: { questions: readonly QuestionShape[] },
  shape: QuestionnaireShape,
  roles: readonly FitRole[],
  length: QuizLength,
  skipped: ReadonlySet<string>,
): Generator<void, Chance> {
  const key = `${length}|${[...skipped].sort().join(' ')}`
  let byRoles = cache.get(shape)
  if (!byRoles) cache.set(shape, (byRoles = new WeakMap()))
  let byKey = byRoles.get(roles)
  if (!byKey) byRoles.set(roles, (byKey = new Map()))
  const known = byKey.get(key)
  if (known) return known

  const random = seededRandom(hash(key))
  const plan = yield* planSteps(questions, shape, roles, length)
  const best = new Float64Array(CHANCE_SAMPLES)
  const lean = new Float64Array(CHANCE_SAMPLES)
  const fits = new Float64Array(roles.length)
  const room = new Float64Array(roles.length)
  const sum = new Float64Array(DIMENSION_COUNT)
  const variance = new Float64Array(DIMENSION_COUNT)
  const walk: Walk = { drawn: new Int32Array(plan.length), tally: new DimensionTally() }
  for (let n = 0; n < CHANCE_SAMPLES; n++) {
    yield
    // Another caller may have finished the same calibration meanwhile: the same numbers.
    const done = byKey.get(key)
    if (done) return done
    walk.drawn.fill(NOT_KEPT)
    walk.tally.reset()
    fits.fill(0)
    room.fill(0)
    sum.fill(0)
    variance.fill(0)
    let picked = 0
    for (let at = 0; at < plan.length; at++) {
      const step = plan[at]!
      const { question } = step
      if (step.shown && !step.shown(walk)) continue
      if (question.kind === 'level' || skipped.has(question.id)) {
        walk.drawn[at] = KEPT_NULL
        continue
      }
      const drawn = Math.floor(random() * step.possible.length)
      if (drawn >= step.possible.length) {
        walk.drawn[at] = KEPT_NULL
        continue
      }
      walk.drawn[at] = drawn
      walk.tally.addStep(step.tally[drawn]!)
      const today = step.today
      const fit = today?.fit[drawn]
      if (!today || !fit) continue
      // roleFits and leanLength, summed pick by pick in the same order (same numbers, no arrays).
      picked++
      for (let r = 0; r < fits.length; r++) {
        fits[r]! += fit[r]!
        room[r]! += today.room[r]!
      }
      const lean = today.lean[drawn]
      if (!lean) continue
      const { dimensions } = today
      for (let k = 0; k < dimensions.length; k++) {
        const d = dimensions[k]!
        sum[d]! += lean[k]!
        variance[d]! += today.variance[k]!
      }
    }
    let bestFit = -Infinity
    for (let r = 0; r < fits.length; r++)
      bestFit = Math.max(bestFit, room[r]! > 0 ? fits[r]! / room[r]! : 0)
    best[n] = picked ? bestFit : 0
    let length2 = 0
    for (let d = 0; d < sum.length; d++)
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
