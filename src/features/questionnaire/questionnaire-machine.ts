/**
 * The quiz in progress: intro → level → asking → review → done. The content comes in as input;
 * every guard and action calls the pure helpers of src/lib/questionnaire, so the chart only says
 * what may happen when. The page renders snapshots, asks `snapshot.can(...)`, and mirrors the
 * current question in the URL and the answers in the store.
 */
import { and, assign, setup } from 'xstate'
import type { Questionnaire } from '@/content/schemas'
import {
  findQuestion,
  isValidAnswer,
  normaliseMulti,
  type Answer,
  type Answers,
  type QuizLength,
} from '@/lib/questionnaire/answers'
import {
  firstUnansweredId,
  isReachable,
  nextQuestionId,
  nextUnansweredAfter,
  previousQuestionId,
} from '@/lib/questionnaire/navigation'
import { keptAnswers, visiblePath } from '@/lib/questionnaire/visibility'

/** The address of the review screen, `#/quiz/relecture`; no question may use this id. */
export const REVIEW_ID = 'relecture'

export interface QuizInput {
  questionnaire: Questionnaire
  length?: QuizLength
  answers?: Answers
  /** Where to open: a question id, REVIEW_ID, or nothing for the intro. */
  at?: string
  /** The question was opened from the review, to change an answer. */
  editing?: boolean
}

export interface QuizContext {
  questionnaire: Questionnaire
  length: QuizLength
  answers: Record<string, Answer | null>
  /** The question on screen in `level` and `asking`. */
  currentId: string
  /** Opened from the review: "next" returns there once nothing new is left to answer. */
  editing: boolean
  /** A length was chosen (by the input or `quiz.start`): questions can be opened. */
  started: boolean
  /** Where the input asked to open, once resolved against the answers. */
  opening: 'intro' | 'question' | 'review'
}

export type QuizEvent =
  | { type: 'quiz.start'; length: QuizLength }
  | { type: 'quiz.resume' }
  | { type: 'quiz.restart' }
  | { type: 'answer.select'; value: Answer }
  | { type: 'nav.next' }
  | { type: 'nav.skip' }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; questionId: string }
  | { type: 'review.edit'; questionId: string }

const levelIdOf = (q: Questionnaire) => q.questions[0]?.id ?? ''
const lastOnPath = (c: QuizContext) =>
  visiblePath(c.questionnaire, c.length, c.answers).at(-1)?.question.id ??
  levelIdOf(c.questionnaire)
const isLevel = (c: QuizContext, id: string | undefined) =>
  id !== undefined && findQuestion(c.questionnaire, id)?.kind === 'level'
const reachable = (c: QuizContext, id: string) =>
  isReachable(c.questionnaire, c.length, c.answers, id)
const answered = (c: QuizContext) => c.answers[c.currentId] !== undefined
const allAnswered = (c: QuizContext) =>
  firstUnansweredId(c.questionnaire, c.length, c.answers) === undefined

/** Where "next" leads from the current question, once it is answered or skipped. */
function nextStop(c: QuizContext): string | undefined {
  if (c.editing) return nextUnansweredAfter(c.questionnaire, c.length, c.answers, c.currentId)
  return nextQuestionId(c.questionnaire, c.length, c.answers, c.currentId)
}

function initialContext(input: QuizInput): QuizContext {
  const { questionnaire } = input
  const length = input.length ?? 'short'
  const answers = keptAnswers(questionnaire, length, input.answers ?? {})
  const base = {
    questionnaire,
    length,
    answers,
    editing: false,
    started: input.length !== undefined,
  }
  const frontier = firstUnansweredId(questionnaire, length, answers)
  if (input.length === undefined || input.at === undefined)
    return { ...base, currentId: levelIdOf(questionnaire), opening: 'intro' }
  const at = isReachable(questionnaire, length, answers, input.at) ? input.at : frontier
  if (at === undefined) {
    const last = visiblePath(questionnaire, length, answers).at(-1)?.question.id
    return { ...base, currentId: last ?? levelIdOf(questionnaire), opening: 'review' }
  }
  return {
    ...base,
    currentId: at,
    opening: 'question',
    editing: input.editing === true && at === input.at,
  }
}

export const questionnaireMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    input: {} as QuizInput,
  },
  guards: {
    opensOnReview: ({ context }) => context.opening === 'review',
    opensOnLevel: ({ context }) =>
      context.opening === 'question' && isLevel(context, context.currentId),
    opensOnQuestion: ({ context }) => context.opening === 'question',
    hasProgress: ({ context }) => Object.keys(context.answers).length > 0,
    isFinished: ({ context }) => Object.keys(context.answers).length > 0 && allAnswered(context),
    isPossibleAnswer: ({ context, event }) => {
      if (event.type !== 'answer.select') return false
      const question = findQuestion(context.questionnaire, context.currentId)
      if (question?.kind === 'multi' && Array.isArray(event.value) && event.value.length === 0)
        return true // unticking the last box clears the answer
      return question !== undefined && isValidAnswer(question, event.value)
    },
    isAnswered: ({ context }) => answered(context),
    leadsToReview: ({ context }) => nextStop(context) === undefined,
    skipLeadsToReview: ({ context }) =>
      nextStop({ ...context, answers: { ...context.answers, [context.currentId]: null } }) ===
      undefined,
    backLeadsToLevel: ({ context }) =>
      isLevel(
        context,
        previousQuestionId(
          context.questionnaire,
          context.length,
          context.answers,
          context.currentId,
        ),
      ),
    canOpenLevel: ({ context, event }) =>
      context.started &&
      (event.type === 'nav.goto' || event.type === 'review.edit') &&
      isLevel(context, event.questionId) &&
      reachable(context, event.questionId),
    canOpenQuestion: ({ context, event }) =>
      context.started &&
      (event.type === 'nav.goto' || event.type === 'review.edit') &&
      reachable(context, event.questionId),
    canOpenReview: ({ context, event }) =>
      context.started &&
      event.type === 'nav.goto' &&
      event.questionId === REVIEW_ID &&
      allAnswered(context),
  },
  actions: {
    startFresh: assign(({ context, event }) => ({
      length: event.type === 'quiz.start' ? event.length : context.length,
      answers: {},
      currentId: levelIdOf(context.questionnaire),
      editing: false,
      started: true,
    })),
    forgetAnswers: assign(({ context }) => ({
      answers: {},
      currentId: levelIdOf(context.questionnaire),
      editing: false,
    })),
    goToFirstUnanswered: assign(({ context }) => ({
      currentId:
        firstUnansweredId(context.questionnaire, context.length, context.answers) ??
        context.currentId,
    })),
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.select') return {}
      const question = findQuestion(context.questionnaire, context.currentId)
      const value =
        question && Array.isArray(event.value) ? normaliseMulti(question, event.value) : event.value
      const { [context.currentId]: _previous, ...others } = context.answers
      const answers =
        Array.isArray(value) && value.length === 0
          ? others
          : { ...others, [context.currentId]: value }
      return { answers: keptAnswers(context.questionnaire, context.length, answers) }
    }),
    recordSkip: assign(({ context }) => ({
      answers: keptAnswers(context.questionnaire, context.length, {
        ...context.answers,
        [context.currentId]: null,
      }),
    })),
    goNext: assign(({ context }) => ({ currentId: nextStop(context) ?? context.currentId })),
    goBack: assign(({ context }) => ({
      currentId:
        previousQuestionId(
          context.questionnaire,
          context.length,
          context.answers,
          context.currentId,
        ) ?? context.currentId,
    })),
    goToLast: assign(({ context }) => ({ currentId: lastOnPath(context), editing: false })),
    openRequested: assign(({ event }) =>
      event.type === 'nav.goto' || event.type === 'review.edit'
        ? { currentId: event.questionId, editing: event.type === 'review.edit' }
        : {},
    ),
    stopEditing: assign({ editing: false }),
  },
}).createMachine({
  id: 'questionnaire',
  context: ({ input }) => initialContext(input),
  initial: 'opening',
  on: {
    'quiz.restart': { target: '.intro', actions: 'forgetAnswers' },
    'nav.goto': [
      { guard: 'canOpenReview', target: '.review', actions: 'stopEditing' },
      { guard: 'canOpenLevel', target: '.level', actions: 'openRequested' },
      { guard: 'canOpenQuestion', target: '.asking', actions: 'openRequested' },
    ],
  },
  states: {
    opening: {
      always: [
        { guard: 'opensOnReview', target: 'review' },
        { guard: 'opensOnLevel', target: 'level' },
        { guard: 'opensOnQuestion', target: 'asking' },
        { target: 'intro' },
      ],
    },
    intro: {
      on: {
        'quiz.start': { target: 'level', actions: 'startFresh' },
        'quiz.resume': [
          { guard: 'isFinished', target: 'review' },
          { guard: 'hasProgress', target: 'asking', actions: 'goToFirstUnanswered' },
        ],
      },
    },
    level: {
      tags: ['question'],
      on: {
        'answer.select': { guard: 'isPossibleAnswer', actions: 'recordAnswer' },
        'nav.next': [
          { guard: and(['isAnswered', 'leadsToReview']), target: 'review', actions: 'stopEditing' },
          { guard: 'isAnswered', target: 'asking', actions: 'goNext' },
        ],
        'nav.skip': [
          { guard: 'skipLeadsToReview', target: 'review', actions: ['recordSkip', 'stopEditing'] },
          { target: 'asking', actions: ['recordSkip', 'goNext'] },
        ],
        'nav.back': { target: 'intro' },
      },
    },
    asking: {
      tags: ['question'],
      on: {
        'answer.select': { guard: 'isPossibleAnswer', actions: 'recordAnswer' },
        'nav.next': [
          { guard: and(['isAnswered', 'leadsToReview']), target: 'review', actions: 'stopEditing' },
          { guard: 'isAnswered', actions: 'goNext' },
        ],
        'nav.skip': [
          { guard: 'skipLeadsToReview', target: 'review', actions: ['recordSkip', 'stopEditing'] },
          { actions: ['recordSkip', 'goNext'] },
        ],
        'nav.back': [
          { guard: 'backLeadsToLevel', target: 'level', actions: 'goBack' },
          { actions: 'goBack' },
        ],
      },
    },
    review: {
      on: {
        'review.edit': [
          { guard: 'canOpenLevel', target: 'level', actions: 'openRequested' },
          { guard: 'canOpenQuestion', target: 'asking', actions: 'openRequested' },
        ],
        'nav.back': { target: 'asking', actions: 'goToLast' },
        'nav.next': { target: 'done' },
      },
    },
    done: {
      tags: ['finished'],
      on: {
        'nav.back': { target: 'review' },
      },
    },
  },
})
