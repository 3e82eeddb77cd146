/**
 * The "Vrai ou faux ?" game as a pure reducer: one statement at a time, an answer, the
 * feedback, the next statement, a score at the end. No React: a page plays it with
 * `useReducer`, and the class mode can project the same state.
 */

export type MythsQuizPhase = 'asking' | 'feedback' | 'finished'

export interface MythsQuizState {
  /** The right answer (true = "vrai") of each statement, in the order they are asked. */
  answerKey: readonly boolean[]
  /** The statement being asked or explained. */
  index: number
  /** What the player said, statement by statement, so far. */
  given: readonly boolean[]
  phase: MythsQuizPhase
}

export type MythsQuizEvent =
  { type: 'quiz.answer'; value: boolean } | { type: 'quiz.next' } | { type: 'quiz.restart' }

/** A new game over statements whose right answers are `answerKey`. */
export function startMythsQuiz(answerKey: readonly boolean[]): MythsQuizState {
  return {
    answerKey,
    index: 0,
    given: [],
    phase: answerKey.length > 0 ? 'asking' : 'finished',
  }
}

/**
 * A game saved earlier (a reload in the middle of a class), if it is still a game over these
 * statements; otherwise a new game. Never trusts the saved shape.
 */
export function resumeMythsQuiz(saved: unknown, answerKey: readonly boolean[]): MythsQuizState {
  const fresh = startMythsQuiz(answerKey)
  if (typeof saved !== 'object' || saved === null) return fresh
  const { index, given, phase } = saved as Record<string, unknown>
  const total = answerKey.length
  if (
    typeof index !== 'number' ||
    !Number.isInteger(index) ||
    index < 0 ||
    index >= total ||
    !Array.isArray(given) ||
    !given.every((g) => typeof g === 'boolean') ||
    (phase !== 'asking' && phase !== 'feedback' && phase !== 'finished')
  )
    return fresh
  // Asking statement i: i answers given; its feedback or the end: i + 1.
  const expected = phase === 'asking' ? index : index + 1
  if (given.length !== expected || (phase === 'finished' && index !== total - 1)) return fresh
  return { answerKey, index, given: given as boolean[], phase }
}

/**
 * The next state. Events that make no sense in the current phase (answering twice, moving on
 * before answering) leave the state as it is, so a double click cannot skip a statement.
 */
export function mythsQuizReducer(state: MythsQuizState, event: MythsQuizEvent): MythsQuizState {
  switch (event.type) {
    case 'quiz.answer':
      if (state.phase !== 'asking') return state
      return { ...state, given: [...state.given, event.value], phase: 'feedback' }
    case 'quiz.next':
      if (state.phase !== 'feedback') return state
      return state.index + 1 < state.answerKey.length
        ? { ...state, index: state.index + 1, phase: 'asking' }
        : { ...state, phase: 'finished' }
    case 'quiz.restart':
      return startMythsQuiz(state.answerKey)
  }
}

/** Whether the player's answer to statement `index` was right (undefined before answering). */
export function answeredRight(state: MythsQuizState, index: number): boolean | undefined {
  const given = state.given[index]
  return given === undefined ? undefined : given === state.answerKey[index]
}

/** How many statements the player got right so far. */
export function mythsQuizScore(state: MythsQuizState): number {
  return state.given.filter((value, i) => value === state.answerKey[i]).length
}

/** Whether the current statement is the last one. */
export function isLastStatement(state: MythsQuizState): boolean {
  return state.index === state.answerKey.length - 1
}
