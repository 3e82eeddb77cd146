import { describe, expect, it } from 'vitest'
import {
  NO_FILTERS,
  countActiveFilters,
  entryLevelsOf,
  filterOptions,
  filterRoles,
  readRoleFilters,
  roleFiltersToQuery,
  sortRolesForList,
  toggle,
  type RoleFilters,
} from '@/features/roles/role-filter-logic'
import { makeRole } from './make-role'

const adviser = makeRole('adviser', { channels: ['phone', 'email'] })
const writer = makeRole('writer', { channels: ['chat', 'social'] })
const supervisor = makeRole('supervisor', {
  channels: ['phone'],
  leadsTeam: true,
  entry: { niveau: 5, experience: true, text: { fr: '-', en: '-' }, routes: [] },
})
const planner = makeRole('planner', {
  channels: ['email'],
  entry: { niveau: 5, experience: false, text: { fr: '-', en: '-' }, routes: [] },
})
const ROLES = [adviser, writer, supervisor, planner]
const ids = (filters: Partial<RoleFilters>) =>
  filterRoles(ROLES, { ...NO_FILTERS, ...filters }).map((r) => r.id)

describe('filterRoles', () => {
  it('keeps every role, in order, when nothing is filtered', () => {
    expect(ids({})).toEqual(['adviser', 'writer', 'supervisor', 'planner'])
  })

  it('adds up the channels within the channel filter (any of them)', () => {
    expect(ids({ channels: ['chat'] })).toEqual(['writer'])
    expect(ids({ channels: ['chat', 'email'] })).toEqual(['adviser', 'writer', 'planner'])
  })

  it('matches the entry level, and "after experience" only for roles that say so', () => {
    expect(ids({ entry: [4] })).toEqual(['adviser', 'writer'])
    expect(ids({ entry: [5] })).toEqual(['supervisor', 'planner'])
    expect(ids({ entry: ['experience'] })).toEqual(['supervisor'])
    expect(ids({ entry: [3] })).toEqual([])
  })

  it('filters on phone work both ways', () => {
    expect(ids({ phone: 'with' })).toEqual(['adviser', 'supervisor'])
    expect(ids({ phone: 'without' })).toEqual(['writer', 'planner'])
  })

  it('filters on team leadership both ways', () => {
    expect(ids({ team: 'leads' })).toEqual(['supervisor'])
    expect(ids({ team: 'no-lead' })).toEqual(['adviser', 'writer', 'planner'])
  })

  it('narrows across filters (all of them must hold)', () => {
    expect(ids({ channels: ['email'], entry: [5] })).toEqual(['planner'])
    expect(ids({ channels: ['email'], phone: 'without', team: 'leads' })).toEqual([])
  })
})

describe('the URL query', () => {
  it('reads the filters a shared link carries', () => {
    const query = new URLSearchParams(
      'canal=chat,email&entree=5,experience&telephone=sans&encadrement=oui&lang=en',
    )
    expect(readRoleFilters(query)).toEqual({
      channels: ['email', 'chat'],
      entry: [5, 'experience'],
      phone: 'without',
      team: 'leads',
    })
  })

  it('drops what it does not know, so a hand-edited link still opens the page', () => {
    const query = new URLSearchParams('canal=fax,chat,chat&entree=9,4&telephone=peut-etre')
    expect(readRoleFilters(query)).toEqual({
      channels: ['chat'],
      entry: [4],
      phone: 'any',
      team: 'any',
    })
    expect(readRoleFilters(new URLSearchParams())).toEqual(NO_FILTERS)
  })

  it('writes only the filters that are set, and reads back what it wrote', () => {
    const filters: RoleFilters = {
      channels: ['social', 'phone'],
      entry: ['experience', 3],
      phone: 'with',
      team: 'no-lead',
    }
    const query = roleFiltersToQuery(filters)
    expect(query).toEqual({
      canal: 'phone,social',
      entree: '3,experience',
      telephone: 'avec',
      encadrement: 'non',
    })
    const params = new URLSearchParams(query as Record<string, string>)
    expect(readRoleFilters(params)).toEqual({
      ...filters,
      channels: ['phone', 'social'],
      entry: [3, 'experience'],
    })
    expect(roleFiltersToQuery(NO_FILTERS)).toEqual({
      canal: undefined,
      entree: undefined,
      telephone: undefined,
      encadrement: undefined,
    })
  })
})

describe('helpers', () => {
  it('offers only the channels and levels some role has, in vocabulary order', () => {
    expect(filterOptions(ROLES)).toEqual({
      channels: ['phone', 'email', 'chat', 'social'],
      entry: [4, 5, 'experience'],
    })
  })

  it('lists a role under its level, and under "experience" when it says so', () => {
    expect(entryLevelsOf(adviser)).toEqual([4])
    expect(entryLevelsOf(supervisor)).toEqual([5, 'experience'])
  })

  it('counts a list filter once', () => {
    expect(countActiveFilters(NO_FILTERS)).toBe(0)
    expect(countActiveFilters({ ...NO_FILTERS, channels: ['chat', 'email'], phone: 'with' })).toBe(
      2,
    )
  })

  it('toggles a value in and out of a list', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b'])
    expect(toggle(['a', 'b'], 'a')).toEqual(['b'])
  })
})

describe('sortRolesForList', () => {
  it('puts the jobs one can start in first, then those reached later, alphabetically', () => {
    const sorted = sortRolesForList(
      [
        makeRole('b', { title: { fr: 'Zèbre', en: 'Zebra' } }),
        supervisor,
        planner,
        makeRole('a', { title: { fr: 'Abeille', en: 'Bee' } }),
      ],
      'fr',
    )
    expect(sorted.map((r) => r.id)).toEqual(['a', 'b', 'planner', 'supervisor'])
  })
})
