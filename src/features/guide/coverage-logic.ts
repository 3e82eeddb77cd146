/**
 * What a diploma covers of the sector's skills, and which diplomas each view of the
 * comparison shows. Pure functions over content: no React.
 */
import type { CoverageLevel } from '@/content/vocabulary'
import { CERTIFICATION_LEVELS, DIPLOMA_KINDS } from '@/content/vocabulary'
import type { Diploma, Role, Skill } from '@/content/schemas'
import { isAwarded, isoDate } from '@/lib/certification-status'

/** The three views of the comparison, as the URL names them (`vue=`). */
export const GUIDE_VIEWS = ['2011', 'today', 'all'] as const
export type GuideView = (typeof GUIDE_VIEWS)[number]

/** A skill counts as covered from this level up ("Couvert", "Au cœur"). */
export const COVERED_FROM: CoverageLevel = 2

/** Still awarded today: never a replaced or ended diploma, nor one past its registration's end date. */
export const isCurrent = (diploma: Diploma) => isAwarded(diploma, isoDate(new Date()))

/** The level a diploma gives a skill; a missing cell (content:check forbids it) counts as absent. */
export function coverageLevel(diploma: Diploma, skillId: string): CoverageLevel {
  return diploma.coverage[skillId]?.level ?? 0
}

const yearsOf = (diploma: Diploma) => diploma.history.map((event) => event.year)

/** First and last years of a diploma's history: its creation and, for a replaced one, its end. */
export function activeYears(diploma: Diploma): { from?: number; until?: number } {
  const years = yearsOf(diploma)
  if (years.length === 0) return {}
  return {
    from: Math.min(...years),
    until: diploma.status === 'replaced' ? Math.max(...years) : undefined,
  }
}

/**
 * The current diploma that took over from a replaced one, following the `replacedBy` chain
 * (a replacement may itself have been replaced). Undefined for a current diploma or a broken chain.
 */
export function currentReplacement(diploma: Diploma, diplomas: readonly Diploma[]) {
  const seen = new Set<string>([diploma.id])
  let next = diploma.replacedBy
  while (next && !seen.has(next)) {
    seen.add(next)
    const found = diplomas.find((d) => d.id === next)
    if (!found) return undefined
    if (isCurrent(found)) return found
    next = found.replacedBy
  }
  return undefined
}

/**
 * The diplomas the 2011 article could compare: replaced since, and already in force in 2011
 * (their history starts in 2011 or before). With the real content: BTS MUC and BTS NRC.
 */
export function diplomasOf2011(diplomas: readonly Diploma[]): Diploma[] {
  return diplomas.filter((d) => {
    const { from } = activeYears(d)
    return d.status === 'replaced' && from !== undefined && from <= 2011
  })
}

/** Today's successors of the 2011 diplomas, in the same order, each once. */
export function diplomasOfToday(diplomas: readonly Diploma[]): Diploma[] {
  const successors = diplomasOf2011(diplomas)
    .map((d) => currentReplacement(d, diplomas))
    .filter((d): d is Diploma => d !== undefined)
  return successors.filter((d, i) => successors.findIndex((s) => s.id === d.id) === i)
}

/**
 * Every diploma, from the lowest certification level up (then by kind: bac pro, CS, titre, BTS,
 * BUT); a replaced diploma sits just before the one that replaced it, so the pairs read side by side.
 */
export function diplomasInLevelOrder(diplomas: readonly Diploma[]): Diploma[] {
  const rank = (d: Diploma) =>
    CERTIFICATION_LEVELS.indexOf(d.niveau) * 100 + DIPLOMA_KINDS.indexOf(d.kind)
  const current = diplomas
    .filter(isCurrent)
    .map((d, index) => ({ d, index }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.index - b.index)
    .map(({ d }) => d)
  const replaced = diplomas.filter((d) => !isCurrent(d))
  const ordered: Diploma[] = []
  for (const d of current) {
    ordered.push(...replaced.filter((old) => currentReplacement(old, diplomas)?.id === d.id), d)
  }
  ordered.push(...replaced.filter((old) => !ordered.includes(old)))
  return ordered
}

/** The diplomas (columns) a view of the comparison shows. */
export function diplomasForView(view: GuideView, diplomas: readonly Diploma[]): Diploma[] {
  if (view === '2011') return diplomasOf2011(diplomas)
  if (view === 'today') return diplomasOfToday(diplomas)
  return diplomasInLevelOrder(diplomas)
}

export interface CoverageSummary {
  /** Skills at "Couvert" or "Au cœur". */
  covered: number
  /** Skills at "Au cœur". */
  core: number
  total: number
}

/** How many of the sector's skills a diploma covers (level 2+) and has at its core (level 3). */
export function summarizeCoverage(diploma: Diploma, skills: readonly Skill[]): CoverageSummary {
  const levels = skills.map((s) => coverageLevel(diploma, s.id))
  return {
    covered: levels.filter((level) => level >= COVERED_FROM).length,
    core: levels.filter((level) => level === 3).length,
    total: skills.length,
  }
}

/** The skills that none of the given diplomas covers (all below level 2): what a view leaves thin. */
export function skillsLeftThin(diplomas: readonly Diploma[], skills: readonly Skill[]): Skill[] {
  if (diplomas.length === 0) return []
  return skills.filter((s) => diplomas.every((d) => coverageLevel(d, s.id) < COVERED_FROM))
}

export interface SkillFit {
  skill: string
  /** The level the role needs (1–3). */
  needed: number
  /** The level the diploma gives (0–3). */
  has: CoverageLevel
}

export interface RoleCoverage {
  /**
   * The weighted share of the role's needs the diploma meets, from 0 to 1:
   * Σ needed × min(has, needed) / Σ needed². Each skill weighs its needed level; coverage above
   * the need does not make up for a gap elsewhere.
   */
  ratio: number
  /** Σ needed × has, uncapped: breaks ties in favour of the diploma that goes further. */
  depth: number
  fits: SkillFit[]
  /** The role's skills where the diploma is below the needed level, largest shortfall first. */
  gaps: SkillFit[]
}

/** How well a diploma covers the sector skills a role needs (`role.sectorSkills`). */
export function roleCoverage(diploma: Diploma, role: Role): RoleCoverage {
  const fits = role.sectorSkills.map((need) => ({
    skill: need.skill,
    needed: need.level,
    has: coverageLevel(diploma, need.skill),
  }))
  const weight = fits.reduce((sum, f) => sum + f.needed * f.needed, 0)
  const met = fits.reduce((sum, f) => sum + f.needed * Math.min(f.has, f.needed), 0)
  const gaps = fits
    .map((f, order) => ({ f, order }))
    .filter(({ f }) => f.has < f.needed)
    .sort(
      (a, b) =>
        b.f.needed - b.f.has - (a.f.needed - a.f.has) ||
        b.f.needed - a.f.needed ||
        a.order - b.order,
    )
    .map(({ f }) => f)
  return {
    ratio: weight === 0 ? 0 : met / weight,
    depth: fits.reduce((sum, f) => sum + f.needed * f.has, 0),
    fits,
    gaps,
  }
}
