/**
 * Gathering the class's result codes: what the counsellor typed or pasted becomes codes to add,
 * duplicates to confirm, and entries that cannot be read (each with its typed error), which stay
 * in the input so that nothing typed is ever lost. Pasted messages are read as they come: names,
 * results links, any dash or space, quotes and punctuation around a code; text with no code in it
 * is ignored and counted.
 */
import {
  decodeResultCode,
  MAX_SYMBOLS,
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
  /** Pieces of text with no code in them (a greeting, a name alone…), left out. */
  ignored: number
}

/** Entries are separated by line breaks, commas, semicolons or tabs (a spreadsheet column, a chat message…). */
const ENTRY_SEPARATORS = /[\n\r,;\t]+/

/** Spaces of every width, and characters that show nothing, as a plain space or nothing. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
/** Every dash and hyphen a keyboard, a phone or a word processor may put in a code. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g
/** Quotes, brackets and punctuation that often surround a code in a message. */
const AROUND = /^[\s"'`«»“”„‘’‹›()[\]{}<>.,;:!?*_]+|[\s"'`«»“”„‘’‹›()[\]{}<>.,;:!?*_]+$/g

/** The entry with every kind of space and dash made plain. */
const plainCharacters = (entry: string) =>
  entry.replace(INVISIBLE, '').replace(SPACES, ' ').replace(DASHES, '-').trim()

/** The entry with its spaces, dashes and surrounding punctuation made plain. */
export function plainEntry(entry: string): string {
  return plainCharacters(entry).replace(AROUND, '')
}

/** The code as the app writes it (upper case, hyphens in place), or undefined when it cannot be read. */
export function canonicalCode(input: string, content: CodeContent): string | undefined {
  const decoded = decodeResultCode(plainEntry(input), content)
  return decoded.ok ? encodeResultCode(decoded.quiz, content) : undefined
}

/**
 * Runs of words made of code symbols, joined by spaces or hyphens only ("7KQ2 M9X4-B8"): a code
 * is always inside one run. Anything else (a slash of a link, a colon, an accented letter) ends a
 * run, so "Léa : 7KQ2…" and ".../resultats/7KQ2-…" give the code's run on its own.
 */
function runsOf(entry: string): string[][] {
  return entry
    .split(/[^0-9A-Za-z\s-]+/)
    .map((run) => run.split(/[\s-]+/).filter(Boolean))
    .filter((words) => words.length > 0)
}

/**
 * Every code in an entry, left to right: the longest group of neighbouring words that reads as a
 * code (symbol count, check symbol and answers all right), so that a name or a word of a link
 * next to a code is never taken into it.
 */
function codesIn(entry: string, content: CodeContent): string[] {
  const codes: string[] = []
  for (const words of runsOf(entry)) {
    let start = 0
    while (start < words.length) {
      let found: { code: string; end: number } | undefined
      let symbols = ''
      for (let end = start; end < words.length; end++) {
        symbols += words[end]
        if (symbols.length > MAX_SYMBOLS) break
        const decoded = decodeResultCode(symbols, content)
        if (decoded.ok) found = { code: encodeResultCode(decoded.quiz, content), end }
      }
      if (found) {
        codes.push(found.code)
        start = found.end + 1
      } else start++
    }
  }
  return codes
}

/**
 * The part of an entry that looks like a code a student meant (words with a digit, or the entry
 * alone written in code symbols), to say why it does not read; undefined when it is just text.
 */
function codeAttempt(entry: string): string | undefined {
  if (/^[0-9A-Z]+([\s-]+[0-9A-Za-z]+)*$/.test(entry) && !/^[A-Z][a-z]+$/.test(entry)) return entry
  for (const words of runsOf(entry)) {
    const withDigit = words.map((word) => /\d/.test(word))
    const first = withDigit.indexOf(true)
    const last = withDigit.lastIndexOf(true)
    if (first < 0) continue
    const attempt = words.slice(first, last + 1).join('-')
    if (attempt.replaceAll('-', '').length >= 4) return attempt
  }
  return undefined
}

type EntryReading = { codes: string[] } | { error: ResultCodeError; attempt: boolean }

/** Reads one entry: its codes, or why it gives none (and whether it looked like a code at all). */
function readEntry(raw: string, content: CodeContent): EntryReading {
  const entry = plainEntry(raw)
  const decoded = decodeResultCode(entry, content)
  if (decoded.ok) return { codes: [encodeResultCode(decoded.quiz, content)] }
  const codes = codesIn(entry, content)
  if (codes.length > 0) return { codes }
  const attempt = codeAttempt(entry)
  if (attempt === undefined) {
    // Said of the text as typed (only its spaces and dashes made plain): "<script>" has a "<".
    const asTyped = decodeResultCode(plainCharacters(raw), content)
    return { error: asTyped.ok ? decoded.error : asTyped.error, attempt: false }
  }
  const reason = decodeResultCode(attempt, content)
  return { error: reason.ok ? decoded.error : reason.error, attempt: true }
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
  const result: GatherResult = {
    added: [],
    duplicates: [],
    rejected: [],
    remaining: '',
    ignored: 0,
  }
  const readings = text
    .split(ENTRY_SEPARATORS)
    .map((raw) => raw.trim())
    .filter((entry) => plainEntry(entry) !== '')
    .map((entry) => ({ entry, read: readEntry(entry, content) }))
  // Text around codes is ignored; when no code is found at all, every entry says why.
  const someCode = readings.some(({ read }) => 'codes' in read)
  for (const { entry, read } of readings) {
    if ('error' in read) {
      if (read.attempt || !someCode) result.rejected.push({ input: entry, error: read.error })
      else result.ignored++
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
