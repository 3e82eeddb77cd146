/**
 * Gathering the class's result codes: what the counsellor typed or pasted becomes codes to add,
 * duplicates to confirm, and entries that cannot be read (each with its typed error), which stay
 * in the input so that nothing typed is ever lost.
 */
import {
  decodeResultCode,
  encodeResultCode,
  type CodeContent,
  type ResultCodeError,
} from '@/lib/questionnaire/result-code-logic'
import { MAX_CLASSROOM_CODES } from '@/store/saved-state'

/** Why an entry was not added: the code's own error, or a list already full. */
export type GatherError = ResultCodeError | { kind: 'list-full'; max: number }

export interface RejectedEntry {
  /** The entry as typed. */
  input: string
  error: GatherError
}

export interface GatherResult {
  /** Codes to add, written as the app writes them, in the order typed. */
  added: string[]
  /** Readable codes already in the list (or typed twice): not added unless the counsellor confirms. */
  duplicates: string[]
  rejected: RejectedEntry[]
  /** What to leave in the input: the rejected entries, one per line. */
  remaining: string
}

/** Entries are separated by line breaks, commas, semicolons or tabs (a spreadsheet column, a chat message…). */
const ENTRY_SEPARATORS = /[\n\r,;\t]+/

/** The code as the app writes it (upper case, hyphens in place), or undefined when it cannot be read. */
export function canonicalCode(input: string, content: CodeContent): string | undefined {
  const decoded = decodeResultCode(input, content)
  return decoded.ok ? encodeResultCode(decoded.quiz, content) : undefined
}

/**
 * Reads one entry. A code may be typed with spaces inside ("7KQ2 M9X4 B8"); when the entry as a
 * whole is not a code but each of its space-separated parts is, they are several codes on a line.
 */
function readEntry(
  entry: string,
  content: CodeContent,
): { codes: string[] } | { error: ResultCodeError } {
  const decoded = decodeResultCode(entry, content)
  if (decoded.ok) return { codes: [encodeResultCode(decoded.quiz, content)] }
  const parts = entry.split(/\s+/).filter(Boolean)
  if (parts.length > 1) {
    const codes = parts.map((part) => canonicalCode(part, content))
    if (codes.every((code) => code !== undefined)) return { codes: codes as string[] }
  }
  return { error: decoded.error }
}

/**
 * Sorts typed text into codes to add, duplicates and rejected entries. `existing` is the list
 * already gathered; it is not changed.
 */
export function gatherCodes(
  text: string,
  existing: readonly string[],
  content: CodeContent,
): GatherResult {
  const known = new Set(existing)
  const room = Math.max(0, MAX_CLASSROOM_CODES - existing.length)
  const result: GatherResult = { added: [], duplicates: [], rejected: [], remaining: '' }
  for (const raw of text.split(ENTRY_SEPARATORS)) {
    const entry = raw.trim()
    if (!entry) continue
    const read = readEntry(entry, content)
    if ('error' in read) {
      result.rejected.push({ input: entry, error: read.error })
      continue
    }
    for (const code of read.codes) {
      if (known.has(code)) result.duplicates.push(code)
      else if (result.added.length >= room)
        result.rejected.push({
          input: code,
          error: { kind: 'list-full', max: MAX_CLASSROOM_CODES },
        })
      else {
        known.add(code)
        result.added.push(code)
      }
    }
  }
  result.remaining = result.rejected.map((r) => r.input).join('\n')
  return result
}
