/**
 * The class board, from the result codes alone: each code is decoded and scored exactly as the
 * results page does, then the class is summed up (which roles come first, the class's average
 * profile, levels) and discussion prompts are picked. Pure and recomputed: nothing here is stored.
 */
import type { Questionnaire, QuestionnaireShape } from '@/content/schemas'
import {
  INTEREST_DIMENSIONS,
  SKILL_DIMENSIONS,
  STUDENT_LEVELS,
  type DimensionId,
  type StudentLevel,
} from '@/content/vocabulary'
import type { QuizLength } from '@/lib/questionnaire/answers'
import { PROFILE_MAX } from '@/lib/questionnaire/dimension-levels'
import { decodeResultCode, type ResultCodeError } from '@/lib/questionnaire/result-code-logic'
import { computeResults, type RoleMatch, type ScoringRole } from '@/lib/questionnaire/scoring-logic'

/** How many roles per student the board and the CSV file show. */
export const TOP_ROLES = 3

/**
 * What a student's results say: `fits` (some role reaches the fit threshold), `no-fit` (none
 * does), `not-informative` (too many skips, always the same answer…), or the code is `unreadable`.
 */
export type EntryStatus = 'fits' | 'no-fit' | 'not-informative' | 'unreadable'

export interface ClassEntry {
  code: string
  status: EntryStatus
  /** Set for readable codes. */
  length?: QuizLength
  /** The questionnaire version the code was given under (readable codes). */
  version?: number
  level?: StudentLevel
  /** The best three matches (empty when not informative or unreadable). */
  top: RoleMatch[]
  /** Dimension levels 0–3 (readable codes). */
  levels?: Partial<Record<DimensionId, number>>
  /** Why an unreadable code cannot be read. */
  error?: ResultCodeError
}

export interface Tally<T extends string> {
  id: T
  count: number
}

export interface DimensionMean {
  id: DimensionId
  /** The class's average level, as a percentage of the scale (0–100). */
  percent: number
  /** How many students' answers measured it. */
  measured: number
}

export interface ClassBoard {
  entries: ClassEntry[]
  /** Codes that could be read. */
  readable: number
  /** Students for whom some role fits: the top-role counts are over them. */
  ranked: number
  noFit: number
  notInformative: number
  unreadable: number
  /** For each role first for at least one student, how many; most first, then content order. */
  firstRoles: Tally<string>[]
  /** For each role in at least one ranked student's top three, how many; most first. */
  topThreeRoles: Tally<string>[]
  /** Roles in nobody's top three (content order). */
  absentRoles: string[]
  /** The class's average profile over informative answers (no-fit included), interests then skills. */
  interests: DimensionMean[]
  skills: DimensionMean[]
  /** Students by level, in the vocabulary's order, then those who did not say. */
  levels: Tally<StudentLevel | 'unknown'>[]
  lengths: Record<QuizLength, number>
  /** Readable codes by questionnaire version, newest first: old codes count as much as new. */
  versions: { version: number; count: number }[]
}

export interface BoardContent {
  questionnaire: Questionnaire
  roles: readonly ScoringRole[]
  /** The frozen shapes of released versions: a code from an older version reads and scores with its own. */
  releasedQuestionnaires?: readonly QuestionnaireShape[]
}

/** Decodes and scores one code. */
export function classEntry(code: string, content: BoardContent): ClassEntry {
  const decoded = decodeResultCode(code, content)
  if (!decoded.ok) return { code, status: 'unreadable', top: [], error: decoded.error }
  const results = computeResults(
    content.questionnaire,
    content.roles,
    decoded.quiz,
    content.releasedQuestionnaires,
  )
  const status: EntryStatus =
    results.notInformative !== undefined
      ? 'not-informative'
      : results.someRoleFits
        ? 'fits'
        : 'no-fit'
  return {
    code,
    status,
    length: decoded.quiz.length,
    version: decoded.quiz.version ?? content.questionnaire.version,
    ...(results.studentLevel && { level: results.studentLevel }),
    top: status === 'not-informative' ? [] : results.ranking.slice(0, TOP_ROLES),
    levels: results.levels,
  }
}

const tally = <T extends string>(ids: readonly T[], order: readonly T[]): Tally<T>[] => {
  const counts = new Map<T, number>()
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.id) - order.indexOf(b.id))
}

function dimensionMeans(
  entries: ClassEntry[],
  dimensions: readonly DimensionId[],
): DimensionMean[] {
  return dimensions
    .map((id) => {
      const values = entries.flatMap((e) => {
        const level = e.levels?.[id]
        return level === undefined ? [] : [level]
      })
      const mean = values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0
      return { id, percent: Math.round((100 * mean) / PROFILE_MAX), measured: values.length }
    })
    .filter((d) => d.measured > 0)
    .sort((a, b) => b.percent - a.percent || dimensions.indexOf(a.id) - dimensions.indexOf(b.id))
}

/** Everything the class board shows, from the list of codes. */
export function buildClassBoard(codes: readonly string[], content: BoardContent): ClassBoard {
  const entries = codes.map((code) => classEntry(code, content))
  const roleOrder = content.roles.map((r) => r.id)
  const ranked = entries.filter((e) => e.status === 'fits')
  const informative = entries.filter((e) => e.status === 'fits' || e.status === 'no-fit')
  const count = (status: EntryStatus) => entries.filter((e) => e.status === status).length
  const topThreeRoles = tally(
    ranked.flatMap((e) => e.top.map((m) => m.roleId)),
    roleOrder,
  )
  const readable = entries.filter((e) => e.status !== 'unreadable')
  const levelOrder = [...STUDENT_LEVELS, 'unknown'] as const
  return {
    entries,
    readable: readable.length,
    ranked: ranked.length,
    noFit: count('no-fit'),
    notInformative: count('not-informative'),
    unreadable: count('unreadable'),
    firstRoles: tally(
      ranked.flatMap((e) => (e.top[0] ? [e.top[0].roleId] : [])),
      roleOrder,
    ),
    topThreeRoles,
    absentRoles: roleOrder.filter((id) => !topThreeRoles.some((t) => t.id === id)),
    interests: dimensionMeans(informative, INTEREST_DIMENSIONS),
    skills: dimensionMeans(informative, SKILL_DIMENSIONS),
    levels: tally<StudentLevel | 'unknown'>(
      readable.map((e) => e.level ?? 'unknown'),
      levelOrder,
    ).sort((a, b) => levelOrder.indexOf(a.id) - levelOrder.indexOf(b.id)),
    lengths: {
      short: readable.filter((e) => e.length === 'short').length,
      full: readable.filter((e) => e.length === 'full').length,
    },
    versions: [
      ...tally(
        readable.map((e) => String(e.version)),
        [],
      ),
    ]
      .map(({ id, count }) => ({ version: Number(id), count }))
      .sort((a, b) => b.version - a.version),
  }
}

/** A discussion prompt the board offers, with what it talks about. */
export type DiscussionPrompt =
  | { kind: 'first-role'; roleId: string; count: number }
  | { kind: 'absent-role'; roleId: string }
  | { kind: 'strong-and-weak'; strong: DimensionId; weak: DimensionId }
  | { kind: 'no-fit'; count: number }
  | { kind: 'cliches' }
  | { kind: 'bots-and-humans' }
  | { kind: 'training' }

/**
 * The prompts for this class: some built on its results (the role that comes first most often, a
 * role nobody has, the class's strongest and weakest side, students for whom nothing stands out),
 * then general ones for a class hour (the clichés when the class played the warm-up).
 */
export function discussionPrompts(
  board: ClassBoard,
  session: { warmUp: boolean },
): DiscussionPrompt[] {
  const prompts: DiscussionPrompt[] = []
  const first = board.firstRoles[0]
  if (first) prompts.push({ kind: 'first-role', roleId: first.id, count: first.count })
  const absent = board.absentRoles[0]
  if (absent && board.ranked > 0) prompts.push({ kind: 'absent-role', roleId: absent })
  const profile = [...board.interests, ...board.skills].sort((a, b) => b.percent - a.percent)
  const strong = profile[0]
  const weak = profile[profile.length - 1]
  if (strong && weak && strong.percent > weak.percent)
    prompts.push({ kind: 'strong-and-weak', strong: strong.id, weak: weak.id })
  if (board.noFit > 0) prompts.push({ kind: 'no-fit', count: board.noFit })
  if (session.warmUp) prompts.push({ kind: 'cliches' })
  prompts.push({ kind: 'bots-and-humans' }, { kind: 'training' })
  return prompts
}
