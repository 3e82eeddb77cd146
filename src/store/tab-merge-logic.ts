/**
 * Pure: two tabs of the app share one save. When a tab learns that another one wrote, it merges
 * the three states it knows — the common `base` both started from, `mine` and `theirs` — so that
 * nothing either tab did is lost: answers to different questions combine, class codes added or
 * removed on either side are kept so, classes made or deleted on either side too, and only a
 * field changed on both sides takes the later write (`theirs`). With no known base, nothing is
 * removed: everything either side has is kept.
 */
import {
  defaultClassroom,
  type ClassroomSession,
  type SavedAnswer,
  type SavedQuiz,
  type SavedState,
  type Settings,
} from './saved-state'

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

/** Entries of a record (answers, labels) set or removed on either side are kept so. */
function mergeRecords<T>(
  base: Record<string, T> | undefined,
  mine: Record<string, T>,
  theirs: Record<string, T>,
): Record<string, T> {
  const merged = { ...theirs }
  for (const id of new Set([...Object.keys(mine), ...Object.keys(base ?? {})])) {
    const inMine = Object.hasOwn(mine, id)
    const inBase = base ? Object.hasOwn(base, id) : false
    const changedByMe = inMine !== inBase || (inMine && !same(mine[id], base?.[id]))
    const changedByThem = base
      ? Object.hasOwn(theirs, id) !== inBase || !same(theirs[id], base[id])
      : Object.hasOwn(theirs, id)
    if (!changedByMe || changedByThem) continue
    if (inMine) merged[id] = mine[id] as T
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
    answers: mergeRecords<SavedAnswer>(baseQuiz?.answers, mine.answers, theirs.answers),
  }
}

function mergeClassroom(
  base: ClassroomSession | undefined,
  mine: ClassroomSession,
  theirs: ClassroomSession,
): ClassroomSession {
  const {
    codes: baseCodes,
    labels: baseLabels,
    ...baseSettings
  } = base ?? {
    codes: undefined,
    labels: undefined,
  }
  const { codes: myCodes, labels: myLabels, ...mySettings } = mine
  const { codes: theirCodes, labels: theirLabels, ...theirSettings } = theirs
  return {
    ...mergeFields(
      base && (baseSettings as Omit<ClassroomSession, 'codes' | 'labels'>),
      mySettings,
      theirSettings,
    ),
    codes: mergeCodes(baseCodes, myCodes, theirCodes),
    labels: mergeRecords(baseLabels, myLabels, theirLabels),
  }
}

type Classes = Pick<SavedState, 'classroom' | 'otherClasses'>

const byId = (state: Classes) =>
  new Map([state.classroom, ...state.otherClasses].map((c) => [c.id, c]))

/**
 * The classes on the device: each class both sides have is merged; one made on either side is
 * kept; one deleted on one side goes, unless the other side changed it meanwhile (nothing is
 * lost). The open class is the one each side opened last, as any other field.
 */
export function mergeClasses(base: Classes | undefined, mine: Classes, theirs: Classes): Classes {
  const baseClasses = base && byId(base)
  const myClasses = byId(mine)
  const theirClasses = byId(theirs)
  const ids = [...new Set([...theirClasses.keys(), ...myClasses.keys()])]
  const merged: ClassroomSession[] = []
  for (const id of ids) {
    const inBase = baseClasses?.get(id)
    const my = myClasses.get(id)
    const their = theirClasses.get(id)
    if (my && their) merged.push(mergeClassroom(inBase, my, their))
    else {
      const kept = (my ?? their) as ClassroomSession
      // Deleted on the other side: gone, unless this side changed it since.
      if (!inBase || !same(kept, inBase)) merged.push(kept)
    }
  }
  const open = mergeFields(
    base && { id: base.classroom.id },
    { id: mine.classroom.id },
    { id: theirs.classroom.id },
  ).id
  const classroom = merged.find((c) => c.id === open) ?? merged[0] ?? defaultClassroom()
  return { classroom, otherClasses: merged.filter((c) => c !== classroom) }
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
    ...mergeClasses(base, mine, theirs),
  }
}
