/**
 * The quiz in progress: intro → question (level, asking) → review → done. The content and what
 * was saved come in as input; every guard and action calls the pure helpers of
 * src/lib/questionnaire, so the chart only says what may happen when. The URL reaches the chart as
 * `nav.goto` events; the chart saves through the `save` action, which the page provides.
 */
import {
  and,
  assertEvent,
  assign,
  initialTransition,
  not,
  raise,
  setup,
  transition,
  type ActorRefFrom,
  type SnapshotFrom,
} from 'xstate'
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
import { REVIEW_ID, type QuizPlace } from '@/ui/links'

export interface QuizInput {
  questionnaire: Questionnaire
  /** A questionnaire saved on this device, already checked against today's content. */
  saved?: { length: QuizLength; answers: Answers; finished: boolean }
}

export interface QuizContext {
  questionnaire: Questionnaire
  length: QuizLength
  answers: Record<string, Answer | null>
  /** The question on screen in the `question` state. */
  currentId: string
  /** Opened from the review: "next" returns there once nothing new is left to answer. */
  editing: boolean
  /** A length was chosen (saved, or `quiz.start`): questions can be opened. */
  started: boolean
  /** The student reached the end and asked for the results. */
  finished: boolean
}

export type QuizEvent =
  | { type: 'quiz.start'; length: QuizLength }
  | { type: 'quiz.resume' }
  | { type: 'answer.select'; value: Answer }
  | { type: 'nav.next' }
  | { type: 'nav.skip' }
  | { type: 'nav.back' }
  /** The URL moved (Back, Forward, a typed address); a place without a question is the intro. */
  | ({ type: 'nav.goto' } & QuizPlace)
  | { type: 'review.edit'; questionId: string }
  /** The saved quiz changed outside this page (another tab, "erase my data"); none when erased. */
  | { type: 'saved.change'; saved: QuizInput['saved'] }

const levelIdOf = (q: Questionnaire) => q.questions[0]?.id ?? ''
const lastOnPath = (c: QuizContext) =>
  visiblePath(c.questionnaire, c.length, c.answers).at(-1)?.question.id ??
  levelIdOf(c.questionnaire)
const isLevel = (c: QuizContext, id: string | undefined) =>
  id !== undefined && findQuestion(c.questionnaire, id)?.kind === 'level'
const reachable = (c: QuizContext, id: string | undefined) =>
  id !== undefined && isReachable(c.questionnaire, c.length, c.answers, id)
const frontier = (c: QuizContext) => firstUnansweredId(c.questionnaire, c.length, c.answers)
const hasProgress = (c: QuizContext) => Object.keys(c.answers).length > 0

/** Where "next" leads from the current question, once it is answered or skipped. */
function nextStop(c: QuizContext): string | undefined {
  if (c.editing) return nextUnansweredAfter(c.questionnaire, c.length, c.answers, c.currentId)
  return nextQuestionId(c.questionnaire, c.length, c.answers, c.currentId)
}

/** The context's saved part: length, answers (those the path keeps), started, finished. */
function fromSaved(questionnaire: Questionnaire, saved: QuizInput['saved']) {
  const length = saved?.length ?? 'short'
  return {
    length,
    answers: keptAnswers(questionnaire, length, saved?.answers ?? {}),
    started: saved !== undefined,
    finished: saved?.finished ?? false,
  }
}

function initialContext({ questionnaire, saved }: QuizInput): QuizContext {
  return {
    questionnaire,
    ...fromSaved(questionnaire, saved),
    currentId: levelIdOf(questionnaire),
    editing: false,
  }
}

export const questionnaireMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    input: {} as QuizInput,
  },
  guards: {
    isStarted: ({ context }) => context.started,
    hasProgress: ({ context }) => hasProgress(context),
    isFinished: ({ context }) =>
      context.started && hasProgress(context) && frontier(context) === undefined,
    frontierIsLevel: ({ context }) => context.started && isLevel(context, frontier(context)),
    isPossibleAnswer: ({ context, event }) => {
      assertEvent(event, 'answer.select')
      const question = findQuestion(context.questionnaire, context.currentId)
      if (question?.kind === 'multi' && Array.isArray(event.value) && event.value.length === 0)
        return true // unticking the last box clears the answer
      return question !== undefined && isValidAnswer(question, event.value)
    },
    isAnswered: ({ context }) => context.answers[context.currentId] !== undefined,
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
    asksForIntro: ({ event }) => {
      assertEvent(event, 'nav.goto')
      return event.questionId === undefined
    },
    canOpenLevel: ({ context, event }) => {
      assertEvent(event, ['nav.goto', 'review.edit'])
      return (
        context.started &&
        isLevel(context, event.questionId) &&
        reachable(context, event.questionId)
      )
    },
    canOpenQuestion: ({ context, event }) => {
      assertEvent(event, ['nav.goto', 'review.edit'])
      return context.started && reachable(context, event.questionId)
    },
    savedIsGone: ({ event }) => {
      assertEvent(event, 'saved.change')
      return event.saved === undefined
    },
    canOpenReview: ({ context, event }) => {
      assertEvent(event, 'nav.goto')
      return context.started && event.questionId === REVIEW_ID && frontier(context) === undefined
    },
  },
  actions: {
    /** Provided by the page (`machine.provide`): keeps length, answers and `finished` saved. */
    save: () => {},
    startFresh: assign(({ context, event }) => {
      assertEvent(event, 'quiz.start')
      return {
        length: event.length,
        answers: {},
        currentId: levelIdOf(context.questionnaire),
        editing: false,
        started: true,
        finished: false,
      }
    }),
    goToFirstUnanswered: assign(({ context }) => ({
      currentId: frontier(context) ?? context.currentId,
      editing: false,
    })),
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.select')
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
    openRequested: assign(({ event }) => {
      assertEvent(event, ['nav.goto', 'review.edit'])
      return {
        currentId: event.questionId,
        editing: event.type === 'review.edit' || event.fromReview === true,
      }
    }),
    stopEditing: assign({ editing: false }),
    takeSaved: assign(({ context, event }) => {
      assertEvent(event, 'saved.change')
      return fromSaved(context.questionnaire, event.saved)
    }),
    /** Asks to stay where the chart is: a place the new answers close gives the first open one. */
    stayOnQuestion: raise(({ context }) => ({
      type: 'nav.goto' as const,
      questionId: context.currentId,
      fromReview: context.editing,
    })),
    stayOnReview: raise({ type: 'nav.goto', questionId: REVIEW_ID }),
    markFinished: assign({ finished: true }),
  },
}).createMachine({
  id: 'questionnaire',
  context: ({ input }) => initialContext(input),
  initial: 'intro',
  on: {
    'nav.goto': [
      { guard: 'asksForIntro', target: '.intro', actions: 'stopEditing' },
      { guard: 'canOpenReview', target: '.review', actions: 'stopEditing' },
      { guard: 'canOpenLevel', target: '.question.level', actions: 'openRequested' },
      { guard: 'canOpenQuestion', target: '.question.asking', actions: 'openRequested' },
      // An address that cannot be opened yet (typed, or an old link): where the student left off.
      { guard: 'isFinished', target: '.review', actions: 'stopEditing' },
      { guard: 'frontierIsLevel', target: '.question.level', actions: 'goToFirstUnanswered' },
      { guard: 'isStarted', target: '.question.asking', actions: 'goToFirstUnanswered' },
    ],
    'saved.change': [
      { guard: 'savedIsGone', target: '.intro', actions: ['takeSaved', 'stopEditing'] },
      { actions: 'takeSaved' },
    ],
  },
  states: {
    intro: {
      on: {
        'quiz.start': { target: 'question.level', actions: ['startFresh', 'save'] },
        'quiz.resume': [
          { guard: 'isFinished', target: 'review' },
          { guard: 'hasProgress', target: 'question.asking', actions: 'goToFirstUnanswered' },
        ],
      },
    },
    question: {
      tags: ['question'],
      initial: 'asking',
      on: {
        'saved.change': { guard: not('savedIsGone'), actions: ['takeSaved', 'stayOnQuestion'] },
        'answer.select': { guard: 'isPossibleAnswer', actions: ['recordAnswer', 'save'] },
        'nav.next': [
          { guard: and(['isAnswered', 'leadsToReview']), target: 'review', actions: 'stopEditing' },
          { guard: 'isAnswered', target: '.asking', actions: 'goNext' },
        ],
        'nav.skip': [
          {
            guard: 'skipLeadsToReview',
            target: 'review',
            actions: ['recordSkip', 'stopEditing', 'save'],
          },
          { target: '.asking', actions: ['recordSkip', 'goNext', 'save'] },
        ],
      },
      states: {
        /** The first question, the student's level: "back" returns to the intro. */
        level: {
          on: { 'nav.back': { target: '#questionnaire.intro', actions: 'stopEditing' } },
        },
        asking: {
          on: {
            'nav.back': [
              { guard: 'backLeadsToLevel', target: 'level', actions: 'goBack' },
              { actions: 'goBack' },
            ],
          },
        },
      },
    },
    review: {
      on: {
        'saved.change': { guard: not('savedIsGone'), actions: ['takeSaved', 'stayOnReview'] },
        'review.edit': [
          { guard: 'canOpenLevel', target: 'question.level', actions: 'openRequested' },
          { guard: 'canOpenQuestion', target: 'question.asking', actions: 'openRequested' },
        ],
        'nav.back': { target: 'question.asking', actions: 'goToLast' },
        'nav.next': { target: 'done' },
      },
    },
    done: {
      entry: ['markFinished', 'save'],
      on: {
        // Leaving for the results: what another tab saves now is the results page's to read.
        'saved.change': {},
        'nav.back': { target: 'review' },
      },
    },
  },
})

export type QuizSnapshot = SnapshotFrom<typeof questionnaireMachine>
export type QuizActor = ActorRefFrom<typeof questionnaireMachine>

/**
 * The snapshot the quiz opens on: the saved answers, then the URL's place as the first `nav.goto`
 * (a place that cannot be opened yet gives where the student left off). Worked out with XState's
 * pure transitions, before the actor exists, so that the page never shows the intro on its way to
 * a question.
 */
export function openQuiz(input: QuizInput, place: QuizPlace, startNow?: QuizLength): QuizSnapshot {
  const [opened] = initialTransition(questionnaireMachine, input)
  // A start link (home's length choice) opens question 1, unless answers are waiting to resume.
  if (place.questionId === undefined && startNow && !hasProgress(opened.context))
    return transition(questionnaireMachine, opened, { type: 'quiz.start', length: startNow })[0]
  if (place.questionId === undefined) return opened
  return transition(questionnaireMachine, opened, { type: 'nav.goto', ...place })[0]
}

/** What the page shows for a snapshot: the one place that maps states to screens. */
export type QuizScreen = 'intro' | 'question' | 'review' | 'leaving'

export function screenOf(snapshot: QuizSnapshot): QuizScreen {
  if (snapshot.hasTag('question')) return 'question'
  if (snapshot.matches('review')) return 'review'
  if (snapshot.matches('intro')) return 'intro'
  return 'leaving'
}
