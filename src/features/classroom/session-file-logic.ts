/**
 * The class session as a file the counsellor keeps or takes to another computer: export to JSON,
 * import with clear errors, and a merge that never loses a code.
 */
import {
  isRecord,
  isSavedCode,
  MAX_CLASSROOM_CODES,
  restoreClassroom,
  type ClassroomSession,
} from '@/store/saved-state'

export const SESSION_FILE_APP = 'cap-relation-client'
export const SESSION_FILE_KIND = 'class-session'
/**
 * The file format; raise it when the shape changes, and read the older ones. Format 2 names the
 * class and carries its id; format 1 had one unnamed session.
 */
export const SESSION_FILE_FORMAT = 2
/** A session file is a few kilobytes; anything past this is not one. */
export const MAX_SESSION_FILE_BYTES = 1_000_000

export interface SessionFile {
  app: typeof SESSION_FILE_APP
  kind: typeof SESSION_FILE_KIND
  format: number
  /** When the file was written (ISO 8601), to tell files apart. */
  exportedAt: string
  /** The questionnaire version the codes were read with, for information. */
  questionnaireVersion: number
  /** The class, without its private labels: those stay on the device. */
  session: Omit<ClassroomSession, 'labels'>
}

export type SessionFileError =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json' }
  | { kind: 'not-a-session' }
  | { kind: 'newer-format'; format: number }

export type SessionFileReading =
  | { ok: true; session: ClassroomSession; exportedAt: string | undefined; dropped: number }
  | { ok: false; error: SessionFileError }

/** The file's text: indented JSON, readable in any text editor. */
export function writeSessionFile(
  session: ClassroomSession,
  exportedAt: Date,
  questionnaireVersion: number,
): string {
  const file: SessionFile = {
    app: SESSION_FILE_APP,
    kind: SESSION_FILE_KIND,
    format: SESSION_FILE_FORMAT,
    exportedAt: exportedAt.toISOString(),
    questionnaireVersion,
    session: {
      id: session.id,
      name: session.name,
      length: session.length,
      locale: session.locale,
      warmUp: session.warmUp,
      sharedDevices: session.sharedDevices,
      codes: session.codes,
    },
  }
  return JSON.stringify(file, null, 2) + '\n'
}

/** `seance-classe-2025-03-14.json`: a file's name, from the day it is written (local time). */
export function datedFileName(prefix: string, day: Date, extension: 'json' | 'csv'): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${prefix}-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.${extension}`
}

/**
 * Reads a session file, or says what is wrong with it. Never throws. Parts of a session that are
 * not valid (a code that is not text…) are left out and counted in `dropped`.
 */
export function readSessionFile(text: string): SessionFileReading {
  const fail = (error: SessionFileError): SessionFileReading => ({ ok: false, error })
  if (text.length > MAX_SESSION_FILE_BYTES) return fail({ kind: 'too-large', bytes: text.length })
  let parsed: unknown
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return fail({ kind: 'not-json' })
  }
  if (
    !isRecord(parsed) ||
    parsed.app !== SESSION_FILE_APP ||
    parsed.kind !== SESSION_FILE_KIND ||
    !isRecord(parsed.session)
  )
    return fail({ kind: 'not-a-session' })
  const format = parsed.format
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1)
    return fail({ kind: 'not-a-session' })
  if (format > SESSION_FILE_FORMAT) return fail({ kind: 'newer-format', format })
  const { session } = restoreClassroom(parsed.session)
  // Every valid code, even past the list's limit: the merge says how many did not fit, and only
  // what is not a code at all counts as dropped (5 000 codes are not "4 000 non-codes").
  const rawCodes: unknown[] = Array.isArray(parsed.session.codes) ? parsed.session.codes : []
  const codes = rawCodes.filter(isSavedCode)
  const dropped = rawCodes.length - codes.length
  const exportedAt = typeof parsed.exportedAt === 'string' ? parsed.exportedAt : undefined
  // A format-1 file had no class id: one from the moment it was written, so that importing it
  // twice carries on the same class instead of making another.
  const id =
    parsed.session.id === undefined
      ? `seance-${(exportedAt ?? '').replace(/[^0-9A-Za-z]/g, '').slice(0, 30) || '1'}`
      : session.id
  return {
    ok: true,
    session: { ...session, id, codes, labels: {} },
    exportedAt,
    dropped,
  }
}

/**
 * An imported session merged into the current one without losing anything: every code of both
 * is kept, and a code the file has k times appears at least k times (so importing the same file
 * twice changes nothing). The file's settings are taken when the current session has no codes.
 * Past MAX_CLASSROOM_CODES, the file's extra codes are counted in `notAdded`.
 */
export function mergeSessions(
  current: ClassroomSession,
  imported: ClassroomSession,
): { session: ClassroomSession; added: number; notAdded: number } {
  const have = new Map<string, number>()
  for (const code of current.codes) have.set(code, (have.get(code) ?? 0) + 1)
  const seen = new Map<string, number>()
  const codes = [...current.codes]
  for (const code of imported.codes) {
    const k = (seen.get(code) ?? 0) + 1
    seen.set(code, k)
    if ((have.get(code) ?? 0) < k) codes.push(code)
  }
  const settings = current.codes.length === 0 ? imported : current
  const kept = codes.slice(0, Math.max(MAX_CLASSROOM_CODES, current.codes.length))
  return {
    session: {
      id: current.id,
      name: current.name || imported.name,
      labels: current.labels,
      length: settings.length,
      locale: settings.locale,
      warmUp: settings.warmUp,
      sharedDevices: settings.sharedDevices,
      codes: kept,
    },
    added: kept.length - current.codes.length,
    notAdded: codes.length - kept.length,
  }
}
