/**
 * A quiz in progress as a short code for an address (`?reponses=…` of the embedded app), so that a
 * frame whose browser refuses it any storage still resumes after a reload. It builds on the result
 * code's digits (answer-digits) but, unlike the result code, tells an unanswered question from a
 * skipped one and says whether the quiz was finished: a quiz opened from it goes on where it
 * stopped. It is read by the app, never typed: no groups, a check symbol against a cut address.
 *
 * Layout, as one number written in Crockford base32, most significant symbol first, then a check
 * symbol: per question of the length, in order, one digit (0 not answered, else 1 + its answer
 * digit), first question in the highest place; then 5 bits questionnaire version, 1 bit length
 * (1 full), 1 bit finished, in the lowest places.
 */
import type { Questionnaire } from '@/content/schemas'
import { checkSymbol, hasValidCheck, readSymbols, writeSymbols } from '@/lib/crockford'
import { questionsOf, type Answer, type QuizLength } from './answers'
import { answerToDigit, digitToAnswer, radixOf } from './answer-digits'
import { keptAnswers } from './visibility'

const HEADER_BITS = 7n
/** Longer input is refused unread: every questionnaire's progress fits in far fewer symbols. */
const MAX_SYMBOLS = 64

export interface QuizProgress {
  length: QuizLength
  answers: Readonly<Record<string, Answer | null>>
  finished: boolean
}

/** The progress code of a quiz (answers off the path are left out, as everywhere). */
export function encodeProgress(quiz: QuizProgress, questionnaire: Questionnaire): string {
  const answers = keptAnswers(questionnaire, quiz.length, quiz.answers)
  let value = 0n
  for (const question of questionsOf(questionnaire, quiz.length)) {
    const answer = answers[question.id]
    const digit = answer === undefined ? 0 : 1 + answerToDigit(question, answer)
    value = value * BigInt(radixOf(question) + 1) + BigInt(digit)
  }
  const header =
    (BigInt(questionnaire.version & 31) << 2n) |
    (quiz.length === 'full' ? 2n : 0n) |
    (quiz.finished ? 1n : 0n)
  value = (value << HEADER_BITS) | header
  const symbols: number[] = []
  do {
    symbols.unshift(Number(value & 31n))
    value >>= 5n
  } while (value > 0n)
  return writeSymbols([...symbols, checkSymbol(symbols)])
}

/**
 * The quiz a progress code holds, or undefined for anything that is not the code of this
 * questionnaire's version (a cut or edited address, an older questionnaire). Never throws.
 */
export function decodeProgress(
  code: string | null,
  questionnaire: Questionnaire,
): QuizProgress | undefined {
  if (!code || code.length > MAX_SYMBOLS) return undefined
  const reading = readSymbols(code)
  if (!reading.ok || reading.symbols.length < 2 || !hasValidCheck(reading.symbols)) return undefined
  let value = reading.symbols.slice(0, -1).reduce((acc, s) => (acc << 5n) | BigInt(s), 0n)
  const header = Number(value & ((1n << HEADER_BITS) - 1n))
  value >>= HEADER_BITS
  if (header >> 2 !== (questionnaire.version & 31)) return undefined
  const length: QuizLength = header & 2 ? 'full' : 'short'
  const answers: Record<string, Answer | null> = {}
  for (const question of questionsOf(questionnaire, length).reverse()) {
    const radix = BigInt(radixOf(question) + 1)
    const digit = Number(value % radix)
    value /= radix
    if (digit > 0) answers[question.id] = digitToAnswer(question, digit - 1)
  }
  if (value !== 0n) return undefined
  return {
    length,
    answers: keptAnswers(questionnaire, length, answers),
    finished: (header & 1) === 1,
  }
}
