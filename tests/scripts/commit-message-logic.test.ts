import { describe, expect, it } from 'vitest'
import { commitMessageProblems } from '../../scripts/commit-message-logic'

const why = 'The quiz rebuilt its actor on every question, so focus and Back were lost.'

describe('commitMessageProblems', () => {
  it('accepts a short subject, a blank line and a body that says why', () => {
    expect(
      commitMessageProblems(`Quiz: one actor for the whole questionnaire\n\n${why}\n`),
    ).toEqual([])
  })

  it('counts the subject in characters, accents included, up to 72', () => {
    expect(commitMessageProblems(`${'é'.repeat(72)}\n\n${why}`)).toEqual([])
    expect(commitMessageProblems(`${'a'.repeat(73)}\n\n${why}`)).toEqual([
      'the subject has 73 characters (72 at most)',
    ])
  })

  it('asks for a body, long enough to say why, not counting trailers', () => {
    expect(commitMessageProblems('Fix the quiz')).toEqual([
      'there is no body: say why the change was made',
    ])
    expect(commitMessageProblems('Fix the quiz\n\nwip')).toEqual([
      'the body is too short to say why (3 characters, 30 at least)',
    ])
    expect(commitMessageProblems('Fix the quiz\n\nCo-authored-by: A <a@example.org>')).toEqual([
      'there is no body: say why the change was made',
    ])
  })

  it('wants a blank line between the subject and the body', () => {
    expect(commitMessageProblems(`Fix the quiz\n${why}`)).toContain(
      'a blank line must separate the subject from the body',
    )
  })
})
