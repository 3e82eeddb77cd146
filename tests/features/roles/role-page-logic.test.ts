import { describe, expect, it } from 'vitest'
import type { Diploma } from '@/content/schemas'
import { groupRoutesByLevel, topDimensions } from '@/features/roles/role-page-logic'
import { makeRole } from './make-role'

describe('topDimensions', () => {
  it('keeps the dimensions scored 2 or more, strongest first, ties in vocabulary order', () => {
    const profile = {
      ...makeRole('x').profile,
      social: 3,
      phone: 2,
      empathy: 3,
      realistic: 0,
      written: 2,
    }
    expect(topDimensions(profile)).toEqual([
      { id: 'social', score: 3 },
      { id: 'empathy', score: 3 },
      { id: 'phone', score: 2 },
      { id: 'written', score: 2 },
    ])
    expect(topDimensions(profile, 3).map((d) => d.id)).toEqual(['social', 'empathy'])
  })
})

describe('groupRoutesByLevel', () => {
  const diploma = (id: string, niveau: 3 | 4 | 5 | 6) => ({ id, niveau }) as Diploma
  const diplomas = [
    diploma('bts-a', 5),
    diploma('tp-b', 4),
    diploma('bts-c', 5),
    diploma('but-d', 6),
  ]

  it('groups the routes by level, lowest first, keeping the role’s order within a level', () => {
    const { levels, missing } = groupRoutesByLevel(['bts-c', 'but-d', 'tp-b', 'bts-a'], diplomas)
    expect(levels.map((l) => [l.niveau, l.diplomas.map((d) => d.id)])).toEqual([
      [4, ['tp-b']],
      [5, ['bts-c', 'bts-a']],
      [6, ['but-d']],
    ])
    expect(missing).toEqual([])
  })

  it('returns the ids that match no diploma apart', () => {
    expect(groupRoutesByLevel(['tp-b', 'nope'], diplomas).missing).toEqual(['nope'])
  })
})
