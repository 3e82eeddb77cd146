/**
 * The result code: a student's answers as a short code they can type on another device
 * (`#/resultats/7KQ2-M9X4-B8`). Pure: the results page and the class mode both build on it
 * (`src/features/results/result-code.ts` re-exports it under the name issue 5 gives it).
 *
 * Layout, as one number written in Crockford base32, most significant symbol first:
 *   5 bits questionnaire version · 1 bit length (0 short, 1 full) · the answers · 1 check symbol.
 * The answers are one digit per question on the student's path (0 = skipped, see answer-digits),
 * packed as a mixed-radix number, first question in the lowest place. Which questions are on the
 * path depends on earlier answers, so the decoder reads digits in question order and follows the
 * same branching as the quiz.
 *
 * A code keeps its meaning for ever: a code from an older questionnaire version is read with that
 * version's frozen shape (see released-versions) and comes back with its `version`.
 *
 * Every code of a length has the same number of symbols, enough for the longest path the
 * branching allows, and the lengths of all versions are equal or at least two apart (frozen at
 * release): a symbol typed twice or left out is always a wrong length, a wrong symbol or two
 * swapped neighbours always a bad check (see src/lib/crockford.ts). Codes are canonical: one
 * answer set, one code.
 */
import type { QuestionnaireShape } from '@/content/schemas'
import { checkSymbol, hasValidCheck, readSymbols, writeSymbols } from '@/lib/crockford'
import { questionsOf, type Answer, type QuizAnswers, type QuizLength } from './answers'
import { answerToDigit, digitToAnswer, radixOf } from './answer-digits'
import { longestRemainingPath } from './navigation'
import { shapeOfVersion } from './released-versions'
import { PathWalker, visiblePath } from './visibility'

const VERSION_BITS = 5
const HEADER_BITS = VERSION_BITS + 1
const BITS_PER_SYMBOL = 5
/** Longest code: 18 symbols, written in three groups of six, is 20 characters with its hyphens. */
export const MAX_SYMBOLS = 18
/** Input longer than this is refused unread (a code is at most 20 characters, plus spaces). */
export const MAX_INPUT_LENGTH = 64

export type ResultCodeError =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number }
  | { kind: 'bad-character'; character: string; position: number }
  | { kind: 'wrong-length'; symbols: number }
  | { kind: 'bad-checksum' }
  | { kind: 'other-version'; version: number; current: number }
  | { kind: 'impossible-answers' }

export type DecodedResultCode =
  { ok: true; quiz: QuizAnswers } | { ok: false; error: ResultCodeError }

export interface CodeContent {
  questionnaire: QuestionnaireShape
  /** The frozen shapes of released versions (content's `releasedQuestionnaires`): older codes read with them. */
  releasedQuestionnaires?: readonly QuestionnaireShape[]
}

const symbolsCache = new WeakMap<QuestionnaireShape, Record<QuizLength, number>>()

/**
 * The symbols (check included) of a code whose path allows 2^`pathBits` answer sets; with the
 * largest `pathBits` over every branch, the length of every code of a questionnaire length.
 */
export function codeSymbolsFor(pathBits: number): number {
  return Math.ceil((HEADER_BITS + pathBits) / BITS_PER_SYMBOL) + 1
}

/**
 * How many symbols every code of each length has: as frozen by the version's release (spaced from
 * older versions' lengths, see released-versions), or else what its questions need.
 */
export function codeSymbols(
  questionnaire: QuestionnaireShape,
  released: readonly QuestionnaireShape[] = [],
): Record<QuizLength, number> {
  const frozen =
    questionnaire.codeSymbols ??
    released.find((r) => r.version === questionnaire.version)?.codeSymbols
  return frozen ?? naturalCodeSymbols(questionnaire)
}

/** The fewest symbols every code of each length needs for this questionnaire's questions. */
export function naturalCodeSymbols(questionnaire: QuestionnaireShape): Record<QuizLength, number> {
  const cached = symbolsCache.get(questionnaire)
  if (cached) return cached
  const symbolsOf = (length: QuizLength) => {
    const first = questionsOf(questionnaire, length)[0]
    if (!first) return codeSymbolsFor(0)
    const bits = longestRemainingPath(questionnaire, length, {}, first.id, (q) =>
      Math.log2(radixOf(q)),
    )
    return codeSymbolsFor(Math.ceil(bits - 1e-9))
  }
  const symbols = { short: symbolsOf('short'), full: symbolsOf('full') }
  symbolsCache.set(questionnaire, symbols)
  return symbols
}

/** Hyphens every four symbols; a code longer than 16 symbols goes in three groups instead. */
export function formatResultCode(symbols: string): string {
  const size = symbols.length > 16 ? Math.ceil(symbols.length / 3) : 4
  return symbols.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? ''
}

/**
 * The code for a questionnaire's answers. Answers off the student's path are left out and an
 * invalid or missing answer counts as skipped, exactly as the results do.
 */
export function encodeResultCode(quiz: QuizAnswers, content: CodeContent): string {
  const questionnaire =
    (quiz.version !== undefined &&
      shapeOfVersion(quiz.version, content.questionnaire, content.releasedQuestionnaires)) ||
    content.questionnaire
  let value = 0n
  let place = 1n
  for (const { question, answer } of visiblePath(questionnaire, quiz.length, quiz.answers)) {
    value += BigInt(answerToDigit(question, answer)) * place
    place *= BigInt(radixOf(question))
  }
  const dataSymbols = codeSymbols(questionnaire, content.releasedQuestionnaires)[quiz.length] - 1
  const payloadBits = dataSymbols * BITS_PER_SYMBOL - HEADER_BITS
  const header = BigInt((questionnaire.version << 1) | (quiz.length === 'full' ? 1 : 0))
  let number = (header << BigInt(payloadBits)) | value
  const symbols: number[] = []
  for (let i = 0; i < dataSymbols; i++) {
    symbols.unshift(Number(number & 31n))
    number >>= 5n
  }
  symbols.push(checkSymbol(symbols))
  return formatResultCode(writeSymbols(symbols))
}

/** Reads a code back into answers, or says what is wrong with it. Never throws. */
export function decodeResultCode(code: string, content: CodeContent): DecodedResultCode {
  const fail = (error: ResultCodeError): DecodedResultCode => ({ ok: false, error })
  try {
    if (typeof code !== 'string') return fail({ kind: 'empty' })
    if (code.length > MAX_INPUT_LENGTH) return fail({ kind: 'too-long', length: code.length })
    const reading = readSymbols(code.trim())
    if (!reading.ok)
      return fail({
        kind: 'bad-character',
        character: reading.character,
        position: reading.position + code.length - code.trimStart().length,
      })
    const { symbols } = reading
    if (symbols.length === 0) return fail({ kind: 'empty' })
    const current = content.questionnaire
    const released = content.releasedQuestionnaires ?? []
    const known = [current, ...released].flatMap((q) => Object.values(codeSymbols(q, released)))
    if (!known.includes(symbols.length))
      return fail({ kind: 'wrong-length', symbols: symbols.length })
    if (!hasValidCheck(symbols)) return fail({ kind: 'bad-checksum' })

    const data = symbols.slice(0, -1)
    let number = data.reduce((acc, s) => (acc << 5n) | BigInt(s), 0n)
    const payloadBits = BigInt(data.length * BITS_PER_SYMBOL - HEADER_BITS)
    const header = Number(number >> payloadBits)
    const version = header >> 1
    const questionnaire = shapeOfVersion(version, current, content.releasedQuestionnaires)
    if (!questionnaire) return fail({ kind: 'other-version', version, current: current.version })
    const length: QuizLength = header & 1 ? 'full' : 'short'
    if (symbols.length !== codeSymbols(questionnaire, released)[length])
      return fail({ kind: 'wrong-length', symbols: symbols.length })
    number &= (1n << payloadBits) - 1n

    const answers: Record<string, Answer | null> = {}
    const walker = new PathWalker(questionnaire)
    for (const question of questionsOf(questionnaire, length)) {
      if (!walker.isShown(question)) continue
      const radix = BigInt(radixOf(question))
      const answer = digitToAnswer(question, Number(number % radix))
      number /= radix
      answers[question.id] = answer
      walker.keep(question, answer)
    }
    if (number !== 0n) return fail({ kind: 'impossible-answers' })
    const older = version !== current.version
    return { ok: true, quiz: older ? { length, answers, version } : { length, answers } }
  } catch {
    return fail({ kind: 'impossible-answers' })
  }
}
