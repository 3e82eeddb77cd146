/**
 * What survives a reload, and how older saved data becomes today's shape.
 * Pure: no zustand, no React. Each step of `MIGRATIONS` moves data up exactly one version.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n'

export const SAVED_STATE_VERSION = 2

export type ReadingFont = 'system' | 'hyperlegible'
export type TextSize = 'normal' | 'large'
export type LineSpacing = 'normal' | 'wide'

export interface Settings {
  locale: Locale
  /** Whether the person chose the language (a `?lang=` link or the switch), rather than the default. */
  localeChosen: boolean
  readingFont: ReadingFont
  textSize: TextSize
  lineSpacing: LineSpacing
}

/** One saved answer: option id(s), a 1–5 scale value, or null for a skipped question. */
export type SavedAnswer = string | readonly string[] | number | null

/** The questionnaire in progress (or finished), as it must survive a reload. */
export interface SavedQuiz {
  length: 'short' | 'full'
  /** The questionnaire version the answers were given under (content/questions.yaml). */
  version: number
  answers: Record<string, SavedAnswer>
  /** The student reached the end and asked for the results. */
  finished: boolean
}

export interface SavedState {
  settings: Settings
  /** Checked against today's questionnaire by the pages that read it, not here. */
  quiz: SavedQuiz | null
}

export const DEFAULT_SETTINGS: Settings = {
  locale: DEFAULT_LOCALE,
  localeChosen: false,
  readingFont: 'system',
  textSize: 'normal',
  lineSpacing: 'normal',
}

export const defaultSavedState = (): SavedState => ({
  settings: { ...DEFAULT_SETTINGS },
  quiz: null,
})

export class UnknownSavedVersionError extends Error {
  constructor(readonly version: unknown) {
    super(`Saved data has version ${String(version)}, this app reads up to ${SAVED_STATE_VERSION}`)
    this.name = 'UnknownSavedVersionError'
  }
}

/** Steps indexed by the version they start from: MIGRATIONS[1] turns v1 data into v2. */
const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  /** Version 2 saves the questionnaire's answers; version 1 had none. */
  1: (data) => ({ ...data, quiz: null }),
}

export function migrateSavedState(persisted: unknown, fromVersion: number): SavedState {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > SAVED_STATE_VERSION)
    throw new UnknownSavedVersionError(fromVersion)
  let data = isRecord(persisted) ? persisted : {}
  for (let version = fromVersion; version < SAVED_STATE_VERSION; version++) {
    const step = MIGRATIONS[version]
    if (!step) throw new UnknownSavedVersionError(version)
    data = step(data)
  }
  return restoreSavedState(data).state
}

/**
 * Turns anything into a valid SavedState, keeping every field that is valid and
 * reporting whether something had to be dropped.
 */
export function restoreSavedState(raw: unknown): { state: SavedState; repaired: boolean } {
  const state = defaultSavedState()
  if (!isRecord(raw)) return { state, repaired: raw !== undefined && raw !== null }
  let repaired = false
  const settings = isRecord(raw.settings) ? raw.settings : undefined
  if (raw.settings !== undefined && !settings) repaired = true
  if (settings) {
    const take = <K extends keyof Settings>(key: K, valid: (v: unknown) => v is Settings[K]) => {
      if (settings[key] === undefined) return
      if (valid(settings[key])) state.settings[key] = settings[key]
      else repaired = true
    }
    take('locale', isLocale)
    take('localeChosen', (v): v is boolean => typeof v === 'boolean')
    take('readingFont', (v): v is ReadingFont => v === 'system' || v === 'hyperlegible')
    take('textSize', (v): v is TextSize => v === 'normal' || v === 'large')
    take('lineSpacing', (v): v is LineSpacing => v === 'normal' || v === 'wide')
  }
  if (raw.quiz !== undefined && raw.quiz !== null) {
    const quiz = restoreQuiz(raw.quiz)
    state.quiz = quiz.quiz
    repaired ||= quiz.repaired
  }
  return { state, repaired }
}

const isSavedAnswer = (v: unknown): v is SavedAnswer =>
  v === null ||
  typeof v === 'string' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (Array.isArray(v) && v.every((item) => typeof item === 'string'))

/** Keeps a saved quiz whose shape is right, dropping any answer that is not an answer at all. */
function restoreQuiz(raw: unknown): { quiz: SavedQuiz | null; repaired: boolean } {
  if (
    !isRecord(raw) ||
    (raw.length !== 'short' && raw.length !== 'full') ||
    typeof raw.version !== 'number' ||
    !Number.isInteger(raw.version) ||
    !isRecord(raw.answers)
  )
    return { quiz: null, repaired: true }
  const answers: Record<string, SavedAnswer> = {}
  let repaired = typeof raw.finished !== 'boolean'
  for (const [id, value] of Object.entries(raw.answers)) {
    if (isSavedAnswer(value)) answers[id] = Array.isArray(value) ? [...value] : value
    else repaired = true
  }
  return {
    quiz: { length: raw.length, version: raw.version, answers, finished: raw.finished === true },
    repaired,
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
