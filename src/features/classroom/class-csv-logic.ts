/**
 * The class's results as a CSV file: one row per code (class, code, questionnaire length and version, level,
 * what the results say, the three closest roles with their scores). No names: there are none.
 */
import type { QuizLength } from '@/lib/questionnaire/answers'
import type { StudentLevel } from '@/content/vocabulary'
import { TOP_ROLES, type ClassEntry } from './class-board-logic'

export type CsvCell = string | number

/** What the file's words are, in the chosen language. */
export interface CsvLabels {
  /** Class, code, length, version, level, status, then role and score for each of the three roles. */
  header: readonly string[]
  /** The class's name, on every row (several classes' files can be pasted into one sheet). */
  className: string
  length: Record<QuizLength, string>
  level: (level: StudentLevel | undefined) => string
  status: (entry: ClassEntry) => string
  role: (roleId: string) => string
}

/** French spreadsheets expect semicolons; English ones commas. */
export type CsvSeparator = ';' | ','

/**
 * One cell as CSV (RFC 4180): quoted when it holds a comma or a semicolon (either separator), a
 * quote or a line break, quotes doubled. A text a spreadsheet would run as a formula (starting
 * with =, +, -, @) gets a leading apostrophe.
 */
export function csvCell(value: CsvCell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Rows as CSV text, lines ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[], separator: CsvSeparator): string {
  return rows.map((row) => row.map(csvCell).join(separator) + '\r\n').join('')
}

/** The class's CSV file: a header in the chosen language, then one row per code. */
export function buildClassCsv(
  entries: readonly ClassEntry[],
  labels: CsvLabels,
  separator: CsvSeparator,
): string {
  const rows: CsvCell[][] = [[...labels.header]]
  for (const entry of entries) {
    const roles: CsvCell[] = []
    for (let i = 0; i < TOP_ROLES; i++) {
      const match = entry.top[i]
      roles.push(match ? labels.role(match.roleId) : '', match ? match.score : '')
    }
    rows.push([
      labels.className,
      entry.code,
      entry.length ? labels.length[entry.length] : '',
      entry.version ?? '',
      entry.status === 'unreadable' ? '' : labels.level(entry.level),
      labels.status(entry),
      ...roles,
    ])
  }
  return toCsv(rows, separator)
}
