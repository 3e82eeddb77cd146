/**
 * Pure: two tabs of the app share one save. When a tab learns that another one wrote, it merges
 * the three states it knows — the common `base` both started from, `mine` and `theirs` — so that
 * nothing either tab did is lost: answers to different questions combine, class codes added or
 * removed on either side are kept so, and only a field changed on both sides takes the later
 * write (`theirs`). With no known base, nothing is removed: everything either side has is kept.
 */
import type { ClassroomSession, SavedAnswer, SavedQuiz, SavedState, Settings } from './saved-state'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Per field: mine when only I changed it since the base, otherwise theirs (the later write). */
function mergeFields<T extends object>(base: T | undefined, mine: T, theirs: T): T {
  const merged = { ...theirs }
  if (!base) return merged
  for (const key of Object.keys(mine) as (keyof T)[])
    if (!same(mine[key], base[key]) && same(theirs[key], base[key])) merged[key] = mine[key]
  return merged
}

function counts(codes: readonly string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const code of codes) map.set(code, (map.get(code) ?? 0) + 1)
  return map
}

/**
 * Codes are a list in which the same code may come twice (two students, same answers): theirs,
 * without the codes I removed since the base, then the codes I added, in my order.
 */
export function mergeCodes(
  base: readonly string[] | undefined,
  mine: readonly string[],
  theirs: readonly string[],
): string[] {
  const baseCounts = counts(base ?? [])
  const mineCounts = counts(mine)
  const theirCounts = counts(theirs)
  const toRemove = new Map<string, number>()
  if (base)
    for (const [code, n] of baseCounts) {
      const removed = n - (mineCounts.get(code) ?? 0)
      if (removed > 0) toRemove.set(code, removed)
    }
  const merged: string[] = []
  for (const code of theirs) {
    const left = toRemove.get(code) ?? 0
    if (left > 0) toRemove.set(code, left - 1)
    else merged.push(code)
  }
  // Without a base, "added by me" is whatever I have beyond what they have.
  const reference = base ? baseCounts : theirCounts
  const seen = new Map<string, number>()
  for (const code of mine) {
    const n = (seen.get(code) ?? 0) + 1
    seen.set(code, n)
    if (n > (reference.get(code) ?? 0)) merged.push(code)
  }
  return merged
}

function mergeAnswers(
  base: Record<string, SavedAnswer> | undefined,
  mine: Record<string, SavedAnswer>,
  theirs: Record<string, SavedAnswer>,
): Record<string, SavedAnswer> {
  const merged = { ...theirs }
  for (const id of new Set([...Object.keys(mine), ...Object.keys(base ?? {})])) {
    const inMine = Object.hasOwn(mine, id)
    const inBase = base ? Object.hasOwn(base, id) : false
    const changedByMe = inMine !== inBase || (inMine && !same(mine[id], base?.[id]))
    const changedByThem = base
      ? Object.hasOwn(theirs, id) !== inBase || !same(theirs[id], base[id])
      : Object.hasOwn(theirs, id)
    if (!changedByMe || changedByThem) continue
    if (inMine) merged[id] = mine[id] as SavedAnswer
    else if (base) delete merged[id]
  }
  return merged
}

function mergeQuiz(
  base: SavedQuiz | null | undefined,
  mine: SavedQuiz | null,
  theirs: SavedQuiz | null,
): SavedQuiz | null {
  if (same(mine, theirs)) return theirs
  if (base !== undefined && same(mine, base)) return theirs
  if (base !== undefined && same(theirs, base)) return mine
  // Both changed it: one side starting again must not cost the other side its answers.
  if (!mine || !theirs) return mine ?? theirs
  // Answers under another questionnaire version do not mix: the later write wins.
  if (mine.version !== theirs.version) return theirs
  const baseQuiz = base && base.version === mine.version ? base : undefined
  return {
    ...mergeFields(
      baseQuiz && { length: baseQuiz.length, finished: baseQuiz.finished },
      { length: mine.length, finished: mine.finished },
      { length: theirs.length, finished: theirs.finished },
    ),
    version: theirs.version,
    answers: mergeAnswers(baseQuiz?.answers, mine.answers, theirs.answers),
  }
}

function mergeClassroom(
  base: ClassroomSession | undefined,
  mine: ClassroomSession,
  theirs: ClassroomSession,
): ClassroomSession {
  const { codes: baseCodes, ...baseSettings } = base ?? { codes: undefined }
  const { codes: myCodes, ...mySettings } = mine
  const { codes: theirCodes, ...theirSettings } = theirs
  return {
    ...mergeFields(
      base && (baseSettings as Omit<ClassroomSession, 'codes'>),
      mySettings,
      theirSettings,
    ),
    codes: mergeCodes(baseCodes, myCodes, theirCodes),
  }
}

/** The state both tabs should hold once each knows what the other did. */
export function mergeSavedStates(
  base: SavedState | undefined,
  mine: SavedState,
  theirs: SavedState,
): SavedState {
  return {
    settings: mergeFields<Settings>(base?.settings, mine.settings, theirs.settings),
    quiz: mergeQuiz(base ? base.quiz : undefined, mine.quiz, theirs.quiz),
    classroom: mergeClassroom(base?.classroom, mine.classroom, theirs.classroom),
  }
}
