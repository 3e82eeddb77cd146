/**
 * Branching as data: which questions a student sees. A question is shown when its section's rule
 * and its own rule hold, judged on the answers to the questions shown before it — never on later
 * ones, so answering a question can only change what comes after it.
 */
import type { QuestionnaireShape, QuestionShape, Rule } from '@/content/schemas'
import {
  answerIds,
  isValidAnswer,
  questionsOf,
  type Answer,
  type Answers,
  type QuizLength,
} from './answers'
import { DimensionTally } from './dimension-levels'

/** A questionnaire, or the frozen shape of a released one, whose questions are of type Q. */
export type QuestionnaireOf<Q extends QuestionShape> = Pick<QuestionnaireShape, 'sections'> & {
  questions: readonly Q[]
}

/** What a rule can look at: answers given so far and the dimension levels they show. */
export interface RuleContext {
  answer(questionId: string): Answer | null | undefined
  tally: DimensionTally
}

export function evaluateRule(rule: Rule, context: RuleContext): boolean {
  if ('answer' in rule) {
    const answer = context.answer(rule.answer.question)
    if (answer === null || answer === undefined) return false
    return answerIds(answer).some((id) => rule.answer.anyOf.includes(id))
  }
  if ('dimension' in rule) {
    const level = context.tally.level(rule.dimension.id)
    return level !== undefined && level >= rule.dimension.atLeast - 1e-9
  }
  if ('all' in rule) return rule.all.every((r) => evaluateRule(r, context))
  return rule.any.some((r) => evaluateRule(r, context))
}

const rulesCache = new WeakMap<object, WeakMap<QuestionShape, readonly Rule[]>>()

/**
 * The section's rule and the question's own rule, in that order (either may be missing).
 * Remembered per sections and question: a walk asks for them at every question.
 */
export function rulesOf(
  questionnaire: Pick<QuestionnaireShape, 'sections'>,
  question: QuestionShape,
): readonly Rule[] {
  let byQuestion = rulesCache.get(questionnaire.sections)
  if (!byQuestion) rulesCache.set(questionnaire.sections, (byQuestion = new WeakMap()))
  const known = byQuestion.get(question)
  if (known) return known
  const section = questionnaire.sections.find((s) => s.id === question.section)
  const rules = [section?.showIf, question.showIf].filter((r): r is Rule => r !== undefined)
  byQuestion.set(question, rules)
  return rules
}

export interface PathStep<Q extends QuestionShape = QuestionShape> {
  question: Q
  /** The answer kept for this question, if any (`null` when skipped). */
  answer: Answer | null | undefined
}

/**
 * Walks the questions in order, remembering the answers kept so far, and says whether each next
 * question is shown. The result code's decoder uses it to read answers one question at a time.
 */
export class PathWalker {
  private readonly kept = new Map<string, Answer | null>()
  private readonly tally = new DimensionTally()
  private readonly context: RuleContext = { answer: (id) => this.kept.get(id), tally: this.tally }

  constructor(private readonly questionnaire: Pick<QuestionnaireShape, 'sections'>) {}

  isShown(question: QuestionShape): boolean {
    return rulesOf(this.questionnaire, question).every((rule) => evaluateRule(rule, this.context))
  }

  /** Forgets every answer kept: a new walk from the first question, without a new walker. */
  reset() {
    this.kept.clear()
    this.tally.reset()
  }

  /** Keeps the answer to a shown question (undefined: not answered yet). */
  keep(question: QuestionShape, answer: Answer | null | undefined) {
    if (answer === undefined) return
    this.kept.set(question.id, answer)
    this.tally.add(question, answer)
  }
}

/**
 * The questions a student taking `length` sees with these answers, in order. Answers to questions
 * not on the path, and answers that are not valid for their question, are ignored.
 */
export function visiblePath<Q extends QuestionShape>(
  questionnaire: QuestionnaireOf<Q>,
  length: QuizLength,
  answers: Answers,
): PathStep<Q>[] {
  const path: PathStep<Q>[] = []
  const walker = new PathWalker(questionnaire)
  for (const question of questionsOf(questionnaire, length)) {
    if (!walker.isShown(question)) continue
    const raw = answers[question.id]
    const answer = raw === null ? null : isValidAnswer(question, raw) ? raw : undefined
    path.push({ question, answer })
    walker.keep(question, answer)
  }
  return path
}

/**
 * Only the answers that still count: valid answers (or skips) to questions on the path.
 * Changing an earlier answer that hides a branch drops that branch's answers here.
 */
export function keptAnswers(
  questionnaire: QuestionnaireShape,
  length: QuizLength,
  answers: Answers,
): Record<string, Answer | null> {
  const out: Record<string, Answer | null> = {}
  for (const step of visiblePath(questionnaire, length, answers))
    if (step.answer !== undefined) out[step.question.id] = step.answer
  return out
}
