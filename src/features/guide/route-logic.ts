/**
 * "Quelle voie pour moi ?": the routes from a student's level to a target role, as a counsellor
 * would list them. The level and the situation come first — which kinds of course a student can
 * start from where they are, through which admission system (Affelnet after the 3e, Parcoursup
 * after the bac, a training centre, France Travail, the CPF or VAE for an adult) — and coverage of
 * the role's skills only orders routes of the same kind. Pure and data-driven: `openTo`, `kind`,
 * `status`, `jobs`, `admission.via`, the role's `entry.routes` and `sectorSkills`.
 */
import type { AdmissionSystemId, DiplomaKind, StudentLevel } from '@/content/vocabulary'
import type { Diploma, Role, Skill } from '@/content/schemas'
import { currentReplacement, isCurrent, roleCoverage, type RoleCoverage } from './coverage-logic'

/** At most this many routes are recommended; the others stay in the comparison. */
export const MAX_ROUTES = 3

/** The rule that puts a route where it is: each has its own "parce que" in the page. */
export type RuleId =
  | 'affelnet-vocational'
  | 'parcoursup-higher'
  | 'parcoursup-bts-bac-pro'
  | 'specialise-after-bac'
  | 'work-then-title'
  | 'title-work-study'
  | 'adult-title'

/**
 * One kind of first step a counsellor proposes from a level: the kinds of course it starts, and
 * the admission systems to use, the usual one first.
 */
export interface Tier {
  rule: RuleId
  kinds: readonly DiplomaKind[]
  systems: readonly AdmissionSystemId[]
}

/**
 * What a counsellor proposes from each level, in this order; a kind of course that no tier of a
 * level names is not proposed from it.
 * - 3e: a vocational course through Affelnet (bac pro, or a CAP), possibly as an apprentice;
 * - lycée général ou technologique: BTS or BUT on Parcoursup (apprenticeship possible), then a
 *   titre professionnel in work-study, then a one-year specialisation;
 * - bac pro: a BTS on Parcoursup, where places are set aside for bac pro holders, then a
 *   specialisation, then a BUT, then work and a title (VAE, CPF);
 * - after the bac: BTS, BUT or licence pro on Parcoursup, then a title in work-study, then a CS;
 * - adult: a titre professionnel, financed by France Travail or the CPF, or earned through VAE.
 */
export const LEVEL_TIERS: Record<StudentLevel, readonly Tier[]> = {
  troisieme: [
    {
      rule: 'affelnet-vocational',
      kinds: ['bac-pro', 'cap'],
      systems: ['affelnet', 'apprentissage'],
    },
  ],
  'lycee-gt': [
    { rule: 'parcoursup-higher', kinds: ['bts', 'but'], systems: ['parcoursup', 'apprentissage'] },
    { rule: 'title-work-study', kinds: ['titre-pro'], systems: ['apprentissage', 'organisme'] },
    { rule: 'specialise-after-bac', kinds: ['cs'], systems: ['organisme', 'apprentissage'] },
  ],
  'bac-pro': [
    { rule: 'parcoursup-bts-bac-pro', kinds: ['bts'], systems: ['parcoursup', 'apprentissage'] },
    { rule: 'specialise-after-bac', kinds: ['cs'], systems: ['organisme', 'apprentissage'] },
    { rule: 'parcoursup-higher', kinds: ['but'], systems: ['parcoursup', 'apprentissage'] },
    {
      rule: 'work-then-title',
      kinds: ['titre-pro'],
      systems: ['vae', 'cpf', 'organisme', 'apprentissage', 'france-travail'],
    },
  ],
  'post-bac': [
    {
      rule: 'parcoursup-higher',
      kinds: ['bts', 'but', 'licence-pro'],
      systems: ['parcoursup', 'apprentissage'],
    },
    {
      rule: 'title-work-study',
      kinds: ['titre-pro'],
      systems: ['apprentissage', 'organisme', 'cpf'],
    },
    { rule: 'specialise-after-bac', kinds: ['cs'], systems: ['organisme', 'apprentissage'] },
  ],
  adulte: [
    {
      rule: 'adult-title',
      kinds: ['titre-pro'],
      systems: ['france-travail', 'cpf', 'vae', 'organisme'],
    },
  ],
}

/** The tier of a level that proposes a kind of course, with its rank; undefined if none does. */
export function tierFor(level: StudentLevel, kind: DiplomaKind) {
  const index = LEVEL_TIERS[level].findIndex((tier) => tier.kinds.includes(kind))
  const tier = LEVEL_TIERS[level][index]
  return tier && { tier, index }
}

/**
 * Where a student stands once a diploma is earned, for the next step of a route. Only a bac pro
 * or a CAP is a stepping stone (to a BTS, a BUT, or a CS or titre professionnel that specialises
 * it); the other diplomas lead to a job, and further study after them is beyond this guide.
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

/** One step of a route: the courses one can choose between, from a level, and how to get in. */
export interface Step {
  choices: Diploma[]
  /** Where the student stands when taking this step. */
  level: StudentLevel
  rule: RuleId
  /** The ways in, the usual one first: the tier's systems that these courses offer. */
  systems: AdmissionSystemId[]
}

export interface Route {
  steps: Step[]
  /** The rule of the first step: what puts the route in its place. */
  rule: RuleId
  /** The best-covering course of the last step. */
  target: Diploma
  listedBy: ListedBy
  coverage: RoleCoverage
}

const byRatio = (a: RoleCoverage, b: RoleCoverage) => b.ratio - a.ratio || b.depth - a.depth

/** The admission systems of a step: the tier's, in its order, that one of the courses offers. */
export function stepSystems(tier: Tier, choices: readonly Diploma[]): AdmissionSystemId[] {
  const offered = new Set(choices.flatMap((d) => d.admission?.via ?? []))
  const fromTier = tier.systems.filter((s) => offered.has(s))
  return fromTier.length > 0 ? fromTier : [...offered]
}

/**
 * The shortest way from a level to a diploma through today's diplomas, as lists of choices: one
 * step when the diploma is open to the level, two when an earlier diploma open to the level leads
 * into it (the choices for that first step best-covering first). Undefined when neither works.
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

/** A course made for the job (the role names it and it names the role) comes first. */
const LISTED_RANK: Record<ListedBy, number> = { both: 0, role: 1, diploma: 2 }

interface Candidate {
  route: Route
  /** Rank of the first step's tier for the level, then of the second step's for the level after. */
  tiers: number[]
  order: number
}

/** A route's steps with their tiers, or undefined when the level's rules do not propose it. */
function placeSteps(level: StudentLevel, choices: Diploma[][]) {
  const steps: Step[] = []
  const tiers: number[] = []
  let from: StudentLevel | undefined = level
  for (const step of choices) {
    const found = from && step[0] && tierFor(from, step[0].kind)
    if (!from || !found) return undefined
    steps.push({
      choices: step,
      level: from,
      rule: found.tier.rule,
      systems: stepSystems(found.tier, step),
    })
    tiers.push(found.index)
    from = step[0] && levelAfter(step[0])
  }
  return { steps, tiers }
}

const compareCandidates = (a: Candidate, b: Candidate) =>
  (a.tiers[0] ?? 0) - (b.tiers[0] ?? 0) ||
  a.route.steps.length - b.route.steps.length ||
  (a.tiers[1] ?? 0) - (b.tiers[1] ?? 0) ||
  LISTED_RANK[a.route.listedBy] - LISTED_RANK[b.route.listedBy] ||
  byRatio(a.route.coverage, b.route.coverage) ||
  a.route.target.niveau - b.route.target.niveau ||
  a.order - b.order

/** Routes that differ only by the course of their last step, of the same kind, become one. */
const groupKey = (c: Candidate) =>
  [
    c.tiers.join('.'),
    c.route.steps
      .slice(0, -1)
      .map((s) => s.choices.map((d) => d.id).join('|'))
      .join('>'),
    c.route.target.kind,
  ].join('/')

/**
 * Every route from a level to a role, best first: by the level's rules (the tier of the first
 * step, a direct route before one with a step more, then the tier of the second step), then a
 * course made for the job before one that only leads to it, then the target covering the role's
 * skills best (weighted ratio, then depth), then the lower certification level, then content
 * order. Routes that differ only by a last course of the same kind are merged, its choices in
 * that order.
 */
export function rankRoutes(level: StudentLevel, role: Role, diplomas: readonly Diploma[]): Route[] {
  const candidates = targetsFor(role, diplomas).flatMap(({ diploma, listedBy }, order) => {
    const choices = stepsTo(level, diploma, diplomas, role)
    const placed = choices && placeSteps(level, choices)
    if (!placed) return []
    const route: Route = {
      steps: placed.steps,
      rule: placed.steps[0]?.rule ?? 'adult-title',
      target: diploma,
      listedBy,
      coverage: roleCoverage(diploma, role),
    }
    return [{ route, tiers: placed.tiers, order }]
  })
  candidates.sort(compareCandidates)

  const merged = new Map<string, Candidate[]>()
  for (const candidate of candidates) {
    const key = groupKey(candidate)
    merged.set(key, [...(merged.get(key) ?? []), candidate])
  }
  return [...merged.values()].map((group) => {
    const [best] = group as [Candidate, ...Candidate[]]
    const last = best.route.steps[best.route.steps.length - 1] as Step
    const choices = group.map((c) => c.route.target)
    const tier = LEVEL_TIERS[last.level].find((t) => t.rule === last.rule)
    const lastStep: Step = {
      ...last,
      choices,
      systems: tier ? stepSystems(tier, choices) : last.systems,
    }
    return { ...best.route, steps: [...best.route.steps.slice(0, -1), lastStep] }
  })
}

/** The routes recommended from a level to a role: the best `MAX_ROUTES` of `rankRoutes`. */
export function routesFor(level: StudentLevel, role: Role, diplomas: readonly Diploma[]): Route[] {
  return rankRoutes(level, role, diplomas).slice(0, MAX_ROUTES)
}

/**
 * Today's diplomas a student can start from their level, in the order the level's rules propose
 * them, then lowest certification level first.
 */
export function diplomasOpenTo(level: StudentLevel, diplomas: readonly Diploma[]): Diploma[] {
  const rank = (d: Diploma) => tierFor(level, d.kind)?.index ?? LEVEL_TIERS[level].length
  return diplomas
    .map((d, order) => ({ d, order }))
    .filter(({ d }) => isCurrent(d) && d.openTo.includes(level))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.d.niveau - b.d.niveau || a.order - b.order)
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
 * treated as no role (the page says so); no context gives an empty recommendation. The best
 * diploma is the best-covering one the routes reach — not always the first route's, which the
 * level's rules choose — or, with no route, the best-covering diploma that leads to the role.
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
  const reachable = ranked
    .flatMap((r) => r.steps[r.steps.length - 1]?.choices ?? [])
    .map((diploma) => ({ diploma, coverage: roleCoverage(diploma, role) }))
  const top = [...reachable].sort((a, b) => byRatio(a.coverage, b.coverage))[0]
  const best = top
    ? { ...top, reachable: true, among: reachable.length }
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
