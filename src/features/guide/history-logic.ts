/**
 * « Ce que le secteur disait en 2011, et ce qui a changé »: what the reforms did to the skills
 * the 2011 diplomas left thin. Pure: compares the best coverage of the 2011 pair with the best of
 * today's successors, skill by skill.
 */
import type { CoverageLevel } from '@/content/vocabulary'
import type { Diploma, Skill } from '@/content/schemas'
import { COVERED_FROM, coverageLevel, diplomasOf2011, diplomasOfToday } from './coverage-logic'

export interface SkillChange {
  skill: Skill
  /** The best level among the 2011 diplomas. */
  before: CoverageLevel
  /** The best level among today's successors. */
  after: CoverageLevel
  /** The successor that gives `after`. */
  by?: Diploma
}

export interface ReformChanges {
  /** Thin in 2011 (below "Couvert"), covered today. */
  fixed: SkillChange[]
  /** Covered in 2011 and today, but deeper today. */
  deepened: SkillChange[]
  /** Covered in 2011, thin today. */
  weakened: SkillChange[]
  /** Thin in both generations: what the sector still has to find elsewhere. */
  stillThin: SkillChange[]
}

const best = (diplomas: readonly Diploma[], skillId: string) =>
  diplomas.reduce<{ level: CoverageLevel; by?: Diploma }>(
    (top, d) =>
      coverageLevel(d, skillId) > top.level ? { level: coverageLevel(d, skillId), by: d } : top,
    { level: 0 },
  )

/** Sorts every skill into what the reforms fixed, deepened, weakened or left thin. */
export function reformChanges(
  diplomas: readonly Diploma[],
  skills: readonly Skill[],
): ReformChanges {
  const then = diplomasOf2011(diplomas)
  const now = diplomasOfToday(diplomas)
  const changes: ReformChanges = { fixed: [], deepened: [], weakened: [], stillThin: [] }
  if (then.length === 0 || now.length === 0) return changes
  for (const skill of skills) {
    const before = best(then, skill.id).level
    const { level: after, by } = best(now, skill.id)
    const change = { skill, before, after, by }
    const thinBefore = before < COVERED_FROM
    const thinAfter = after < COVERED_FROM
    if (thinBefore && thinAfter) changes.stillThin.push(change)
    else if (thinBefore) changes.fixed.push(change)
    else if (thinAfter) changes.weakened.push(change)
    else if (after > before) changes.deepened.push(change)
  }
  return changes
}
