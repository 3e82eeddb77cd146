// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Profile } from '@/content/schemas'
import { DIMENSIONS } from '@/content/vocabulary'
import type { Answer, QuizLength } from '@/lib/questionnaire/answers'
import { answerToDigit } from '@/lib/questionnaire/answer-digits'
import { computeResults, FIT_THRESHOLD, matchScore } from '@/lib/questionnaire/scoring-logic'
import { walk } from '../../fixtures/questionnaire/answer-arbitrary'
import { realContent } from '../../fixtures/questionnaire/real-content'

const { questionnaire, roles } = realContent()
const PHONE_ROLES = roles.filter((r) => r.profile.phone === 3).map((r) => r.id)

/** A student who answers as listed; any other question shown gets `otherwise` (or is skipped). */
function persona(
  length: QuizLength,
  picks: Record<string, Answer>,
  otherwise?: (id: string) => Answer,
) {
  const quiz = walk(questionnaire, length, (id) => {
    const question = questionnaire.questions.find((q) => q.id === id)
    const answer = picks[id] ?? otherwise?.(id)
    return question && answer !== undefined ? answerToDigit(question, answer) : 0
  })
  return { quiz, results: computeResults(questionnaire, roles, quiz) }
}
const top = (results: ReturnType<typeof computeResults>, n = 3) =>
  results.ranking.slice(0, n).map((m) => m.roleId)

const fixer = {
  niveau: 'bac-pro',
  'portes-ouvertes': 'materiel',
  expose: 'rediger',
  aider: 4,
  ecrire: 5,
  chiffres: 3,
  'devant-groupe': 2,
  outils: 5,
  'client-colere': 'chercher',
  'box-panne': 'diagnostiquer',
  'trente-chats': 'jongler',
  'nouvelle-offre': 'ecrire',
  planning: 'calculer',
  'nouvelle-collegue': 'guide',
  'reseau-plainte': 'verifier',
  urgence: 'contrat',
  'ecoute-qualite': 'clients',
  reclamation: 'rediger',
  envies: ['technique'],
  'telephone-journee': 3,
  calme: 4,
  objectifs: 'raisonnables',
  teletravail: 'mixte',
  horaires: 'prevu',
  secteurs: ['telecom'],
  'guider-distance': 5,
  bug: 'fouiller',
} satisfies Record<string, Answer>

const leader = {
  niveau: 'post-bac',
  'portes-ouvertes': 'stand',
  expose: 'repartir',
  aider: 5,
  ecrire: 3,
  chiffres: 4,
  'devant-groupe': 5,
  outils: 3,
  'client-colere': 'ecouter',
  'box-panne': 'rassurer',
  'trente-chats': 'repartir',
  'nouvelle-offre': 'defi',
  planning: 'negocier',
  'nouvelle-collegue': 'montrer',
  'reseau-plainte': 'appeler',
  urgence: 'organiser',
  'ecoute-qualite': 'former',
  reclamation: 'appeler',
  envies: ['equipe'],
  'telephone-journee': 4,
  calme: 5,
  objectifs: 'motive',
  teletravail: 'equipe',
  horaires: 'ok',
  secteurs: ['public'],
  'role-equipe': 'animer',
  'dire-ameliorer': 5,
} satisfies Record<string, Answer>

const phoneAverse = {
  niveau: 'lycee-gt',
  'portes-ouvertes': 'affiche',
  expose: 'rediger',
  ecrire: 5,
  'client-colere': 'passer',
  'box-panne': 'ecrire',
  'trente-chats': 'jongler',
  'nouvelle-offre': 'ecrire',
  'reseau-plainte': 'repondre',
  reclamation: 'rediger',
  urgence: 'stress',
  'ecoute-qualite': 'clients',
  'telephone-journee': 1,
  calme: 3,
  envies: ['langues'],
  'quelle-langue': 'lsf',
} satisfies Record<string, Answer>

describe('scoring personas on the real questionnaire and roles', () => {
  it.each(['short', 'full'] as const)(
    '%s: a student who likes fixing technical problems and writing ranks technical support high',
    (length) => {
      const { results } = persona(length, fixer)
      expect(results.notInformative).toBeUndefined()
      expect(results.someRoleFits).toBe(true)
      expect(top(results)).toContain('support-technique')
      expect(results.ranking[0]?.roleId).toBe('support-technique')
    },
  )

  it.each(['short', 'full'] as const)(
    '%s: a student who wants to lead a team ranks supervisor high',
    (length) => {
      const { results } = persona(length, leader)
      expect(top(results)).toContain('superviseur')
      const supervisor = results.ranking.find((m) => m.roleId === 'superviseur')
      expect(supervisor?.reasons.map((r) => r.questionId)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/role-equipe|nouvelle-collegue|expose|envies/),
        ]),
      )
    },
  )

  it.each(['short', 'full'] as const)(
    '%s: a student who dislikes the phone does not get a phone-all-day role first',
    (length) => {
      const { results } = persona(length, phoneAverse, () => 3)
      expect(PHONE_ROLES.length).toBeGreaterThanOrEqual(3)
      expect(PHONE_ROLES).not.toContain(results.ranking[0]?.roleId)
      // …and when a phone role is shown anyway, its hurdle names the phone and the answer behind it.
      const phoneMatch = results.ranking.find((m) => PHONE_ROLES.includes(m.roleId))
      expect(phoneMatch?.score).toBeLessThan(results.ranking[0]?.score ?? 0)
    },
  )

  it('explains a phone role to a phone-averse student with the answer that stands in the way', () => {
    const { results } = persona('full', phoneAverse, () => 3)
    const clientele = roles.find((r) => r.id === 'conseiller-clientele')
    expect(clientele).toBeDefined()
    const explained = computeResults(
      questionnaire,
      [clientele!],
      persona('full', phoneAverse, () => 3).quiz,
    )
    expect(explained.ranking[0]?.hurdle).toMatchObject({
      dimension: 'phone',
      required: 3,
      because: { questionId: expect.stringMatching(/client-colere|telephone-journee/) },
    })
    expect(results.ranking.length).toBe(roles.length)
  })

  it.each([
    ['every option first and every scale at 1', 0],
    ['every option second and every scale at 2', 1],
  ])('all-identical answers (%s) give the "not informative" result', (_, index) => {
    const quiz = walk(questionnaire, 'full', (id, radix) => {
      const question = questionnaire.questions.find((q) => q.id === id)
      if (question?.kind === 'level') return 1
      return Math.min(index + 1, radix - 1)
    })
    expect(computeResults(questionnaire, roles, quiz).notInformative).toBe('all-same')
  })

  it('too many skipped questions give the "not informative" result', () => {
    const { results } = persona('short', { niveau: 'adulte', expose: 'chercher', calme: 4 })
    expect(results.notInformative).toBe('too-many-skipped')
    expect(results.skipped).toBeGreaterThan(results.answered)
  })

  it('a student far from every role is told that no role fits', () => {
    const outsider = persona('full', {
      'portes-ouvertes': 'materiel',
      expose: 'chercher',
      'client-colere': 'passer',
      'box-panne': 'diagnostiquer',
      'trente-chats': 'un-a-un',
      'nouvelle-offre': 'non',
      planning: 'suivre',
      'nouvelle-collegue': 'autre',
      'reseau-plainte': 'transmettre',
      urgence: 'stress',
      'ecoute-qualite': 'ennui',
      reclamation: 'specialiste',
      envies: ['technique'],
      'telephone-journee': 1,
      calme: 1,
      aider: 1,
      ecrire: 1,
      chiffres: 2,
      'devant-groupe': 1,
      outils: 1,
      objectifs: 'stresse',
      teletravail: 'maison',
      horaires: 'non',
      secteurs: ['public'],
      'guider-distance': 1,
      bug: 'redemarrer',
    })
    expect(outsider.results.notInformative).toBeUndefined()
    expect(outsider.results.someRoleFits).toBe(false)
    expect(outsider.results.ranking[0]?.score).toBeLessThan(FIT_THRESHOLD)
  })

  it('gives the student level from the first question, and no score to it', () => {
    const { results } = persona('short', fixer)
    expect(results.studentLevel).toBe('bac-pro')
    const without = persona('short', { ...fixer, niveau: 'adulte' }).results
    expect(without.ranking).toEqual(results.ranking)
  })
})

describe('matchScore', () => {
  const profile = Object.fromEntries(DIMENSIONS.map((d) => [d, 2])) as Profile
  it('is 100 for the role profile itself and 0 three points away everywhere', () => {
    expect(matchScore({ ...profile }, profile)).toBe(100)
    const zero = Object.fromEntries(DIMENSIONS.map((d) => [d, 3])) as Profile
    expect(matchScore(Object.fromEntries(DIMENSIONS.map((d) => [d, 0])), zero)).toBe(0)
  })
  it('only counts the dimensions the answers measured', () => {
    expect(matchScore({ phone: 2 }, { ...profile, leadership: 0 })).toBe(100)
    expect(matchScore({}, profile)).toBe(0)
  })
})
