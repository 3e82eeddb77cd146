import { describe, expect, it } from 'vitest'
import type { Questionnaire } from '@/content/schemas'
import {
  estimatedMinutes,
  firstUnansweredId,
  isReachable,
  longestRemainingPath,
  nextQuestionId,
  nextUnansweredAfter,
  pathLengthBounds,
  previousQuestionId,
  progressAt,
  SECONDS_PER_QUESTION,
} from '@/lib/questionnaire/navigation'
import { tinyQuestionnaire as q } from '../../fixtures/questionnaire/tiny-questionnaire'

describe('moving through the questions', () => {
  it('goes to the next and previous question on the path', () => {
    expect(nextQuestionId(q, 'short', { gout: 'oui' }, 'gout')).toBe('calme')
    expect(nextQuestionId(q, 'short', { gout: 'oui' }, 'calme')).toBe('panne')
    expect(nextQuestionId(q, 'short', { gout: 'non', calme: 1 }, 'calme')).toBeUndefined()
    expect(previousQuestionId(q, 'short', {}, 'calme')).toBe('gout')
    expect(previousQuestionId(q, 'short', {}, 'niveau')).toBeUndefined()
  })

  it('finds the first question left unanswered; a skip counts as an answer', () => {
    expect(firstUnansweredId(q, 'short', {})).toBe('niveau')
    expect(firstUnansweredId(q, 'short', { niveau: null, gout: 'non' })).toBe('calme')
    expect(firstUnansweredId(q, 'short', { niveau: null, gout: 'non', calme: 2 })).toBeUndefined()
  })

  it('finds a newly opened question after an edited one', () => {
    const answers = { niveau: 'adulte', gout: 'oui', calme: 2 }
    expect(nextUnansweredAfter(q, 'short', answers, 'gout')).toBe('panne')
  })

  it('lets a student open answered questions and the first open one, not beyond', () => {
    const answers = { niveau: 'adulte', gout: 'non' }
    expect(isReachable(q, 'short', answers, 'gout')).toBe(true)
    expect(isReachable(q, 'short', answers, 'calme')).toBe(true)
    expect(isReachable(q, 'short', { niveau: 'adulte' }, 'calme')).toBe(false)
    expect(isReachable(q, 'short', answers, 'panne')).toBe(false)
    expect(isReachable(q, 'short', answers, 'nulle-part')).toBe(false)
  })
})

describe('progress and the longest remaining path', () => {
  it('counts the longest path any remaining answers could still open', () => {
    // short: niveau, gout, calme, then panne and combo if gout = oui
    expect(longestRemainingPath(q, 'short', {}, 'niveau')).toBe(5)
    expect(longestRemainingPath(q, 'short', { niveau: 'adulte', gout: 'non' }, 'calme')).toBe(2)
    expect(longestRemainingPath(q, 'short', { niveau: 'adulte', gout: 'oui' }, 'calme')).toBe(3)
  })

  it('does not depend on the answer to the current question or later ones', () => {
    const before = { niveau: 'adulte' }
    expect(progressAt(q, 'short', { ...before, gout: 'non' }, 'gout')).toEqual(
      progressAt(q, 'short', before, 'gout'),
    )
  })

  it('reads "question n of m" and m shrinks only as branches close', () => {
    expect(progressAt(q, 'short', {}, 'niveau')).toEqual({ position: 1, total: 5 })
    expect(progressAt(q, 'short', { niveau: 'adulte', gout: 'non' }, 'calme')).toEqual({
      position: 3,
      total: 4,
    })
    expect(progressAt(q, 'short', { niveau: 'adulte', gout: 'oui' }, 'calme')).toEqual({
      position: 3,
      total: 5,
    })
  })

  it('keeps a progress once worked out, and works it out again when an answer changes', () => {
    const answers: Record<string, string> = { niveau: 'adulte', gout: 'non' }
    const first = progressAt(q, 'short', answers, 'calme')
    expect(progressAt(q, 'short', { ...answers }, 'calme')).toBe(first)
    // Even an answer changed in place is not mistaken for the one kept.
    answers.gout = 'oui'
    expect(progressAt(q, 'short', answers, 'calme')).toEqual({ position: 3, total: 5 })
    expect(progressAt(q, 'full', answers, 'calme')).not.toBe(
      progressAt(q, 'short', answers, 'calme'),
    )
  })

  it('follows exclusive branches exactly: two sections on different options count once', () => {
    const exclusive: Questionnaire = {
      ...q,
      sections: [
        { id: 'base', title: q.sections[0]!.title },
        {
          id: 'a',
          title: q.sections[0]!.title,
          showIf: { answer: { question: 'gout', anyOf: ['oui'] } },
        },
        {
          id: 'b',
          title: q.sections[0]!.title,
          showIf: { answer: { question: 'gout', anyOf: ['non'] } },
        },
      ],
      questions: [
        q.questions[0]!,
        q.questions[1]!,
        { ...q.questions[3]!, id: 'a1', section: 'a' } as Questionnaire['questions'][number],
        { ...q.questions[3]!, id: 'a2', section: 'a' } as Questionnaire['questions'][number],
        { ...q.questions[3]!, id: 'b1', section: 'b' } as Questionnaire['questions'][number],
      ],
    }
    expect(longestRemainingPath(exclusive, 'short', {}, 'niveau')).toBe(4)
  })

  it('can measure the path in anything, such as the bits an answer takes', () => {
    expect(
      longestRemainingPath(q, 'short', {}, 'niveau', (question) =>
        question.kind === 'scale' ? 10 : 1,
      ),
    ).toBe(23)
  })
})

describe('estimatedMinutes', () => {
  it('counts the longest path at SECONDS_PER_QUESTION, at least one minute', () => {
    for (const length of ['short', 'full'] as const) {
      const { max } = pathLengthBounds(q, length)
      expect(estimatedMinutes(q, length)).toBe(
        Math.max(1, Math.round((max * SECONDS_PER_QUESTION) / 60)),
      )
    }
    expect(estimatedMinutes({ ...q, questions: [] }, 'short')).toBe(1)
  })
})
