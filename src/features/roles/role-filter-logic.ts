/**
 * The filters of the Métiers page, as pure functions: what a filter state is, how it reads from
 * and writes to the URL query (so a filtered list can be shared), and which roles it keeps.
 * Within one filter the choices add up (chat OR e-mail); across filters they narrow (AND).
 */
import type { Role } from '@/content/schemas'
import {
  CERTIFICATION_LEVELS,
  CHANNELS,
  type CertificationLevel,
  type Channel,
} from '@/content/vocabulary'
import { compareText } from '@/lib/i18n'

/** An entry level is a certification level, or "after some experience in the job". */
export type EntryLevel = CertificationLevel | 'experience'
export type PhoneFilter = 'any' | 'with' | 'without'
export type TeamFilter = 'any' | 'leads' | 'no-lead'

export interface RoleFilters {
  channels: Channel[]
  entry: EntryLevel[]
  phone: PhoneFilter
  team: TeamFilter
}

export const NO_FILTERS: RoleFilters = { channels: [], entry: [], phone: 'any', team: 'any' }

/** The query keys the Métiers page owns; any other key (such as `lang`) is left alone. */
export const FILTER_KEYS = {
  channels: 'canal',
  entry: 'entree',
  phone: 'telephone',
  team: 'encadrement',
} as const

const PHONE_PARAM: Record<Exclude<PhoneFilter, 'any'>, string> = { with: 'avec', without: 'sans' }
const TEAM_PARAM: Record<Exclude<TeamFilter, 'any'>, string> = { leads: 'oui', 'no-lead': 'non' }
const ENTRY_ORDER: readonly EntryLevel[] = [...CERTIFICATION_LEVELS, 'experience']

const splitList = (value: string | null) => (value ?? '').split(',').filter(Boolean)
const keyOf = <T extends string>(table: Record<T, string>, value: string | null) =>
  (Object.keys(table) as T[]).find((key) => table[key] === value)

/** The entry levels a role appears under: its certification level, plus "experience" when asked. */
export function entryLevelsOf(role: Role): EntryLevel[] {
  return role.entry.experience ? [role.entry.niveau, 'experience'] : [role.entry.niveau]
}

/**
 * Reads the filters from a URL query such as `canal=chat,email&entree=4&telephone=sans`.
 * Unknown or repeated values are dropped, so a hand-edited link never breaks the page.
 */
export function readRoleFilters(query: URLSearchParams): RoleFilters {
  const channels = splitList(query.get(FILTER_KEYS.channels))
  const entry = splitList(query.get(FILTER_KEYS.entry))
  return {
    channels: CHANNELS.filter((c) => channels.includes(c)),
    entry: ENTRY_ORDER.filter((level) => entry.includes(String(level))),
    phone: keyOf(PHONE_PARAM, query.get(FILTER_KEYS.phone)) ?? 'any',
    team: keyOf(TEAM_PARAM, query.get(FILTER_KEYS.team)) ?? 'any',
  }
}

/** The query that stands for the filters; keys without a choice are left out (undefined). */
export function roleFiltersToQuery(filters: RoleFilters): Record<string, string | undefined> {
  const list = (values: readonly (string | number)[]) =>
    values.length ? values.join(',') : undefined
  return {
    [FILTER_KEYS.channels]: list(CHANNELS.filter((c) => filters.channels.includes(c))),
    [FILTER_KEYS.entry]: list(ENTRY_ORDER.filter((level) => filters.entry.includes(level))),
    [FILTER_KEYS.phone]: filters.phone === 'any' ? undefined : PHONE_PARAM[filters.phone],
    [FILTER_KEYS.team]: filters.team === 'any' ? undefined : TEAM_PARAM[filters.team],
  }
}

/** Whether a role passes every filter. */
export function matchesRoleFilters(role: Role, filters: RoleFilters): boolean {
  const hasPhone = role.channels.includes('phone')
  if (filters.channels.length && !filters.channels.some((c) => role.channels.includes(c)))
    return false
  if (filters.entry.length && !entryLevelsOf(role).some((level) => filters.entry.includes(level)))
    return false
  if (filters.phone === 'with' && !hasPhone) return false
  if (filters.phone === 'without' && hasPhone) return false
  if (filters.team === 'leads' && !role.leadsTeam) return false
  if (filters.team === 'no-lead' && role.leadsTeam) return false
  return true
}

/** The roles that pass the filters, in their original order. */
export function filterRoles(roles: readonly Role[], filters: RoleFilters): Role[] {
  return roles.filter((role) => matchesRoleFilters(role, filters))
}

/** How many filters are set (a list filter counts once). */
export function countActiveFilters(filters: RoleFilters): number {
  return [
    filters.channels.length > 0,
    filters.entry.length > 0,
    filters.phone !== 'any',
    filters.team !== 'any',
  ].filter(Boolean).length
}

/**
 * The choices worth offering: only the channels and entry levels that at least one role has,
 * in vocabulary order, so that no checkbox can only ever empty the list.
 */
export function filterOptions(roles: readonly Role[]): {
  channels: Channel[]
  entry: EntryLevel[]
} {
  const channels = new Set(roles.flatMap((r) => r.channels))
  const entry = new Set(roles.flatMap(entryLevelsOf))
  return {
    channels: CHANNELS.filter((c) => channels.has(c)),
    entry: ENTRY_ORDER.filter((level) => entry.has(level)),
  }
}

/**
 * The order of the list: the jobs one can start in first (lowest entry level, no experience
 * needed), then the ones reached later; alphabetical within each step.
 */
export function sortRolesForList(roles: readonly Role[], locale: 'fr' | 'en'): Role[] {
  const step = (r: Role) => Number(r.entry.experience) * 10 + r.entry.niveau
  return [...roles].sort(
    (a, b) => step(a) - step(b) || compareText(a.title[locale], b.title[locale]),
  )
}

/** Adds the value to the list, or takes it out if it is there. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}
