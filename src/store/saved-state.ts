/**
 * What survives a reload, and how older saved data becomes today's shape.
 * Pure: no zustand, no React. Each step of `MIGRATIONS` moves data up exactly one version.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n'

export const SAVED_STATE_VERSION = 4

export type ReadingFont = 'system' | 'hyperlegible'
export type TextSize = 'normal' | 'large'
export type LineSpacing = 'normal' | 'wide'
export type ReadAloudRate = 'slow' | 'normal' | 'fast'

export interface Settings {
  locale: Locale
  /** Whether the person chose the language (a `?lang=` link or the switch), rather than the default. */
  localeChosen: boolean
  readingFont: ReadingFont
  textSize: TextSize
  lineSpacing: LineSpacing
  /** « Lecture facile »: questions, choices, reasons and next steps in their easy-read wording. */
  easyRead: boolean
  /** How fast the « Écouter » button reads. */
  readAloudRate: ReadAloudRate
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

/**
 * One class's session on the counsellor's device: its name, how the students take the
 * questionnaire and the result codes gathered. Codes only: never a student's name, except the
 * private labels, which never leave this device.
 */
export interface ClassroomSession {
  /** Tells the classes on this device apart; a session file carries it. */
  id: string
  /** What the counsellor calls the class ("2nde B — 12 mars"); empty until named. */
  name: string
  /** The questionnaire length the students' link opens. */
  length: 'short' | 'full'
  /** The language of the students' link. */
  locale: Locale
  /** Whether the session starts with the "Vrai ou faux ?" warm-up. */
  warmUp: boolean
  /** Students share devices (the class's tablets): the link opens the shared-device mode. */
  sharedDevices: boolean
  /**
   * Result codes in the order they were added, written as the app writes them. The same code may
   * appear twice (two students with the same answers). Checked against today's questionnaire by
   * the class mode, not here.
   */
  codes: string[]
  /**
   * Private labels the counsellor gives codes ("Léa"), by code. Kept on this device only: never
   * in a session file, the CSV or the print.
   */
  labels: Record<string, string>
}

/** The id of the class a device starts with (and that older saves had). */
export const FIRST_CLASS_ID = 'classe-1'
/** More classes than a counsellor keeps on one device; a longer list is cut. */
export const MAX_CLASSES = 50
/** A class's name, and a label, are short: anything longer is cut. */
export const MAX_NAME_LENGTH = 80

/** More codes than any class, or several classes, would gather; a longer list is cut. */
export const MAX_CLASSROOM_CODES = 1000
/** A code is at most 20 characters; anything much longer is not one. */
const MAX_SAVED_CODE_LENGTH = 40

export interface SavedState {
  settings: Settings
  /** Checked against today's questionnaire by the pages that read it, not here. */
  quiz: SavedQuiz | null
  /** The class session open in the class mode. */
  classroom: ClassroomSession
  /** The other classes kept on this device, in the order they were made. */
  otherClasses: ClassroomSession[]
}

export const DEFAULT_SETTINGS: Settings = {
  locale: DEFAULT_LOCALE,
  localeChosen: false,
  readingFont: 'system',
  textSize: 'normal',
  lineSpacing: 'normal',
  easyRead: false,
  readAloudRate: 'normal',
}

export const DEFAULT_CLASSROOM: ClassroomSession = {
  id: FIRST_CLASS_ID,
  name: '',
  length: 'short',
  locale: DEFAULT_LOCALE,
  warmUp: true,
  sharedDevices: false,
  codes: [],
  labels: {},
}

export const defaultClassroom = (): ClassroomSession => ({
  ...DEFAULT_CLASSROOM,
  codes: [],
  labels: {},
})

export const defaultSavedState = (): SavedState => ({
  settings: { ...DEFAULT_SETTINGS },
  quiz: null,
  classroom: defaultClassroom(),
  otherClasses: [],
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
  /** Version 3 keeps the class mode's session; version 2 had none. */
  2: (data) => ({ ...data, classroom: defaultClassroom() }),
  /** Version 4 names classes and keeps several; version 3's one session becomes the first. */
  3: (data) => ({
    ...data,
    classroom: isRecord(data.classroom)
      ? { ...data.classroom, id: FIRST_CLASS_ID, name: '', sharedDevices: false, labels: {} }
      : data.classroom,
    otherClasses: [],
  }),
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
    // Added without a new save version: a save without them gets the defaults, and an older
    // build reading a newer save simply ignores them.
    take('easyRead', (v): v is boolean => typeof v === 'boolean')
    take('readAloudRate', (v): v is ReadAloudRate => v === 'slow' || v === 'normal' || v === 'fast')
  }
  if (raw.quiz !== undefined && raw.quiz !== null) {
    const quiz = restoreQuiz(raw.quiz)
    state.quiz = quiz.quiz
    repaired ||= quiz.repaired
  }
  if (raw.classroom !== undefined) {
    const classroom = restoreClassroom(raw.classroom)
    state.classroom = classroom.session
    repaired ||= classroom.repaired
  }
  if (Array.isArray(raw.otherClasses)) {
    const ids = new Set([state.classroom.id])
    for (const other of raw.otherClasses.slice(0, MAX_CLASSES - 1)) {
      const restored = restoreClassroom(other)
      repaired ||= restored.repaired
      // Two classes with one id would be one class shown twice.
      if (ids.has(restored.session.id)) repaired = true
      else {
        ids.add(restored.session.id)
        state.otherClasses.push(restored.session)
      }
    }
    repaired ||= raw.otherClasses.length > MAX_CLASSES - 1
  } else if (raw.otherClasses !== undefined) repaired = true
  return { state, repaired }
}

/** Whether a value can be kept as a saved result code (its validity is the class mode's business). */
export const isSavedCode = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= MAX_SAVED_CODE_LENGTH &&
  /^[0-9A-Za-z -]+$/.test(value) &&
  // Spaces and hyphens alone are no code (a blank line of a hand-edited file).
  /[0-9A-Za-z]/.test(value)

/**
 * Turns anything into a class session, keeping every valid field and code, and saying whether
 * something had to be dropped. The class mode's import reads files through it too.
 */
export function restoreClassroom(raw: unknown): { session: ClassroomSession; repaired: boolean } {
  const session = defaultClassroom()
  if (!isRecord(raw)) return { session, repaired: true }
  let repaired = false
  if (isClassId(raw.id)) session.id = raw.id
  else if (raw.id !== undefined) repaired = true
  if (typeof raw.name === 'string') session.name = raw.name.slice(0, MAX_NAME_LENGTH)
  else if (raw.name !== undefined) repaired = true
  if (isRecord(raw.labels)) {
    for (const [code, label] of Object.entries(raw.labels))
      if (isSavedCode(code) && typeof label === 'string' && label.trim())
        session.labels[code] = label.slice(0, MAX_NAME_LENGTH)
      else repaired = true
  } else if (raw.labels !== undefined) repaired = true
  if (raw.length === 'short' || raw.length === 'full') session.length = raw.length
  else if (raw.length !== undefined) repaired = true
  if (isLocale(raw.locale)) session.locale = raw.locale
  else if (raw.locale !== undefined) repaired = true
  if (typeof raw.warmUp === 'boolean') session.warmUp = raw.warmUp
  else if (raw.warmUp !== undefined) repaired = true
  if (typeof raw.sharedDevices === 'boolean') session.sharedDevices = raw.sharedDevices
  else if (raw.sharedDevices !== undefined) repaired = true
  if (Array.isArray(raw.codes)) {
    const kept = raw.codes.filter(isSavedCode)
    if (kept.length !== raw.codes.length || kept.length > MAX_CLASSROOM_CODES) repaired = true
    session.codes = kept.slice(0, MAX_CLASSROOM_CODES)
  } else if (raw.codes !== undefined) repaired = true
  return { session, repaired }
}

const isClassId = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9A-Za-z-]{1,40}$/.test(value)

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
