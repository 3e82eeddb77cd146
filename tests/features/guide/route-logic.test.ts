import { describe, expect, it } from 'vitest'
import type { StudentLevel } from '@/content/vocabulary'
import {
  canFollow,
  diplomasOpenTo,
  LEVEL_TIERS,
  levelAfter,
  MAX_ROUTES,
  rankRoutes,
  recommend,
  routesFor,
  stepsTo,
  stepSystems,
  targetsFor,
  tierFor,
  type Recommendation,
} from '@/features/guide/route-logic'
import {
  FIXTURE_LEVELS,
  fixtureContent,
  fixtureDiplomas,
  fixtureRoles,
} from '../../fixtures/guide/guide-fixture'

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

/**
 * A route written as "rule: first|alternative > target|alternative", e.g.
 * "affelnet-vocational: bac-pro-mcv|bac-pro-accueil > bts-ndrc|bts-mco".
 */
const describeRoutes = (r: Recommendation) =>
  r.routes.map(
    (route) =>
      `${route.rule}: ${route.steps.map((step) => step.choices.map((d) => d.id).join('|')).join(' > ')}`,
  )

interface Case {
  level: StudentLevel
  role: string
  routes: string[]
  best: string
  reachable?: boolean
  gaps: string[]
}

// The rule each route follows, level first (route-logic's LEVEL_TIERS):
// - affelnet-vocational: after the 3e, a bac pro (or a CAP) through Affelnet; a route that
//   goes on after the bac pro follows the bac pro's own rules for its second step;
// - parcoursup-higher: BTS, BUT (and licence pro after the bac) on Parcoursup;
// - parcoursup-bts-bac-pro: from a bac pro, a BTS first (places set aside on Parcoursup);
// - specialise-after-bac: a one-year CS;
// - work-then-title: from a bac pro, work then a titre professionnel (VAE, CPF…);
// - title-work-study: from the lycée or after the bac, a titre professionnel in work-study;
// - adult-title: an adult's titre professionnel (France Travail, CPF, VAE).
// Within a rule: a direct route before a longer one, a course made for the job first, then the
// best coverage; same-kind last courses merge into one route ("bts-ndrc|bts-mco").
// prettier-ignore
const CASES: Case[] = [
  // 3e: a bac pro through Affelnet first, then the CAP, then what the bac pro opens.
  { level: 'troisieme', role: 'conseiller-clientele', routes: ['affelnet-vocational: bac-pro-mcv|bac-pro-accueil', 'affelnet-vocational: cap-vente', 'affelnet-vocational: bac-pro-mcv|bac-pro-accueil > bts-ndrc|bts-mco'], best: 'bts-ndrc', gaps: [] },
  { level: 'troisieme', role: 'support-technique', routes: ['affelnet-vocational: bac-pro-accueil|bac-pro-mcv > tp-crcd'], best: 'tp-crcd', gaps: ['expertise-technique'] },
  { level: 'troisieme', role: 'superviseur', routes: ['affelnet-vocational: bac-pro-accueil|bac-pro-mcv > bts-mco|bts-ndrc'], best: 'bts-mco', gaps: [] },
  { level: 'troisieme', role: 'conseiller-banque-assurance', routes: ['affelnet-vocational: bac-pro-mcv|bac-pro-accueil > bts-ndrc', 'affelnet-vocational: bac-pro-mcv|bac-pro-accueil > tp-crcd'], best: 'tp-crcd', gaps: ['domaine-reglemente'] },
  { level: 'troisieme', role: 'planificateur', routes: ['affelnet-vocational: bac-pro-accueil|bac-pro-mcv > bts-mco'], best: 'bts-mco', gaps: ['planification'] },
  { level: 'troisieme', role: 'relation-client-digitale', routes: ['affelnet-vocational: bac-pro-accueil|bac-pro-mcv > bts-ndrc'], best: 'bts-ndrc', gaps: [] },
  // Lycée général ou technologique: BTS or BUT on Parcoursup; no title or CS opens here in the fixture.
  { level: 'lycee-gt', role: 'conseiller-clientele', routes: ['parcoursup-higher: bts-ndrc|bts-mco'], best: 'bts-ndrc', gaps: [] },
  { level: 'lycee-gt', role: 'support-technique', routes: [], best: 'tp-tai', reachable: false, gaps: ['multicanal'] },
  { level: 'lycee-gt', role: 'superviseur', routes: ['parcoursup-higher: bts-mco|bts-ndrc', 'parcoursup-higher: but-tc'], best: 'bts-mco', gaps: [] },
  { level: 'lycee-gt', role: 'conseiller-banque-assurance', routes: ['parcoursup-higher: bts-ndrc'], best: 'bts-ndrc', gaps: ['domaine-reglemente'] },
  { level: 'lycee-gt', role: 'planificateur', routes: ['parcoursup-higher: bts-mco'], best: 'bts-mco', gaps: ['planification'] },
  { level: 'lycee-gt', role: 'relation-client-digitale', routes: ['parcoursup-higher: bts-ndrc', 'parcoursup-higher: but-tc'], best: 'bts-ndrc', gaps: [] },
  // Bac pro: a BTS first, then a CS, then work and a title — even when the title covers more.
  { level: 'bac-pro', role: 'conseiller-clientele', routes: ['parcoursup-bts-bac-pro: bts-ndrc|bts-mco', 'specialise-after-bac: cs-acvd', 'work-then-title: tp-crcd'], best: 'bts-ndrc', gaps: [] },
  { level: 'bac-pro', role: 'support-technique', routes: ['work-then-title: tp-crcd'], best: 'tp-crcd', gaps: ['expertise-technique'] },
  { level: 'bac-pro', role: 'superviseur', routes: ['parcoursup-bts-bac-pro: bts-mco|bts-ndrc'], best: 'bts-mco', gaps: [] },
  { level: 'bac-pro', role: 'conseiller-banque-assurance', routes: ['parcoursup-bts-bac-pro: bts-ndrc', 'work-then-title: tp-crcd'], best: 'tp-crcd', gaps: ['domaine-reglemente'] },
  { level: 'bac-pro', role: 'planificateur', routes: ['parcoursup-bts-bac-pro: bts-mco'], best: 'bts-mco', gaps: ['planification'] },
  { level: 'bac-pro', role: 'relation-client-digitale', routes: ['parcoursup-bts-bac-pro: bts-ndrc'], best: 'bts-ndrc', gaps: [] },
  // After the bac: BTS, licence pro or BUT on Parcoursup, then a title in work-study, then a CS.
  { level: 'post-bac', role: 'conseiller-clientele', routes: ['parcoursup-higher: bts-ndrc|bts-mco', 'title-work-study: tp-crcd', 'specialise-after-bac: cs-acvd'], best: 'bts-ndrc', gaps: [] },
  { level: 'post-bac', role: 'support-technique', routes: ['title-work-study: tp-tai|tp-crcd'], best: 'tp-tai', gaps: ['multicanal'] },
  { level: 'post-bac', role: 'superviseur', routes: ['parcoursup-higher: bts-mco|bts-ndrc', 'parcoursup-higher: lp-relation-client', 'parcoursup-higher: but-tc'], best: 'bts-mco', gaps: [] },
  { level: 'post-bac', role: 'conseiller-banque-assurance', routes: ['parcoursup-higher: bts-ndrc', 'title-work-study: tp-crcd'], best: 'tp-crcd', gaps: ['domaine-reglemente'] },
  { level: 'post-bac', role: 'planificateur', routes: ['parcoursup-higher: bts-mco'], best: 'bts-mco', gaps: ['planification'] },
  { level: 'post-bac', role: 'relation-client-digitale', routes: ['parcoursup-higher: bts-ndrc', 'parcoursup-higher: but-tc'], best: 'bts-ndrc', gaps: [] },
  // Adult: the titres professionnels only.
  { level: 'adulte', role: 'conseiller-clientele', routes: ['adult-title: tp-crcd'], best: 'tp-crcd', gaps: [] },
  { level: 'adulte', role: 'support-technique', routes: ['adult-title: tp-tai|tp-crcd'], best: 'tp-tai', gaps: ['multicanal'] },
  { level: 'adulte', role: 'superviseur', routes: ['adult-title: tp-superviseur'], best: 'tp-superviseur', gaps: [] },
  { level: 'adulte', role: 'conseiller-banque-assurance', routes: ['adult-title: tp-crcd'], best: 'tp-crcd', gaps: ['domaine-reglemente'] },
  { level: 'adulte', role: 'planificateur', routes: ['adult-title: tp-superviseur'], best: 'tp-superviseur', gaps: ['planification'] },
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
    expect(pairs.size).toBe(FIXTURE_LEVELS.length * fixtureRoles.length)
  })
})

describe('the level comes first', () => {
  it('proposes from each level only the kinds of course its rules name', () => {
    for (const level of FIXTURE_LEVELS)
      for (const r of fixtureRoles)
        for (const route of rankRoutes(level, r, fixtureDiplomas)) {
          const [first] = route.steps
          expect(first?.level).toBe(level)
          expect(
            tierFor(level, first?.choices[0]?.kind ?? 'cap'),
            `${level} → ${r.id}`,
          ).toBeDefined()
        }
    // An adult is never sent to Parcoursup or Affelnet, a 3e pupil never straight to a BTS.
    expect(tierFor('adulte', 'bts')).toBeUndefined()
    expect(tierFor('troisieme', 'bts')).toBeUndefined()
    expect(tierFor('troisieme', 'titre-pro')).toBeUndefined()
  })

  it('ranks by the level before coverage: from a bac pro, a BTS before a title that covers more', () => {
    const routes = routesFor('bac-pro', role('conseiller-banque-assurance'), fixtureDiplomas)
    expect(routes.map((r) => r.target.id)).toEqual(['bts-ndrc', 'tp-crcd'])
    const [bts, title] = routes
    expect(title!.coverage.ratio).toBeGreaterThan(bts!.coverage.ratio)
  })

  it('says how to get in at each step, the usual way for the level first', () => {
    const [direct, , further] = routesFor(
      'troisieme',
      role('conseiller-clientele'),
      fixtureDiplomas,
    )
    expect(direct?.steps.map((s) => [s.rule, s.systems])).toEqual([
      ['affelnet-vocational', ['affelnet', 'apprentissage']],
    ])
    // After the bac pro, the second step follows the bac pro's rules: Parcoursup.
    expect(further?.steps.map((s) => [s.level, s.rule, s.systems])).toEqual([
      ['troisieme', 'affelnet-vocational', ['affelnet', 'apprentissage']],
      ['bac-pro', 'parcoursup-bts-bac-pro', ['parcoursup', 'apprentissage']],
    ])
    const [adult] = routesFor('adulte', role('conseiller-clientele'), fixtureDiplomas)
    expect(adult?.steps[0]?.systems).toEqual(['france-travail', 'cpf', 'vae', 'organisme'])
    const [postBac, title] = routesFor('post-bac', role('conseiller-clientele'), fixtureDiplomas)
    expect(postBac?.steps[0]?.systems).toEqual(['parcoursup', 'apprentissage'])
    expect(title?.steps[0]?.systems).toEqual(['apprentissage', 'organisme', 'cpf'])
  })

  it("keeps a step's own ways in when the tier names none of them", () => {
    const tier = LEVEL_TIERS.adulte[0]!
    const onlyParcoursup = { ...diploma('bts-ndrc'), admission: undefined }
    expect(stepSystems(tier, [diploma('tp-crcd')])).toEqual([
      'france-travail',
      'cpf',
      'vae',
      'organisme',
    ])
    expect(stepSystems(tier, [diploma('bts-ndrc')])).toEqual(['parcoursup', 'apprentissage'])
    expect(stepSystems(tier, [onlyParcoursup])).toEqual([])
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
      ['lp-relation-client', 'diploma'],
    ])
    for (const level of FIXTURE_LEVELS) {
      const ids = routesFor(level, role('superviseur'), fixtureDiplomas).flatMap((r) =>
        r.steps.flatMap((s) => s.choices.map((d) => d.id)),
      )
      expect(ids).not.toContain('bts-muc')
      expect(ids).not.toContain('bts-nrc')
    }
  })

  it('the best diploma is the best-covering one the routes reach, not always the first route', () => {
    const result = recommend({ level: 'troisieme', roleId: 'conseiller-clientele' }, fixtureContent)
    expect(result.routes[0]?.target.id).toBe('bac-pro-mcv')
    expect(result.best?.diploma.id).toBe('bts-ndrc')
    // Among every course its routes reach: two bac pros, the CAP, two BTS, the title, the CS.
    expect(result.best?.among).toBe(7)
    expect(
      recommend({ level: 'adulte', roleId: 'conseiller-clientele' }, fixtureContent).best?.among,
    ).toBe(1)
    // Without a level: every diploma that leads to the role.
    expect(recommend({ roleId: 'support-technique' }, fixtureContent).best?.among).toBe(2)
  })

  it('recommends at most three routes', () => {
    expect(MAX_ROUTES).toBe(3)
    expect(
      rankRoutes('troisieme', role('conseiller-clientele'), fixtureDiplomas).length,
    ).toBeGreaterThan(MAX_ROUTES)
    expect(routesFor('troisieme', role('conseiller-clientele'), fixtureDiplomas)).toHaveLength(3)
  })

  it('only a bac pro is a stepping stone, and a step never goes down', () => {
    expect(levelAfter(diploma('bac-pro-mcv'))).toBe('bac-pro')
    expect(levelAfter(diploma('cap-vente'))).toBeUndefined()
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

  it('with a level and no role, lists what the student can start, in the order of its rules', () => {
    const result = recommend({ level: 'post-bac' }, fixtureContent)
    expect(result.routes).toEqual([])
    expect(result.best).toBeUndefined()
    expect(result.openToLevel.map((d) => d.id)).toEqual([
      'bts-mco',
      'bts-ndrc',
      'but-tc',
      'lp-relation-client',
      'tp-crcd',
      'tp-tai',
      'cs-acvd',
    ])
    expect(diplomasOpenTo('troisieme', fixtureDiplomas).map((d) => d.id)).toEqual([
      'cap-vente',
      'bac-pro-accueil',
      'bac-pro-mcv',
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
