/** What the job page derives from a role: its strongest dimensions and its entry routes by level. */
import type { Diploma, Fact, Figure, Localized, Profile, Role } from '@/content/schemas'
import { DIMENSIONS, type CertificationLevel, type DimensionId } from '@/content/vocabulary'

export interface DimensionScore {
  id: DimensionId
  score: number
}

/**
 * The dimensions the job asks most of, strongest first (ties keep the vocabulary order):
 * every dimension scored at least `min` (2 of 3 by default).
 */
export function topDimensions(profile: Profile, min = 2): DimensionScore[] {
  return DIMENSIONS.map((id) => ({ id, score: profile[id] }))
    .filter((d) => d.score >= min)
    .sort((a, b) => b.score - a.score)
}

export interface RoutesAtLevel {
  niveau: CertificationLevel
  diplomas: Diploma[]
}

/**
 * The diplomas behind a role's entry routes, grouped by certification level (lowest first),
 * in the order the role lists them. Ids that match no diploma are returned apart.
 */
export function groupRoutesByLevel(
  routeIds: readonly string[],
  diplomas: readonly Diploma[],
): { levels: RoutesAtLevel[]; missing: string[] } {
  const levels = new Map<CertificationLevel, Diploma[]>()
  const missing: string[] = []
  for (const id of routeIds) {
    const diploma = diplomas.find((d) => d.id === id)
    if (!diploma) {
      missing.push(id)
      continue
    }
    levels.set(diploma.niveau, [...(levels.get(diploma.niveau) ?? []), diploma])
  }
  return {
    levels: [...levels.entries()]
      .sort(([a], [b]) => a - b)
      .map(([niveau, list]) => ({ niveau, diplomas: list })),
    missing,
  }
}

/** A condition is either a plain text or a dated, sourced fact. */
export const isFact = (condition: Localized | Fact): condition is Fact => 'asOf' in condition

/** An amount as a multiple of the SMIC, to one decimal: 1 600 € against 1 443 € → 1.1. */
export function smicMultiple(amount: number, smic: number): number {
  return Math.round((amount / smic) * 10) / 10
}

/**
 * The sources whose last check dates the job page: the pay floor's, those of the pay facts and
 * conditions that have a review date, the registrations of the diplomas it lists and the ROME's.
 * History (a 2019 average, a 2021 example) and the job's description do not age and are left out.
 */
export function roleCheckedSources(
  role: Role,
  figures: readonly Pick<Figure, 'id' | 'source' | 'noteSource'>[],
  diplomas: readonly Diploma[],
): string[] {
  const { pay, conditions } = role
  const floor = figures.find((f) => f.id === pay.floor)
  const conditionFacts = [conditions.hours, conditions.remote, conditions.targets].filter(isFact)
  const registrations = role.entry.routes.flatMap(
    (id) => diplomas.find((d) => d.id === id)?.registration?.source ?? [],
  )
  return [
    ...(floor ? [floor.source, ...(floor.noteSource ? [floor.noteSource] : [])] : []),
    ...[pay.start, pay.experienced, pay.agreement, ...(pay.facts ?? [])].flatMap((f) =>
      f && f.reviewBy ? [f.source] : [],
    ),
    ...conditionFacts.filter((f) => f.reviewBy).map((f) => f.source),
    ...registrations,
    role.rome.source,
  ]
}
