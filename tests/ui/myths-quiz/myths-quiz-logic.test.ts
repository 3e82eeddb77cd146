import { describe, expect, it } from 'vitest'
import {
  answeredRight,
  isLastStatement,
  mythsQuizReducer,
  mythsQuizScore,
  resumeMythsQuiz,
  startMythsQuiz,
  type MythsQuizEvent,
  type MythsQuizState,
} from '@/ui/myths-quiz/myths-quiz-logic'

const play = (state: MythsQuizState, ...events: MythsQuizEvent[]) =>
  events.reduce(mythsQuizReducer, state)
const answer = (value: boolean): MythsQuizEvent => ({ type: 'quiz.answer', value })
const next: MythsQuizEvent = { type: 'quiz.next' }

describe('the "Vrai ou faux ?" reducer', () => {
  const start = startMythsQuiz([false, true, false])

  it('starts on the first statement, asking', () => {
    expect(start).toMatchObject({ index: 0, given: [], phase: 'asking' })
    expect(mythsQuizScore(start)).toBe(0)
    expect(answeredRight(start, 0)).toBeUndefined()
  })

  it('answers, shows the feedback, then moves on', () => {
    const answered = play(start, answer(false))
    expect(answered).toMatchObject({ index: 0, given: [false], phase: 'feedback' })
    expect(answeredRight(answered, 0)).toBe(true)
    expect(play(answered, next)).toMatchObject({ index: 1, phase: 'asking' })
  })

  it('ignores a second answer and a "next" before answering', () => {
    const answered = play(start, answer(true))
    expect(play(answered, answer(false))).toBe(answered)
    expect(play(start, next)).toBe(start)
  })

  it('finishes after the last statement with the score', () => {
    const mid = play(start, answer(false), next, answer(false), next)
    expect(isLastStatement(mid)).toBe(true)
    const end = play(mid, answer(false), next)
    expect(end.phase).toBe('finished')
    expect(end.given).toEqual([false, false, false])
    expect(mythsQuizScore(end)).toBe(2)
    expect(answeredRight(end, 1)).toBe(false)
    expect(play(end, next)).toBe(end)
  })

  it('starts again from scratch on restart', () => {
    const end = play(start, answer(true), next, answer(true), next, answer(true), next)
    expect(mythsQuizScore(end)).toBe(1)
    expect(play(end, { type: 'quiz.restart' })).toEqual(start)
  })

  it('has nothing to ask without statements', () => {
    expect(startMythsQuiz([]).phase).toBe('finished')
  })
})

describe('resumeMythsQuiz', () => {
  const key = [true, false, true]
  it('resumes a game saved on its way: asking, feedback, finished', () => {
    for (const saved of [
      { index: 1, given: [true], phase: 'asking' },
      { index: 1, given: [true, true], phase: 'feedback' },
      { index: 2, given: [true, true, false], phase: 'finished' },
    ])
      expect(resumeMythsQuiz(saved, key)).toEqual({ answerKey: key, ...saved })
  })

  it('starts again from anything that is not a game over these statements', () => {
    for (const saved of [
      undefined,
      null,
      'x',
      { index: 5, given: [], phase: 'asking' },
      { index: 1, given: [], phase: 'asking' },
      { index: 1, given: [true, 'no'], phase: 'feedback' },
      { index: 0, given: [true], phase: 'finished' },
      { index: 1.5, given: [true], phase: 'asking' },
      { index: 1, given: [true], phase: 'won' },
    ])
      expect(resumeMythsQuiz(saved, key)).toEqual(startMythsQuiz(key))
  })
})
