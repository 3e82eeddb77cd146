/** What the job page derives from a role: its strongest dimensions and its entry routes by level. */
import type { Diploma, Profile } from '@/content/schemas'
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
