import { describe, expect, it } from 'vitest'
import type { Diploma } from '@/content/schemas'
import {
  activeYears,
  currentReplacement,
  diplomasForView,
  roleCoverage,
  skillsLeftThin,
  summarizeCoverage,
} from '@/features/guide/coverage-logic'
import { fixtureDiplomas, fixtureRoles, fixtureSkills } from '../../fixtures/guide/guide-fixture'

const byId = (id: string) => fixtureDiplomas.find((d) => d.id === id) as Diploma
const roleById = (id: string) => fixtureRoles.find((r) => r.id === id)!
const ids = (list: readonly Diploma[]) => list.map((d) => d.id)

describe('the views of the comparison', () => {
  it('2011: the replaced diplomas already in force in 2011', () => {
    expect(ids(diplomasForView('2011', fixtureDiplomas))).toEqual(['bts-muc', 'bts-nrc'])
  })

  it('today: their current replacements, in the same order', () => {
    expect(ids(diplomasForView('today', fixtureDiplomas))).toEqual(['bts-mco', 'bts-ndrc'])
  })

  it('all: every diploma by level, each replaced one just before its successor', () => {
    expect(ids(diplomasForView('all', fixtureDiplomas))).toEqual([
      'cap-vente',
      'bac-pro-accueil',
      'bac-pro-mcv',
      'cs-acvd',
      'tp-crcd',
      'tp-tai',
      'tp-superviseur',
      'bts-muc',
      'bts-mco',
      'bts-nrc',
      'bts-ndrc',
      'but-tc',
      'lp-relation-client',
    ])
  })

  it('follows a chain of replacements to the current diploma', () => {
    const chain: Diploma[] = [
      { ...byId('bts-nrc'), id: 'old', replacedBy: 'middle' },
      { ...byId('bts-nrc'), id: 'middle', replacedBy: 'bts-ndrc' },
      byId('bts-ndrc'),
    ]
    expect(currentReplacement(chain[0]!, chain)?.id).toBe('bts-ndrc')
    expect(currentReplacement(byId('bts-ndrc'), chain)).toBeUndefined()
    const loop: Diploma[] = [
      { ...byId('bts-nrc'), id: 'a', replacedBy: 'b' },
      { ...byId('bts-nrc'), id: 'b', replacedBy: 'a' },
    ]
    expect(currentReplacement(loop[0]!, loop)).toBeUndefined()
  })

  it('dates a replaced diploma from its first to its last event', () => {
    expect(activeYears(byId('bts-nrc'))).toEqual({ from: 2003, until: 2018 })
    expect(activeYears(byId('cs-acvd'))).toEqual({ from: 2002, until: undefined })
  })
})

describe('coverage summaries', () => {
  it('counts the skills covered (level 2+) and at the core (level 3)', () => {
    // bts-nrc: 1, 0, 1, 0, 1, 1, 3
    expect(summarizeCoverage(byId('bts-nrc'), fixtureSkills)).toEqual({
      covered: 1,
      core: 1,
      total: 7,
    })
    // bts-ndrc: 3, 1, 3, 0, 1, 1, 3
    expect(summarizeCoverage(byId('bts-ndrc'), fixtureSkills)).toEqual({
      covered: 3,
      core: 3,
      total: 7,
    })
  })

  it('lists the skills no diploma of a view covers', () => {
    const thin = skillsLeftThin([byId('bts-muc'), byId('bts-nrc')], fixtureSkills)
    expect(thin.map((s) => s.id)).toEqual([
      'multicanal',
      'expertise-technique',
      'ecrit-digital',
      'domaine-reglemente',
      'planification',
    ])
    expect(skillsLeftThin([], fixtureSkills)).toEqual([])
  })
})

describe('roleCoverage: the weighted share of a role’s needs a diploma meets', () => {
  it('weighs each skill by its needed level and caps coverage at the need', () => {
    // superviseur needs supervision 3, planification 1, multicanal 2 → weight 9 + 1 + 4 = 14.
    // bts-ndrc gives 1, 1, 3 → 3×1 + 1×1 + 2×min(3, 2) = 8.
    const result = roleCoverage(byId('bts-ndrc'), roleById('superviseur'))
    expect(result.ratio).toBeCloseTo(8 / 14)
    expect(result.depth).toBe(3 * 1 + 1 * 1 + 2 * 3)
    expect(result.gaps).toEqual([{ skill: 'supervision-coaching', needed: 3, has: 1 }])
  })

  it('puts the largest shortfall first', () => {
    // support-technique needs expertise 3, multicanal 2, écrit 1; bts-nrc gives 0, 1, 1.
    const result = roleCoverage(byId('bts-nrc'), roleById('support-technique'))
    expect(result.gaps.map((g) => g.skill)).toEqual(['expertise-technique', 'multicanal'])
    expect(result.ratio).toBeCloseTo((0 + 2 * 1 + 1) / 14)
  })

  it('is 1 when every need is met, whatever the extra', () => {
    expect(roleCoverage(byId('bts-mco'), roleById('superviseur')).ratio).toBe(1)
  })

  it('counts a skill the diploma does not list as absent', () => {
    const { coverage: _dropped, ...rest } = byId('tp-tai')
    const bare: Diploma = { ...rest, coverage: {} }
    expect(roleCoverage(bare, roleById('planificateur'))).toMatchObject({ ratio: 0, depth: 0 })
  })
})
