/**
 * Moving through the questionnaire: the question after or before another, the first question not
 * yet answered, which questions can be opened, and the progress "question n of m".
 */
import type { QuestionnaireShape, QuestionShape, Rule } from '@/content/schemas'
import {
  answerIds,
  questionsOf,
  SCALE_VALUES,
  type Answer,
  type Answers,
  type QuizLength,
} from './answers'
import { DimensionTally } from './dimension-levels'
import { rulesOf, visiblePath, type PathStep } from './visibility'

const indexOn = (path: PathStep[], id: string) => path.findIndex((s) => s.question.id === id)

type Remembered<V> = WeakMap<QuestionnaireShape, Map<string, V>>

/**
 * The value kept for this questionnaire and key, made on first use. With `keep`, only that many
 * of the latest are kept (keys that never end, such as answers).
 */
function remembered<V>(
  cache: Remembered<V>,
  questionnaire: QuestionnaireShape,
  key: string,
  make: () => V,
  keep = Infinity,
): V {
  let byKey = cache.get(questionnaire)
  if (!byKey) cache.set(questionnaire, (byKey = new Map()))
  const known = byKey.get(key)
  if (known !== undefined) return known
  const value = make()
  if (byKey.size >= keep) byKey.delete(byKey.keys().next().value as string)
  byKey.set(key, value)
  return value
}

/** The question shown after `currentId` with these answers, or undefined at the end. */
export function nextQuestionId(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
  answers: Answers,
  currentId: string,
): string | undefined {
  const path = visiblePath(questionnaire, length, answers)
  const i = indexOn(path, currentId)
  return i < 0 ? undefined : path[i + 1]?.question.id
}

/** The question shown before `currentId`, or undefined on the first one. */
export function previousQuestionId(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
  answers: Answers,
  currentId: string,
): string | undefined {
  const path = visiblePath(questionnaire, length, answers)
  const i = indexOn(path, currentId)
  return i <= 0 ? undefined : path[i - 1]?.question.id
}

/** The first question on the path neither answered nor skipped; undefined when all are. */
export function firstUnansweredId(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
  answers: Answers,
): string | undefined {
  return visiblePath(questionnaire, length, answers).find((s) => s.answer === undefined)?.question
    .id
}

/** The first unanswered question after `currentId` (a branch an edit has just opened). */
export function nextUnansweredAfter(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
  answers: Answers,
  currentId: string,
): string | undefined {
  const path = visiblePath(questionnaire, length, answers)
  const i = indexOn(path, currentId)
  return path.slice(i + 1).find((s) => s.answer === undefined)?.question.id
}

/** A question can be opened when it is on the path and nothing before it is left unanswered. */
export function isReachable(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
  answers: Answers,
  questionId: string,
): boolean {
  const path = visiblePath(questionnaire, length, answers)
  const i = indexOn(path, questionId)
  return i >= 0 && path.slice(0, i).every((s) => s.answer !== undefined)
}

export interface Progress {
  /** 1-based position of the current question on the path. */
  position: number
  /** Questions before this one plus the longest path that remains from it. */
  total: number
}

const knownProgress: Remembered<Progress> = new WeakMap()
/** Enough for the questions around the current one (the one ahead is worked out in advance). */
const PROGRESS_KEPT = 16

/**
 * "Question n of m": m counts the questions already passed plus the longest path the remaining
 * answers could still open, so m never grows on the way forward and the bar never moves back.
 * Depends only on the answers before the current question. Kept once worked out: the quiz asks
 * for it at each render, and works out the next question's ahead, while the student reads.
 */
export function progressAt(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
  answers: Answers,
  currentId: string,
): Progress {
  return remembered(
    knownProgress,
    questionnaire,
    `${length} ${currentId} ${JSON.stringify(answers)}`,
    () => {
      const path = visiblePath(questionnaire, length, answers)
      const i = Math.max(0, indexOn(path, currentId))
      return {
        position: i + 1,
        total: i + longestRemainingPath(questionnaire, length, answers, currentId),
      }
    },
    PROGRESS_KEPT,
  )
}

type Truth = true | false | 'unknown'

const and = (values: Truth[]): Truth =>
  values.includes(false) ? false : values.includes('unknown') ? 'unknown' : true
const or = (values: Truth[]): Truth =>
  values.includes(true) ? true : values.includes('unknown') ? 'unknown' : false

/** Question ids the rule looks at, with the option ids it mentions. */
function collectMentions(rule: Rule, into: Map<string, Set<string>>) {
  if ('answer' in rule) {
    const set = into.get(rule.answer.question) ?? new Set<string>()
    rule.answer.anyOf.forEach((id) => set.add(id))
    into.set(rule.answer.question, set)
  } else if ('all' in rule) rule.all.forEach((r) => collectMentions(r, into))
  else if ('any' in rule) rule.any.forEach((r) => collectMentions(r, into))
}

/** Every answer that matters to the rules: each mentioned option, one other, and a skip. */
function alternatives(question: QuestionShape, mentioned: Set<string>): (Answer | null)[] {
  const ids =
    question.kind === 'scale' ? SCALE_VALUES.map(String) : question.options.map((o) => o.id)
  const named = ids.filter((id) => mentioned.has(id))
  const other = ids.find((id) => !mentioned.has(id))
  const pool = other === undefined ? named : [...named, other]
  if (question.kind === 'scale') return [null, ...pool.map(Number)]
  if (question.kind !== 'multi') return [null, ...pool]
  const subsets: string[][] = []
  const walk = (start: number, chosen: string[]) => {
    if (chosen.length > 0) subsets.push(chosen)
    if (chosen.length === question.max) return
    for (let k = start; k < pool.length; k++) walk(k + 1, [...chosen, pool[k] as string])
  }
  walk(0, [])
  return [null, ...subsets]
}

interface Branches {
  /** rules[i]: the rules that show the i-th question of the length. */
  rules: (readonly Rule[])[]
  /** mentionsFrom[i]: the questions (and their options) that rules at index ≥ i look at. */
  mentionsFrom: Map<string, Set<string>>[]
}
const knownBranches: Remembered<Branches> = new WeakMap()

/**
 * What longestRemainingPath needs of the rules, once per questionnaire and length: it runs at
 * every question, so these are not worked out again at each answer (read only once made).
 */
function branchesOf(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
  questions: readonly QuestionShape[],
): Branches {
  return remembered(knownBranches, questionnaire, length, () => {
    const rules = questions.map((q) => rulesOf(questionnaire, q))
    const mentionsFrom: Map<string, Set<string>>[] = []
    for (let i = questions.length; i >= 0; i--) {
      const next = new Map<string, Set<string>>()
      for (const [id, set] of mentionsFrom[i + 1] ?? []) next.set(id, new Set(set))
      for (const rule of rules[i] ?? []) collectMentions(rule, next)
      mentionsFrom[i] = next
    }
    return { rules, mentionsFrom }
  })
}

/**
 * The largest total of `measure` over the questions a student could still see from `fromId` on
 * (that question included), whatever they answer from there. Rules on answers are followed
 * exactly; a rule on a dimension that later answers can still move counts as possibly true.
 * With `measure` = 1 it is the number of questions left on the longest path.
 */
export function longestRemainingPath(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
  answers: Answers,
  fromId: string,
  measure: (question: QuestionShape) => number = () => 1,
): number {
  const questions = questionsOf(questionnaire, length)
  const from = Math.max(
    0,
    questions.findIndex((q) => q.id === fromId),
  )
  const settled = new Map<string, Answer | null>()
  const tally = new DimensionTally()
  for (const step of visiblePath(questionnaire, length, answers)) {
    const at = questions.indexOf(step.question)
    if (at >= from || step.answer === undefined) continue
    settled.set(step.question.id, step.answer)
    tally.add(step.question, step.answer)
  }

  const { rules, mentionsFrom } = branchesOf(questionnaire, length, questions)

  const truth = (rule: Rule, i: number, assumed: Map<string, Answer | null>): Truth => {
    if ('answer' in rule) {
      const id = rule.answer.question
      const answer = settled.has(id) ? settled.get(id) : assumed.get(id)
      if (answer === null || answer === undefined) return false
      return answerIds(answer).some((a) => rule.answer.anyOf.includes(a))
    }
    if ('dimension' in rule) {
      if (i !== from) return 'unknown'
      const level = tally.level(rule.dimension.id)
      return level !== undefined && level >= rule.dimension.atLeast - 1e-9
    }
    if ('all' in rule) return and(rule.all.map((r) => truth(r, i, assumed)))
    return or(rule.any.map((r) => truth(r, i, assumed)))
  }

  const memo = new Map<string, number>()
  const longest = (i: number, assumed: Map<string, Answer | null>): number => {
    const question = questions[i]
    if (!question) return 0
    const stillLooked = mentionsFrom[i] ?? new Map()
    const key = `${i}|${JSON.stringify([...assumed].filter(([id]) => stillLooked.has(id)))}`
    const known = memo.get(key)
    if (known !== undefined) return known
    let best: number
    if (and((rules[i] ?? []).map((r) => truth(r, i, assumed))) === false) {
      best = longest(i + 1, assumed)
    } else {
      const mentioned = mentionsFrom[i + 1]?.get(question.id)
      best = mentioned
        ? Math.max(
            ...alternatives(question, mentioned).map((alt) =>
              longest(i + 1, new Map(assumed).set(question.id, alt)),
            ),
          )
        : longest(i + 1, assumed)
      best += measure(question)
    }
    memo.set(key, best)
    return best
  }
  return longest(from, new Map())
}

/** A fair guess of reading and answering time per question, checked by timing real runs. */
export const SECONDS_PER_QUESTION = 20

/** About how many minutes a length takes, from its longest path (the quiz intro and the class mode say it). */
export function estimatedMinutes(questionnaire: QuestionnaireShape, length: QuizLength): number {
  const { max } = pathLengthBounds(questionnaire, length)
  return Math.max(1, Math.round((max * SECONDS_PER_QUESTION) / 60))
}

const knownBounds: Remembered<{ min: number; max: number }> = new WeakMap()
/**
 * Fewest and most questions a length can ask: always-shown questions, and the longest path.
 * Worked out once per questionnaire and length: the quiz's intro asks for it at every render,
 * and the longest path is a search over the branches (a few ms on a phone each time).
 */
export function pathLengthBounds(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
): { min: number; max: number } {
  return remembered(knownBounds, questionnaire, length, () => {
    const questions = questionsOf(questionnaire, length)
    const first = questions[0]
    return first
      ? {
          min: questions.filter((q) => rulesOf(questionnaire, q).length === 0).length,
          max: longestRemainingPath(questionnaire, length, {}, first.id),
        }
      : { min: 0, max: 0 }
  })
}
