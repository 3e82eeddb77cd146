// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Profile, Question } from '@/content/schemas'
import { DIMENSIONS } from '@/content/vocabulary'
import { questionChance } from '@/lib/questionnaire/answer-evidence'
import { answerToDigit } from '@/lib/questionnaire/answer-digits'
import type { Answer, QuizLength } from '@/lib/questionnaire/answers'
import { seededRandom } from '@/lib/questionnaire/chance-calibration'
import { contribution } from '@/lib/questionnaire/dimension-levels'
import { computeResults, prepareResults, type QuizResults } from '@/lib/questionnaire/scoring-logic'
import { completeAnswers, walk } from '../../fixtures/questionnaire/answer-arbitrary'
import { PERSONAS } from '../../fixtures/questionnaire/personas'
import { realContent } from '../../fixtures/questionnaire/real-content'

const { questionnaire, roles, releasedQuestionnaires } = realContent()
const PHONE_HEAVY = roles.filter((r) => r.profile.phone === 3).map((r) => r.id)
const question = (id: string) => questionnaire.questions.find((q) => q.id === id) as Question

/** A student who answers as listed; any other question shown gets `otherwise` (or is skipped). */
function persona(
  length: QuizLength,
  picks: Readonly<Record<string, Answer>>,
  otherwise?: (id: string) => Answer,
) {
  const quiz = walk(questionnaire, length, (id) => {
    const answer = picks[id] ?? otherwise?.(id)
    return answer !== undefined ? answerToDigit(question(id), answer) : 0
  })
  return { quiz, results: computeResults(questionnaire, roles, quiz) }
}
/** The answer a student with this profile likes best, for each question (the level aside). */
const idealFor =
  (profile: Profile) =>
  (id: string): Answer => {
    const chance = questionChance(question(id))
    const appeal = chance.contributions.map((c) =>
      DIMENSIONS.reduce((sum, d, k) => sum + c[k]! * (profile[d] - 1.5), 0),
    )
    return chance.answers[appeal.indexOf(Math.max(...appeal))]!
  }
const first = (results: QuizResults) => results.ranking[0]
const told = (r: QuizResults) =>
  r.notInformative ? 'cannot-tell' : r.someRoleFits ? 'fits' : 'no-fit'

/** In the full questionnaire, the answers the persona did not give in the short one. */
const fullExtras = {
  fixer: {
    aider: 3,
    ecrire: 4,
    chiffres: 4,
    'devant-groupe': 2,
    outils: 5,
    'ecoute-qualite': 'grille',
    reclamation: 'reprendre',
    objectifs: 'raisonnables',
    teletravail: 'mixte',
    horaires: 'prevu',
    secteurs: ['telecom'],
    bug: 'fouiller',
  },
  leader: {
    aider: 5,
    ecrire: 3,
    chiffres: 4,
    'devant-groupe': 5,
    outils: 3,
    'ecoute-qualite': 'former',
    reclamation: 'appeler',
    objectifs: 'motive',
    teletravail: 'equipe',
    horaires: 'ok',
    secteurs: ['public'],
    'dire-ameliorer': 5,
  },
} satisfies Record<string, Record<string, Answer>>

describe('roles that fit, on the real questionnaire and roles', () => {
  it.each(['short', 'full'] as const)(
    '%s: a student who likes fixing things gets technical support first, and close',
    (length) => {
      const { results } = persona(length, { ...PERSONAS.fixer, ...fullExtras.fixer })
      expect(told(results)).toBe('fits')
      expect(first(results)).toMatchObject({
        roleId: 'support-technique',
        closeness: expect.stringMatching(/close/),
      })
      expect(first(results)?.reasons.map((r) => r.dimension)).toContain('technical')
    },
  )

  it.each(['short', 'full'] as const)(
    '%s: a student who wants to lead a team gets supervisor first, for what they said about leading',
    (length) => {
      const { results } = persona(length, { ...PERSONAS.leader, ...fullExtras.leader })
      expect(first(results)?.roleId).toBe('superviseur')
      expect(first(results)?.closeness).toBe('very-close')
      expect(first(results)?.reasons).toEqual(
        expect.arrayContaining([expect.objectContaining({ dimension: 'leadership' })]),
      )
    },
  )

  it('the student level counts for the next steps only, never for the ranking', () => {
    const bacPro = persona('short', PERSONAS.fixer).results
    const adult = persona('short', { ...PERSONAS.fixer, niveau: 'adulte' }).results
    expect(bacPro.studentLevel).toBe('bac-pro')
    expect(adult.ranking).toEqual(bacPro.ranking)
  })

  it("a role's own ideal answers fit it completely", () => {
    const role = roles.find((r) => r.id === 'planificateur')!
    const ideal = idealFor(role.profile)
    const { results } = persona('full', {}, (id) => (id === 'niveau' ? 'adulte' : ideal(id)))
    expect(first(results)).toMatchObject({
      roleId: 'planificateur',
      score: 100,
      closeness: 'very-close',
    })
  })

  describe('a student who is half one role, half another', () => {
    const mixOf = (a: string, b: string) => {
      const [pa, pb] = [a, b].map((id) => roles.find((r) => r.id === id)!.profile)
      const mean = Object.fromEntries(DIMENSIONS.map((d) => [d, (pa![d] + pb![d]) / 2])) as Profile
      const ideal = idealFor(mean)
      return persona('short', {}, (id) => (id === 'niveau' ? 'adulte' : ideal(id))).results
    }
    const firstThree = (r: QuizResults) => r.ranking.slice(0, 3).map((m) => m.roleId)

    it.each([
      ['back-office', 'superviseur'],
      ['relation-client-digitale', 'superviseur'],
    ])('%s + %s: both in the first three, though a third role sits between them', (a, b) => {
      const results = mixOf(a, b)
      expect(firstThree(results)).toEqual(expect.arrayContaining([a, b]))
      expect(results.ranking.find((m) => m.completes)?.completes).toMatch(new RegExp(`${a}|${b}`))
    })

    it('for most pairs of roles, answering as their exact mix', () => {
      const pairs = roles.flatMap((a, i) => roles.slice(i + 1).map((b) => [a.id, b.id] as const))
      const both = pairs.filter(([a, b]) => {
        const three = firstThree(mixOf(a, b))
        return three.includes(a) && three.includes(b)
      })
      expect(both.length / pairs.length).toBeGreaterThanOrEqual(2 / 3)
    })
  })

  it('shows a tie as a tie: two roles with the same profile are tied, in the content order', () => {
    const twin = { ...roles[0]!, id: 'jumeau' }
    const withTwin = [...roles, twin]
    const { quiz } = persona('short', PERSONAS.fixer)
    const results = computeResults(questionnaire, withTwin, quiz)
    const original = results.ranking.find((m) => m.roleId === roles[0]!.id)!
    expect(original.tiedWith).toContain('jumeau')
    expect(results.ranking.find((m) => m.roleId === 'jumeau')?.tiedWith).toContain(roles[0]!.id)
    const places = results.ranking.map((m) => m.roleId)
    expect(places.indexOf(roles[0]!.id)).toBeLessThan(places.indexOf('jumeau'))
  })
})

describe('dealbreakers: a plain refusal sets roles aside, kindly', () => {
  const averse = persona('short', PERSONAS.phoneAndStressAverse).results

  it('the "dislikes phone and stress" persona gets no phone-heavy role as a fit', () => {
    expect(PHONE_HEAVY.length).toBeGreaterThanOrEqual(3)
    for (const id of PHONE_HEAVY) {
      const match = averse.ranking.find((m) => m.roleId === id)!
      expect(match.closeness).toBe('explore')
      expect(match.setAside).toBeDefined()
    }
    expect(averse.someRoleFits).toBe(false)
  })

  it('says which answer set each role aside, and ranks those roles last', () => {
    const clientele = averse.ranking.find((m) => m.roleId === 'conseiller-clientele')
    expect(clientele?.setAside).toEqual({
      dealbreaker: expect.stringMatching(/phone|pressure/),
      because: {
        questionId: expect.stringMatching(/telephone-journee|client-colere|urgence/),
        answer: expect.anything(),
      },
    })
    const places = averse.ranking.map((m) => !!m.setAside)
    expect(places).toEqual([...places].sort((a, b) => Number(a) - Number(b)))
    expect(averse.refusals.map((r) => r.dealbreaker).sort()).toEqual([
      'phone',
      'pressure',
      'pressure',
    ])
  })

  it('one refusal is enough: "Pas du tout d’accord" to the phone all day sets aside the phone roles', () => {
    const { results } = persona('short', { ...PERSONAS.leader, 'telephone-journee': 1 })
    const aside = results.ranking.filter((m) => m.setAside).map((m) => m.roleId)
    expect(aside.sort()).toEqual(
      roles
        .filter((r) => r.requires?.includes('phone'))
        .map((r) => r.id)
        .sort(),
    )
    expect(results.ranking[0]?.setAside).toBeUndefined()
  })
})

describe('honest "I can’t tell yet"', () => {
  it('a student far from every role hears that no role fits (not that the answers say nothing)', () => {
    const { results } = persona('short', PERSONAS.faraway)
    expect(told(results)).toBe('no-fit')
    expect(results.ranking.every((m) => m.closeness === 'explore')).toBe(true)
  })

  it('too many skipped questions', () => {
    const { results } = persona('short', PERSONAS.skipper)
    expect(results.notInformative).toBe('too-many-skipped')
    expect(results.skipped).toBeGreaterThan(results.answered)
  })

  it.each([
    ['the first option every time', () => 1],
    ['the second option every time', () => 2],
    ['the last option every time', (_: string, radix: number) => radix - 1],
  ])('straight-lining by position: %s (whatever the options say)', (_, place) => {
    for (const length of ['short', 'full'] as const) {
      const quiz = walk(questionnaire, length, (id, radix) =>
        question(id).kind === 'level' ? 1 : place(id, radix),
      )
      expect(computeResults(questionnaire, roles, quiz).notInformative).toBe('straight-line')
    }
  })

  it('contradictions: "langues" ticked, then no language at all', () => {
    const { results } = persona('short', {
      ...PERSONAS.leader,
      envies: ['langues'],
      'quelle-langue': 'pas-encore',
    })
    expect(results.notInformative).toBe('contradictions')
    expect(results.contradictions).toEqual([
      [
        { questionId: 'envies', answer: ['langues'] },
        { questionId: 'quelle-langue', answer: 'pas-encore' },
      ],
    ])
  })

  it('contradictions: the phone all day suits me, then someone else should take this call', () => {
    const { results } = persona('short', {
      ...PERSONAS.leader,
      'telephone-journee': 5,
      'client-colere': 'passer',
    })
    expect(results.notInformative).toBe('contradictions')
  })

  it('random answers: nearly always "I can’t tell yet", almost never a role that fits', () => {
    const verdicts = { 'cannot-tell': 0, fits: 0, 'no-fit': 0 }
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed)
      const length = seed % 2 ? 'short' : 'full'
      const quiz = walk(questionnaire, length, (_, radix) => 1 + Math.floor(random() * (radix - 1)))
      verdicts[told(computeResults(questionnaire, roles, quiz))]++
    }
    expect(verdicts['cannot-tell']).toBeGreaterThanOrEqual(170)
    expect(verdicts.fits).toBeLessThanOrEqual(10)
  })

  it('gives the same words for the same answers every time (the calibration is seeded)', () => {
    const a = persona('full', PERSONAS.leader).results
    const b = computeResults(questionnaire, [...roles], persona('full', PERSONAS.leader).quiz)
    expect(b.ranking.map((m) => [m.roleId, m.closeness, m.score])).toEqual(
      a.ranking.map((m) => [m.roleId, m.closeness, m.score]),
    )
    expect(b.clarity).toBe(a.clarity)
  })
})

// Property tests calibrate against chance once per pattern of skips: give them room on a busy machine.
describe('reasons and points to check', { timeout: 60_000 }, () => {
  /** Every explained role of a result: reasons and hurdle never share an answer, and a hurdle's answer lowered that very dimension. */
  function expectSound(results: QuizResults, answers: Readonly<Record<string, Answer | null>>) {
    for (const match of results.ranking) {
      const because = match.hurdle?.because
      if (!because) continue
      expect(match.reasons.map((r) => r.questionId)).not.toContain(because.questionId)
      const given = answers[because.questionId]
      expect(given).toEqual(because.answer)
      const lowered = contribution(question(because.questionId), because.answer)[
        match.hurdle!.dimension
      ]
      expect(lowered).toBeLessThan(0)
    }
    for (const match of results.ranking)
      for (const reason of match.reasons) {
        const added = contribution(question(reason.questionId), reason.answer)
        expect(added[reason.dimension]).toBeGreaterThan(0)
        const role = roles.find((r) => r.id === match.roleId)!
        expect(role.profile[reason.dimension]).toBeGreaterThanOrEqual(2)
      }
  }

  it('never give the same answer as a reason and as the point to check, on any answers', () => {
    fc.assert(
      fc.property(completeAnswers(questionnaire), (quiz) => {
        expectSound(computeResults(questionnaire, roles, quiz), quiz.answers)
      }),
      { numRuns: 120 },
    )
  })

  it('never blame a kind answer for a dimension it says nothing about (the techy and the sociable student of issue 10)', () => {
    const techy = persona('short', { ...PERSONAS.fixer, urgence: 'contrat' })
    const sociable = persona('short', {
      ...PERSONAS.leader,
      expose: 'expliquer',
      envies: ['langues'],
      'quelle-langue': 'parlee',
    })
    for (const { quiz, results } of [techy, sociable]) expectSound(results, quiz.answers)
    const multilingue = sociable.results.ranking.find((m) => m.roleId === 'conseiller-multilingue')
    expect(multilingue?.hurdle?.because?.questionId).not.toBe('expose')
  })

  it('name the answer that lowered a need, and otherwise blame no answer', () => {
    const { results } = persona('short', { ...PERSONAS.leader, calme: 1 })
    const withHurdle = results.ranking.filter((m) => m.hurdle?.dimension === 'empathy')
    for (const m of withHurdle) expect(m.hurdle?.because?.questionId).toBe('calme')
  })
})

describe('result codes from an older questionnaire version', () => {
  it('score through that version’s questions: its short path is not "skipped" today', () => {
    const v1 = releasedQuestionnaires.find((r) => r.version === 1)!
    expect(v1).toBeDefined()
    const quiz = { version: 1, length: 'short' as const, answers: PERSONAS.leader }
    const results = computeResults(questionnaire, roles, quiz, releasedQuestionnaires)
    // v1's short quiz did not ask reseau-plainte: the answer is ignored, not counted as skipped.
    expect(results.skipped).toBe(0)
    expect(results.answered).toBe(13)
    expect(first(results)?.roleId).toBe('superviseur')
  })
})

describe('results prepared ahead, in slices', () => {
  it('do nothing in the caller’s task, then give computeResults the same numbers', async () => {
    const ownRoles = [...roles] // a calibration of its own: the cache is per roles list
    const { quiz, results } = persona('short', PERSONAS.fixer)
    const steps: string[] = []
    const watched = {
      ...quiz,
      get answers() {
        steps.push('answers read')
        return quiz.answers
      },
    }
    const preparing = prepareResults(questionnaire, ownRoles, watched, [], async () => {
      steps.push('pause')
    })
    // The page's first draw calls this: it must hold none of the work, not even the answers.
    expect(steps).toEqual(['pause'])
    await preparing
    expect(steps).toContain('answers read')
    expect(computeResults(questionnaire, ownRoles, quiz)).toEqual(results)
  })
})
