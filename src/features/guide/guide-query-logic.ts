/**
 * The guide's state in the URL — `#/formations?vue=2011|aujourdhui|toutes&niveau=…&metier=…` —
 * so that a counsellor can share or project a view and the results page can open it on a case.
 * Today's comparison is the default; `vue=2011` opens the 2011 comparison, `vue=toutes` every
 * course.
 */
import { STUDENT_LEVELS, type StudentLevel } from '@/content/vocabulary'
import type { GuideView } from './coverage-logic'

const VIEW_PARAM: Record<GuideView, string> = { '2011': '2011', today: 'aujourdhui', all: 'toutes' }
export const DEFAULT_VIEW: GuideView = 'today'

export interface GuideQuery {
  view: GuideView
  /** The level, when the URL gives a known one. */
  level?: StudentLevel
  /** The role id as given (the page checks it against the content). */
  roleId?: string
  /** A `niveau` value the app does not know, to say so. */
  unknownLevel?: string
}

const isStudentLevel = (value: string): value is StudentLevel =>
  (STUDENT_LEVELS as readonly string[]).includes(value)

/** Reads the guide's parameters; an unknown `vue` falls back to today's comparison. */
export function readGuideQuery(query: URLSearchParams): GuideQuery {
  const viewParam = query.get('vue')
  const view =
    (Object.keys(VIEW_PARAM) as GuideView[]).find((v) => VIEW_PARAM[v] === viewParam) ??
    DEFAULT_VIEW
  const level = query.get('niveau') || undefined
  const roleId = query.get('metier') || undefined
  return {
    view,
    level: level && isStudentLevel(level) ? level : undefined,
    unknownLevel: level && !isStudentLevel(level) ? level : undefined,
    roleId,
  }
}

/**
 * The query after a change, keeping every other parameter (`lang`, and `niveau`/`metier` when
 * only the view changes). An empty string removes a parameter.
 */
export function updateGuideQuery(
  query: URLSearchParams,
  change: { view?: GuideView; level?: StudentLevel | ''; roleId?: string },
): Record<string, string | undefined> {
  const next: Record<string, string | undefined> = Object.fromEntries(query.entries())
  if (change.view) next.vue = change.view === DEFAULT_VIEW ? undefined : VIEW_PARAM[change.view]
  if (change.level !== undefined) next.niveau = change.level || undefined
  if (change.roleId !== undefined) next.metier = change.roleId || undefined
  return next
}
