import { describe, expect, it } from 'vitest'
import { reformChanges } from '@/features/guide/history-logic'
import { fixtureDiplomas, fixtureSkills } from '../../fixtures/guide/guide-fixture'

const ids = (list: { skill: { id: string } }[]) => list.map((c) => c.skill.id)

describe('what the reforms changed, from BTS MUC and NRC to BTS MCO and NDRC', () => {
  // Fixture levels (MUC, NRC → MCO, NDRC), in SKILL_IDS order:
  //   multicanal 1,1 → 2,3 · expertise 0,0 → 0,1 · écrit 1,1 → 1,3 · réglementé 0,0 → 0,0
  //   supervision 2,1 → 3,1 · planification 1,1 → 2,1 · négociation 2,3 → 2,3
  const changes = reformChanges(fixtureDiplomas, fixtureSkills)

  it('lists the skills that were thin in 2011 and are covered today, with the diploma that covers them', () => {
    expect(ids(changes.fixed)).toEqual(['multicanal', 'ecrit-digital', 'planification'])
    expect(changes.fixed.map((c) => [c.before, c.after, c.by?.id])).toEqual([
      [1, 3, 'bts-ndrc'],
      [1, 3, 'bts-ndrc'],
      [1, 2, 'bts-mco'],
    ])
  })

  it('lists what went deeper, and what both generations still leave thin', () => {
    expect(ids(changes.deepened)).toEqual(['supervision-coaching'])
    expect(ids(changes.weakened)).toEqual([])
    expect(ids(changes.stillThin)).toEqual(['expertise-technique', 'domaine-reglemente'])
  })

  it('says nothing without both generations', () => {
    const today = fixtureDiplomas.filter((d) => d.status === 'current')
    expect(reformChanges(today, fixtureSkills)).toEqual({
      fixed: [],
      deepened: [],
      weakened: [],
      stillThin: [],
    })
  })
})
