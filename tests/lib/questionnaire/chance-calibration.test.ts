// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { QuestionnaireShape, QuestionShape } from '@/content/schemas'
import { answerIndex, DIMENSION_COUNT, questionChance } from '@/lib/questionnaire/answer-evidence'
import { findQuestion, questionsOf, type QuizLength } from '@/lib/questionnaire/answers'
import {
  CHANCE_SAMPLES,
  chanceFor,
  chanceInSlices,
  seededRandom,
  type Chance,
} from '@/lib/questionnaire/chance-calibration'
import { appealOf, type FitRole } from '@/lib/questionnaire/role-fit'
import { PathWalker } from '@/lib/questionnaire/visibility'
import { realContent } from '../../fixtures/questionnaire/real-content'

const hash = (text: string) => {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

/**
 * The calibration as first written: each random walk through PathWalker, each pick summed through
 * the scoring's own tables. The fast walk (rules compiled over arrays, sums worked out per answer)
 * must give exactly the same numbers.
 */
function referenceChance(
  questions: { questions: readonly QuestionShape[] },
  shape: QuestionnaireShape,
  roles: readonly FitRole[],
  length: QuizLength,
  skipped: ReadonlySet<string>,
): Chance {
  const random = seededRandom(hash(`${length}|${[...skipped].sort().join(' ')}`))
  const best = new Float64Array(CHANCE_SAMPLES)
  const lean = new Float64Array(CHANCE_SAMPLES)
  const walker = new PathWalker(shape)
  for (let n = 0; n < CHANCE_SAMPLES; n++) {
    walker.reset()
    const fits = new Float64Array(roles.length)
    const room = new Float64Array(roles.length)
    const sum = new Float64Array(DIMENSION_COUNT)
    const variance = new Float64Array(DIMENSION_COUNT)
    let picked = 0
    for (const question of questionsOf(shape, length)) {
      if (!walker.isShown(question)) continue
      if (question.kind === 'level' || skipped.has(question.id)) {
        walker.keep(question, null)
        continue
      }
      const possible = questionChance(question).answers
      const answer = possible[Math.floor(random() * possible.length)] ?? null
      walker.keep(question, answer)
      const current = findQuestion(questions, question.id)
      if (!current || answer === null) continue
      const index = answerIndex(current, answer)
      if (index < 0) continue
      picked++
      const { values, best: top, mean } = appealOf(roles, current)
      for (let r = 0; r < roles.length; r++) {
        fits[r]! += values[r]![index]! - mean[r]!
        room[r]! += top[r]! - mean[r]!
      }
      const chance = questionChance(current)
      const given = chance.contributions[index]
      if (!given) continue
      for (let d = 0; d < DIMENSION_COUNT; d++) {
        sum[d]! += given[d]! - chance.mean[d]!
        variance[d]! += chance.variance[d]!
      }
    }
    let bestFit = -Infinity
    for (let r = 0; r < roles.length; r++)
      bestFit = Math.max(bestFit, room[r]! > 0 ? fits[r]! / room[r]! : 0)
    best[n] = picked ? bestFit : 0
    let length2 = 0
    for (let d = 0; d < DIMENSION_COUNT; d++)
      if (variance[d]! > 0) length2 += sum[d]! ** 2 / variance[d]!
    lean[n] = Math.sqrt(length2)
  }
  return { best: best.sort(), lean: lean.sort() }
}

describe('chance calibration', () => {
  const content = realContent()
  const shapes: [string, QuestionnaireShape][] = [
    ['today', content.questionnaire],
    ...content.releasedQuestionnaires.map((shape): [string, QuestionnaireShape] => [
      `version ${shape.version}`,
      shape,
    ]),
  ]

  it.each(shapes)('gives exactly what a walk through PathWalker gives (%s)', (_, shape) => {
    for (const length of ['short', 'full'] as const) {
      const ids = questionsOf(shape, length)
        .filter((q) => q.kind !== 'level')
        .map((q) => q.id)
      // No skip; the first question (it opens or closes branches); two from the middle; the last.
      const skipSets = [[], ids.slice(0, 1), ids.slice(3, 5), ids.slice(-1)]
      for (const skips of skipSets) {
        const skipped = new Set(skips)
        const fast = chanceFor(content.questionnaire, shape, content.roles, length, skipped)
        const reference = referenceChance(
          content.questionnaire,
          shape,
          content.roles,
          length,
          skipped,
        )
        expect([...fast.best], `${length}, skipped ${skips.join(' ')}`).toEqual([...reference.best])
        expect([...fast.lean], `${length}, skipped ${skips.join(' ')}`).toEqual([...reference.lean])
      }
    }
  })

  it('walks branches: a skip that closes a branch changes what random answers give', () => {
    const shape = content.questionnaire
    const opener = shape.questions.find((q) =>
      shape.questions.some(
        (other) =>
          other.showIf &&
          'answer' in other.showIf &&
          other.showIf.answer.question === q.id &&
          questionsOf(shape, 'full').includes(other),
      ),
    )
    expect(opener, 'the questionnaire has a question that opens a branch').toBeDefined()
    const none = chanceFor(content.questionnaire, shape, content.roles, 'full', new Set())
    const closed = chanceFor(
      content.questionnaire,
      shape,
      content.roles,
      'full',
      new Set([opener!.id]),
    )
    expect([...closed.best]).not.toEqual([...none.best])
  })

  describe('in slices', () => {
    // A copy of the roles is a calibration of its own (the cache is per roles list).
    const freshRoles = () => [...content.roles]
    const today = content.questionnaire
    const skipped = new Set<string>()
    const whole = (roles: FitRole[], length: QuizLength) =>
      chanceFor(today, today, roles, length, skipped)
    // Slices of 0 ms: a pause at every place a slice may end, so that the count is exact.
    const sliced = (roles: FitRole[], length: QuizLength, pause: () => Promise<unknown>) =>
      chanceInSlices(today, today, roles, length, skipped, pause, 0)
    // Between two questions of the plan (twice: weights, then evidence), then before each walk.
    const placesToPause = (length: QuizLength) =>
      2 * (questionsOf(today, length).length - 1) + CHANCE_SAMPLES

    it('gives exactly chanceFor’s numbers, pausing between slices', async () => {
      let pauses = 0
      const inSlices = await sliced(freshRoles(), 'short', async () => pauses++)
      const atOnce = whole(freshRoles(), 'short')
      expect([...inSlices.best]).toEqual([...atOnce.best])
      expect([...inSlices.lean]).toEqual([...atOnce.lean])
      // A fresh roles list plans afresh: it pauses within the plan too.
      expect(pauses).toBe(placesToPause('short'))
    })

    it('pauses only once a slice has lasted its time', async () => {
      let pauses = 0
      // A whole minute per slice: the calibration (well under a second) never pauses.
      await chanceInSlices(
        today,
        today,
        freshRoles(),
        'short',
        skipped,
        async () => pauses++,
        60_000,
      )
      expect(pauses).toBe(0)
    })

    it('is cached: chanceFor afterwards returns the same calibration', async () => {
      const roles = freshRoles()
      const inSlices = await sliced(roles, 'full', () => Promise.resolve())
      expect(whole(roles, 'full')).toBe(inSlices)
    })

    it('stops early when chanceFor finished the same calibration meanwhile', async () => {
      const roles = freshRoles()
      let pauses = 0
      let atOnce: Chance | undefined
      // Before the second walk, after the plan.
      const stopAt = placesToPause('full') - CHANCE_SAMPLES + 2
      const inSlices = await sliced(roles, 'full', async () => {
        pauses++
        if (pauses === stopAt) atOnce = whole(roles, 'full')
      })
      expect(inSlices).toBe(atOnce)
      expect(pauses).toBe(stopAt)
    })
  })
})
