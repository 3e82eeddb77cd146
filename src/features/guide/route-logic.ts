/**
 * "Quelle voie pour moi ?": from a student's level and a target role, the routes through
 * today's diplomas, the diploma that best covers the role's skills, and what it leaves to learn.
 * Pure and data-driven: `openTo`, `niveau`, `kind`, `status`, `jobs`, the role's `entry.routes`
 * and `sectorSkills`, and the coverage matrix.
 */
import type { StudentLevel } from '@/content/vocabulary'
import type { Diploma, Role, Skill } from '@/content/schemas'
import { currentReplacement, isCurrent, roleCoverage, type RoleCoverage } from './coverage-logic'

/** At most this many routes are recommended; the others stay in the comparison. */
export const MAX_ROUTES = 3

/**
 * Where a student stands once a diploma is earned, for the next step of a route. Only a bac pro
 * is a stepping stone (to a BTS, a BUT, or a CS or titre professionnel that specialises it); the
 * other diplomas lead to a job, and further study after them is beyond this guide.
 */
export function levelAfter(diploma: Diploma): StudentLevel | undefined {
  return diploma.kind === 'bac-pro' ? 'bac-pro' : undefined
}

/**
 * Whether `next` can follow `first` in a route: `next` is open to the level `first` gives, and
 * either goes up a certification level or is another kind of diploma of the same level.
 */
export function canFollow(first: Diploma, next: Diploma): boolean {
  const after = levelAfter(first)
  if (!after || !next.openTo.includes(after)) return false
  return next.niveau > first.niveau || (next.niveau === first.niveau && next.kind !== first.kind)
}

/** Who says a diploma leads to the role: the role's `entry.routes`, the diploma's `jobs`, or both. */
export type ListedBy = 'role' | 'diploma' | 'both'

export interface Target {
  diploma: Diploma
  listedBy: ListedBy
}

/**
 * Today's diplomas that lead to a role: named in its entry routes (a replaced diploma counts as
 * its current replacement) or listing the role among their jobs. Replaced diplomas never appear.
 */
export function targetsFor(role: Role, diplomas: readonly Diploma[]): Target[] {
  const named = new Set(
    role.entry.routes.map((id) => {
      const diploma = diplomas.find((d) => d.id === id)
      return diploma && !isCurrent(diploma) ? currentReplacement(diploma, diplomas)?.id : id
    }),
  )
  return diplomas.filter(isCurrent).flatMap((diploma): Target[] => {
    const byRole = named.has(diploma.id)
    const byDiploma = diploma.jobs.includes(role.id)
    if (!byRole && !byDiploma) return []
    return [{ diploma, listedBy: byRole && byDiploma ? 'both' : byRole ? 'role' : 'diploma' }]
  })
}

export interface Route {
  /** Each step lists the diplomas one can choose between; the last step is the target alone. */
  steps: Diploma[][]
  target: Diploma
  listedBy: ListedBy
  coverage: RoleCoverage
}

const byRatio = (a: RoleCoverage, b: RoleCoverage) => b.ratio - a.ratio || b.depth - a.depth

/**
 * The shortest way from a level to a diploma through today's diplomas: one step when the diploma
 * is open to the level, two when an earlier diploma open to the level leads into it (the choices
 * for that first step best-covering first). Undefined when neither works.
 */
export function stepsTo(
  level: StudentLevel,
  target: Diploma,
  diplomas: readonly Diploma[],
  role?: Role,
): Diploma[][] | undefined {
  if (!isCurrent(target)) return undefined
  if (target.openTo.includes(level)) return [[target]]
  const firsts = diplomas
    .filter((d) => isCurrent(d) && d.id !== target.id && d.openTo.includes(level))
    .filter((d) => canFollow(d, target))
  if (firsts.length === 0) return undefined
  if (role) {
    const order = new Map(diplomas.map((d, i) => [d.id, i]))
    firsts.sort(
      (a, b) =>
        byRatio(roleCoverage(a, role), roleCoverage(b, role)) ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    )
  }
  return [firsts, [target]]
}

const LISTED_RANK: Record<ListedBy, number> = { both: 0, role: 0, diploma: 1 }

/**
 * Every route from a level to a role, best first: the target covering the role's skills best
 * (weighted ratio, then depth), then one the role names itself, then fewer steps, then the lower
 * certification level, then content order.
 */
export function rankRoutes(level: StudentLevel, role: Role, diplomas: readonly Diploma[]): Route[] {
  const targets = targetsFor(role, diplomas)
  const routes = targets.flatMap(({ diploma, listedBy }, order) => {
    const steps = stepsTo(level, diploma, diplomas, role)
    if (!steps) return []
    return [
      { route: { steps, target: diploma, listedBy, coverage: roleCoverage(diploma, role) }, order },
    ]
  })
  routes.sort(
    (a, b) =>
      byRatio(a.route.coverage, b.route.coverage) ||
      LISTED_RANK[a.route.listedBy] - LISTED_RANK[b.route.listedBy] ||
      a.route.steps.length - b.route.steps.length ||
      a.route.target.niveau - b.route.target.niveau ||
      a.order - b.order,
  )
  return routes.map(({ route }) => route)
}

/** The routes recommended from a level to a role: the best `MAX_ROUTES` of `rankRoutes`. */
export function routesFor(level: StudentLevel, role: Role, diplomas: readonly Diploma[]): Route[] {
  return rankRoutes(level, role, diplomas).slice(0, MAX_ROUTES)
}

/** Today's diplomas a student can start from their level, lowest certification level first. */
export function diplomasOpenTo(level: StudentLevel, diplomas: readonly Diploma[]): Diploma[] {
  return diplomas
    .map((d, order) => ({ d, order }))
    .filter(({ d }) => isCurrent(d) && d.openTo.includes(level))
    .sort((a, b) => a.d.niveau - b.d.niveau || a.order - b.order)
    .map(({ d }) => d)
}

export interface Gap {
  skill: Skill
  needed: number
  has: number
}

export interface BestDiploma {
  diploma: Diploma
  coverage: RoleCoverage
  /** Whether the student can reach it from their level; undefined without a level. */
  reachable?: boolean
  /** How many diplomas it was compared with, itself included. */
  among: number
}

export interface Recommendation {
  level?: StudentLevel
  role?: Role
  /** With a level and a role: the recommended routes. */
  routes: Route[]
  /** With a level and no role: what the student can start. */
  openToLevel: Diploma[]
  /** With a role: the diploma that covers its skills best (reachable from the level first). */
  best?: BestDiploma
  /** The role's skills the best diploma leaves below the needed level, largest shortfall first. */
  gaps: Gap[]
}

export interface RecommendationContent {
  diplomas: readonly Diploma[]
  roles: readonly Role[]
  skills: readonly Skill[]
}

/**
 * Everything "Quelle voie pour moi ?" shows for a level and/or a role id. An unknown role id is
 * treated as no role (the page says so); no context gives an empty recommendation.
 */
export function recommend(
  context: { level?: StudentLevel; roleId?: string },
  content: RecommendationContent,
): Recommendation {
  const { diplomas, skills } = content
  const { level } = context
  const role = content.roles.find((r) => r.id === context.roleId)
  const empty: Recommendation = { level, role, routes: [], openToLevel: [], gaps: [] }
  if (!role) return { ...empty, openToLevel: level ? diplomasOpenTo(level, diplomas) : [] }

  const ranked = level ? rankRoutes(level, role, diplomas) : []
  const routes = ranked.slice(0, MAX_ROUTES)
  const best = routes[0]
    ? {
        diploma: routes[0].target,
        coverage: routes[0].coverage,
        reachable: true,
        among: ranked.length,
      }
    : bestOverall(role, diplomas, level === undefined ? undefined : false)
  const gaps = (best?.coverage.gaps ?? []).flatMap((fit) => {
    const skill = skills.find((s) => s.id === fit.skill)
    return skill ? [{ skill, needed: fit.needed, has: fit.has }] : []
  })
  return { ...empty, routes, best, gaps }
}

/** The best-covering diploma among those that lead to the role (or all of today's, if none does). */
function bestOverall(
  role: Role,
  diplomas: readonly Diploma[],
  reachable: boolean | undefined,
): BestDiploma | undefined {
  const targets = targetsFor(role, diplomas).map((t) => t.diploma)
  const candidates = targets.length > 0 ? targets : diplomas.filter(isCurrent)
  const ranked = candidates
    .map((diploma) => ({ diploma, coverage: roleCoverage(diploma, role) }))
    .sort((a, b) => byRatio(a.coverage, b.coverage))
  const top = ranked[0]
  return top && { ...top, reachable, among: ranked.length }
}
