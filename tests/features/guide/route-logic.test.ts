import { describe, expect, it } from 'vitest'
import type { StudentLevel } from '@/content/vocabulary'
import {
  canFollow,
  levelAfter,
  MAX_ROUTES,
  recommend,
  routesFor,
  stepsTo,
  targetsFor,
  type Recommendation,
} from '@/features/guide/route-logic'
import { fixtureContent, fixtureDiplomas, fixtureRoles } from '../../fixtures/guide/guide-fixture'

const diploma = (id: string) => {
  const found = fixtureDiplomas.find((d) => d.id === id)
  if (!found) throw new Error(`no fixture diploma ${id}`)
  return found
}
const role = (id: string) => {
  const found = fixtureRoles.find((r) => r.id === id)
  if (!found) throw new Error(`no fixture role ${id}`)
  return found
}

/** A route written as "first|alternative > target", e.g. "bac-pro-accueil|bac-pro-mcv > bts-ndrc". */
const describeRoutes = (r: Recommendation) =>
  r.routes.map((route) => route.steps.map((step) => step.map((d) => d.id).join('|')).join(' > '))

const BAC_PROS = 'bac-pro-accueil|bac-pro-mcv'
const BAC_PROS_SALES_FIRST = 'bac-pro-mcv|bac-pro-accueil'

interface Case {
  level: StudentLevel
  role: string
  routes: string[]
  best: string
  reachable?: boolean
  gaps: string[]
}

// prettier-ignore
const CASES: Case[] = [
  // 3e: a bac pro first (the one covering the role best first), then a diploma it opens.
  { level: 'troisieme', role: 'conseiller-clientele', routes: [`${BAC_PROS_SALES_FIRST} > bts-ndrc`, `${BAC_PROS_SALES_FIRST} > tp-crcd`, `${BAC_PROS_SALES_FIRST} > cs-acvd`], best: 'bts-ndrc', gaps: [] },
  { level: 'troisieme', role: 'support-technique', routes: [`${BAC_PROS} > tp-crcd`], best: 'tp-crcd', gaps: ['expertise-technique'] },
  { level: 'troisieme', role: 'superviseur', routes: [`${BAC_PROS} > bts-mco`, `${BAC_PROS} > bts-ndrc`], best: 'bts-mco', gaps: [] },
  { level: 'troisieme', role: 'conseiller-banque-assurance', routes: [`${BAC_PROS_SALES_FIRST} > tp-crcd`, `${BAC_PROS_SALES_FIRST} > bts-ndrc`], best: 'tp-crcd', gaps: ['domaine-reglemente'] },
  { level: 'troisieme', role: 'planificateur', routes: [`${BAC_PROS} > bts-mco`], best: 'bts-mco', gaps: ['planification'] },
  { level: 'troisieme', role: 'relation-client-digitale', routes: [`${BAC_PROS} > bts-ndrc`], best: 'bts-ndrc', gaps: [] },
  // Lycée général ou technologique: BTS and BUT open directly; titres and the CS are not.
  { level: 'lycee-gt', role: 'conseiller-clientele', routes: ['bts-ndrc', 'bts-mco'], best: 'bts-ndrc', gaps: [] },
  { level: 'lycee-gt', role: 'support-technique', routes: [], best: 'tp-tai', reachable: false, gaps: ['multicanal'] },
  { level: 'lycee-gt', role: 'superviseur', routes: ['bts-mco', 'but-tc', 'bts-ndrc'], best: 'bts-mco', gaps: [] },
  { level: 'lycee-gt', role: 'conseiller-banque-assurance', routes: ['bts-ndrc'], best: 'bts-ndrc', gaps: ['domaine-reglemente'] },
  { level: 'lycee-gt', role: 'planificateur', routes: ['bts-mco'], best: 'bts-mco', gaps: ['planification'] },
  { level: 'lycee-gt', role: 'relation-client-digitale', routes: ['bts-ndrc', 'but-tc'], best: 'bts-ndrc', gaps: [] },
  // Bac pro: BTS, CS and the CRCD title open directly.
  { level: 'bac-pro', role: 'conseiller-clientele', routes: ['bts-ndrc', 'tp-crcd', 'cs-acvd'], best: 'bts-ndrc', gaps: [] },
  { level: 'bac-pro', role: 'support-technique', routes: ['tp-crcd'], best: 'tp-crcd', gaps: ['expertise-technique'] },
  { level: 'bac-pro', role: 'superviseur', routes: ['bts-mco', 'bts-ndrc'], best: 'bts-mco', gaps: [] },
  { level: 'bac-pro', role: 'conseiller-banque-assurance', routes: ['tp-crcd', 'bts-ndrc'], best: 'tp-crcd', gaps: ['domaine-reglemente'] },
  { level: 'bac-pro', role: 'planificateur', routes: ['bts-mco'], best: 'bts-mco', gaps: ['planification'] },
  { level: 'bac-pro', role: 'relation-client-digitale', routes: ['bts-ndrc'], best: 'bts-ndrc', gaps: [] },
  // Post-bac: everything current except the bac pros and the title for experienced adults.
  { level: 'post-bac', role: 'conseiller-clientele', routes: ['bts-ndrc', 'tp-crcd', 'cs-acvd'], best: 'bts-ndrc', gaps: [] },
  { level: 'post-bac', role: 'support-technique', routes: ['tp-tai', 'tp-crcd'], best: 'tp-tai', gaps: ['multicanal'] },
  { level: 'post-bac', role: 'superviseur', routes: ['bts-mco', 'but-tc', 'bts-ndrc'], best: 'bts-mco', gaps: [] },
  { level: 'post-bac', role: 'conseiller-banque-assurance', routes: ['tp-crcd', 'bts-ndrc'], best: 'tp-crcd', gaps: ['domaine-reglemente'] },
  { level: 'post-bac', role: 'planificateur', routes: ['bts-mco'], best: 'bts-mco', gaps: ['planification'] },
  { level: 'post-bac', role: 'relation-client-digitale', routes: ['bts-ndrc', 'but-tc'], best: 'bts-ndrc', gaps: [] },
  // Adult: the titres professionnels.
  { level: 'adulte', role: 'conseiller-clientele', routes: ['tp-crcd'], best: 'tp-crcd', gaps: [] },
  { level: 'adulte', role: 'support-technique', routes: ['tp-tai', 'tp-crcd'], best: 'tp-tai', gaps: ['multicanal'] },
  { level: 'adulte', role: 'superviseur', routes: ['tp-superviseur'], best: 'tp-superviseur', gaps: [] },
  { level: 'adulte', role: 'conseiller-banque-assurance', routes: ['tp-crcd'], best: 'tp-crcd', gaps: ['domaine-reglemente'] },
  { level: 'adulte', role: 'planificateur', routes: ['tp-superviseur'], best: 'tp-superviseur', gaps: ['planification'] },
  { level: 'adulte', role: 'relation-client-digitale', routes: [], best: 'bts-ndrc', reachable: false, gaps: [] },
]

describe('recommend, for every level × target role (fixture)', () => {
  it.each(CASES)('$level → $role', ({ level, role: roleId, routes, best, reachable, gaps }) => {
    const result = recommend({ level, roleId }, fixtureContent)
    expect(describeRoutes(result)).toEqual(routes)
    expect(result.best?.diploma.id).toBe(best)
    expect(result.best?.reachable).toBe(reachable ?? true)
    expect(result.gaps.map((g) => g.skill.id)).toEqual(gaps)
  })

  it('covers every level and every fixture role', () => {
    const pairs = new Set(CASES.map((c) => `${c.level}/${c.role}`))
    expect(pairs.size).toBe(5 * fixtureRoles.length)
  })
})

describe('the recommendation rules', () => {
  it('never routes through a replaced diploma, but counts it as its replacement', () => {
    // The supervisor's entry routes name the replaced BTS MUC.
    const targets = targetsFor(role('superviseur'), fixtureDiplomas)
    expect(targets.map((t) => [t.diploma.id, t.listedBy])).toEqual([
      ['bts-mco', 'both'],
      ['bts-ndrc', 'both'],
      ['tp-superviseur', 'both'],
      ['but-tc', 'diploma'],
    ])
    for (const level of ['troisieme', 'lycee-gt', 'bac-pro', 'post-bac', 'adulte'] as const) {
      const ids = routesFor(level, role('superviseur'), fixtureDiplomas).flatMap((r) =>
        r.steps.flat().map((d) => d.id),
      )
      expect(ids).not.toContain('bts-muc')
      expect(ids).not.toContain('bts-nrc')
    }
  })

  it('says how many diplomas the best one was compared with', () => {
    const among = (level: StudentLevel, roleId: string) =>
      recommend({ level, roleId }, fixtureContent).best?.among
    // From a bac pro: BTS NDRC, TP CRCD, CS ACVD and BTS MCO all lead to the adviser's job.
    expect(among('bac-pro', 'conseiller-clientele')).toBe(4)
    expect(among('adulte', 'conseiller-clientele')).toBe(1)
    // Without a level: every diploma that leads to the role.
    expect(recommend({ roleId: 'support-technique' }, fixtureContent).best?.among).toBe(2)
  })

  it('recommends at most three routes', () => {
    expect(MAX_ROUTES).toBe(3)
    const targets = targetsFor(role('conseiller-clientele'), fixtureDiplomas)
    expect(targets.length).toBeGreaterThan(MAX_ROUTES)
    expect(routesFor('troisieme', role('conseiller-clientele'), fixtureDiplomas)).toHaveLength(3)
  })

  it('only a bac pro is a stepping stone, and a step never goes down', () => {
    expect(levelAfter(diploma('bac-pro-mcv'))).toBe('bac-pro')
    expect(levelAfter(diploma('bts-ndrc'))).toBeUndefined()
    expect(levelAfter(diploma('tp-crcd'))).toBeUndefined()
    expect(canFollow(diploma('bac-pro-mcv'), diploma('bts-ndrc'))).toBe(true)
    // Same level, another kind: a CS or a titre professionnel specialises the bac pro.
    expect(canFollow(diploma('bac-pro-mcv'), diploma('cs-acvd'))).toBe(true)
    expect(canFollow(diploma('bac-pro-mcv'), diploma('tp-crcd'))).toBe(true)
    // Not open to bac pro holders.
    expect(canFollow(diploma('bac-pro-mcv'), diploma('but-tc'))).toBe(false)
    expect(canFollow(diploma('bts-ndrc'), diploma('but-tc'))).toBe(false)
  })

  it('a diploma open to the level is one step; otherwise the first steps are the alternatives', () => {
    expect(stepsTo('bac-pro', diploma('bts-ndrc'), fixtureDiplomas)).toEqual([
      [diploma('bts-ndrc')],
    ])
    expect(
      stepsTo('troisieme', diploma('bts-ndrc'), fixtureDiplomas)?.map((s) => s.map((d) => d.id)),
    ).toEqual([['bac-pro-accueil', 'bac-pro-mcv'], ['bts-ndrc']])
    expect(stepsTo('adulte', diploma('bts-ndrc'), fixtureDiplomas)).toBeUndefined()
    expect(stepsTo('bac-pro', diploma('bts-nrc'), fixtureDiplomas)).toBeUndefined()
  })

  it('with a level and no role, lists what the student can start, lowest level first', () => {
    const result = recommend({ level: 'post-bac' }, fixtureContent)
    expect(result.routes).toEqual([])
    expect(result.best).toBeUndefined()
    expect(result.openToLevel.map((d) => d.id)).toEqual([
      'tp-crcd',
      'cs-acvd',
      'tp-tai',
      'bts-mco',
      'bts-ndrc',
      'but-tc',
    ])
  })

  it('with a role and no level, names the best diploma among those that lead to it', () => {
    const result = recommend({ roleId: 'support-technique' }, fixtureContent)
    expect(result.routes).toEqual([])
    expect(result.best?.diploma.id).toBe('tp-tai')
    expect(result.best?.reachable).toBeUndefined()
    expect(result.gaps.map((g) => [g.skill.id, g.needed, g.has])).toEqual([['multicanal', 2, 1]])
    expect(result.gaps[0]?.skill.fillGaps[0]?.fr).toBe('Combler multicanal par un stage.')
  })

  it('an unknown role counts as no role, and no context gives nothing', () => {
    const unknown = recommend({ level: 'adulte', roleId: 'astronaute' }, fixtureContent)
    expect(unknown.role).toBeUndefined()
    expect(unknown.best).toBeUndefined()
    expect(unknown).toMatchObject({ routes: [], gaps: [] })
    expect(unknown.openToLevel.map((d) => d.id)).toEqual(['tp-crcd', 'tp-tai', 'tp-superviseur'])
    expect(recommend({}, fixtureContent)).toEqual({
      level: undefined,
      role: undefined,
      routes: [],
      openToLevel: [],
      gaps: [],
    })
  })
})
