// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  codeSymbols,
  codeSymbolsFor,
  naturalCodeSymbols,
  decodeResultCode,
  encodeResultCode,
  MAX_SYMBOLS,
} from '@/lib/questionnaire/result-code-logic'
import { CROCKFORD_ALPHABET, readSymbols } from '@/lib/crockford'
import { questionsOf } from '@/lib/questionnaire/answers'
import { radixOf } from '@/lib/questionnaire/answer-digits'
import { longestRemainingPath } from '@/lib/questionnaire/navigation'
import { computeResults } from '@/lib/questionnaire/scoring-logic'
import { completeAnswers, walk } from '../../fixtures/questionnaire/answer-arbitrary'
import { realContent } from '../../fixtures/questionnaire/real-content'
import { VERSION_1_CODES } from '../../fixtures/questionnaire/version-1-codes'
import { tinyQuestionnaire } from '../../fixtures/questionnaire/tiny-questionnaire'
import { propertyRuns } from '../../property-runs'

const content = realContent()
const { questionnaire } = content
const tiny = { questionnaire: tinyQuestionnaire }

describe('encodeResultCode / decodeResultCode', () => {
  it('round-trips every complete answer set of the real questionnaire, skips included', () => {
    fc.assert(
      fc.property(completeAnswers(questionnaire), (quiz) => {
        const code = encodeResultCode(quiz, content)
        expect(decodeResultCode(code, content)).toEqual({ ok: true, quiz })
        expect(code.length).toBeLessThanOrEqual(20)
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+(-[0-9A-HJKMNP-TV-Z]+)*$/)
      }),
      { numRuns: propertyRuns(500) },
    )
  })

  it('round-trips on the tiny questionnaire, which has every kind of branch', () => {
    fc.assert(
      fc.property(completeAnswers(tinyQuestionnaire), (quiz) => {
        expect(decodeResultCode(encodeResultCode(quiz, tiny), tiny)).toEqual({ ok: true, quiz })
      }),
      { numRuns: propertyRuns(100) },
    )
  })

  it('fits 20 characters (hyphens included) on the longest path of each length', () => {
    for (const length of ['short', 'full'] as const) {
      const first = questionsOf(questionnaire, length)[0]!.id
      const bits = longestRemainingPath(questionnaire, length, {}, first, (q) =>
        Math.log2(radixOf(q)),
      )
      expect(codeSymbolsFor(Math.ceil(bits))).toBeLessThanOrEqual(MAX_SYMBOLS)
    }
    const everything = walk(questionnaire, 'full', (_, radix) => radix - 1)
    expect(encodeResultCode(everything, content).length).toBeLessThanOrEqual(20)
  })

  it('reads a code typed in lower case, with O for 0, L for 1 and no hyphens', () => {
    const quiz = walk(questionnaire, 'short', (_, radix, i) => i % radix)
    const code = encodeResultCode(quiz, content)
    const typed = code.replaceAll('-', '').toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l')
    expect(decodeResultCode(typed, content)).toEqual({ ok: true, quiz })
  })

  it('ignores answers off the path and treats invalid ones as skipped', () => {
    const quiz = walk(questionnaire, 'short', () => 1)
    const noisy = { ...quiz, answers: { ...quiz.answers, 'pas-une-question': 'x', calme: 42 } }
    const decoded = decodeResultCode(encodeResultCode(noisy, content), content)
    expect(decoded).toEqual({
      ok: true,
      quiz: { ...quiz, answers: { ...quiz.answers, calme: null } },
    })
  })
})

describe('decoding bad input gives a typed error, never an exception', () => {
  it.each([
    ['nothing', '', { kind: 'empty' }],
    ['only separators', '  - -  ', { kind: 'empty' }],
    ['too short', 'AB', { kind: 'wrong-length', symbols: 2 }],
    ['too long', 'A'.repeat(19), { kind: 'wrong-length', symbols: 19 }],
    ['a wrong check', 'ABCD-EFGH-JK', { kind: 'bad-checksum' }],
    ['a U', 'ABCD-EFUH', { kind: 'bad-character', character: 'U', position: 7 }],
    ['a slash', 'ABCD/EFGH', { kind: 'bad-character', character: '/', position: 4 }],
    ['markup', '<script>', { kind: 'bad-character', character: '<', position: 0 }],
    ['10 000 characters', 'x'.repeat(10_000), { kind: 'too-long', length: 10_000 }],
  ])('%s', (_, input, error) => {
    expect(decodeResultCode(input, content)).toEqual({ ok: false, error })
  })

  it('says when a code comes from another version of the questionnaire', () => {
    const quiz = walk(questionnaire, 'short', () => 1)
    const newer = {
      questionnaire: {
        ...questionnaire,
        version: questionnaire.version + 1,
        codeSymbols: codeSymbols(questionnaire, content.releasedQuestionnaires),
      },
    }
    expect(decodeResultCode(encodeResultCode(quiz, newer), content)).toEqual({
      ok: false,
      error: {
        kind: 'other-version',
        version: questionnaire.version + 1,
        current: questionnaire.version,
      },
    })
  })

  it('gives every code of a length the same number of symbols, two apart at least', () => {
    const { short, full } = codeSymbols(questionnaire, content.releasedQuestionnaires)
    expect(Math.abs(full - short)).toBeGreaterThanOrEqual(2)
    fc.assert(
      fc.property(completeAnswers(questionnaire), (quiz) => {
        const symbols = encodeResultCode(quiz, content).replaceAll('-', '').length
        expect(symbols).toBe(quiz.length === 'short' ? short : full)
      }),
      { numRuns: propertyRuns(100) },
    )
  })

  it('refuses a code with a symbol too many or too few, even with a valid check', () => {
    for (const length of ['short', 'full'] as const) {
      const code = encodeResultCode(
        walk(questionnaire, length, () => 0),
        content,
      )
      const wrong = { ok: false, error: { kind: 'wrong-length' } }
      expect(decodeResultCode(`0${code}`, content)).toMatchObject(wrong)
      expect(decodeResultCode(code.slice(1), content)).toMatchObject(wrong)
    }
  })

  it('never throws on random strings, and returns ok or a known error', () => {
    const kinds = [
      'empty',
      'too-long',
      'bad-character',
      'wrong-length',
      'bad-checksum',
      'other-version',
      'impossible-answers',
    ]
    const symbolish = fc.string({
      unit: fc.constantFrom(...`${CROCKFORD_ALPHABET}-ilou `.split('')),
      maxLength: 24,
    })
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          symbolish,
          fc.string({ maxLength: 80 }),
        ),
        (input) => {
          const result = decodeResultCode(input, content)
          if (!result.ok) expect(kinds).toContain(result.error.kind)
        },
      ),
      { numRuns: propertyRuns(5000) },
    )
  })

  it('detects any single wrong character and any adjacent swap (property)', () => {
    fc.assert(
      fc.property(
        completeAnswers(questionnaire),
        fc.nat(),
        fc.integer({ min: 1, max: 31 }),
        (quiz, at, shift) => {
          const symbols = encodeResultCode(quiz, content).replaceAll('-', '')
          const i = at % symbols.length
          const replaced = CROCKFORD_ALPHABET.charAt(
            (CROCKFORD_ALPHABET.indexOf(symbols.charAt(i)) + shift) % 32,
          )
          const changed = symbols.slice(0, i) + replaced + symbols.slice(i + 1)
          expect(decodeResultCode(changed, content).ok).toBe(false)
          const j = at % (symbols.length - 1)
          if (symbols.charAt(j) !== symbols.charAt(j + 1)) {
            const swapped =
              symbols.slice(0, j) + symbols.charAt(j + 1) + symbols.charAt(j) + symbols.slice(j + 2)
            expect(decodeResultCode(swapped, content).ok).toBe(false)
          }
        },
      ),
      { numRuns: propertyRuns(300) },
    )
  })

  it('detects every single wrong character and every adjacent swap on sample codes (exhaustive)', () => {
    const samples = fc.sample(completeAnswers(questionnaire), { numRuns: 40, seed: 2011 })
    let checked = 0
    for (const quiz of samples) {
      const code = encodeResultCode(quiz, content)
      const symbols = readSymbols(code)
      for (let i = 0; i < code.length; i++) {
        for (const character of `${CROCKFORD_ALPHABET}-`) {
          const changed = code.slice(0, i) + character + code.slice(i + 1)
          const reading = readSymbols(changed)
          if (JSON.stringify(reading) === JSON.stringify(symbols)) continue
          expect(decodeResultCode(changed, content).ok, `${code} → ${changed}`).toBe(false)
          checked++
        }
        if (i + 1 < code.length && code.charAt(i) !== code.charAt(i + 1)) {
          const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2)
          if (JSON.stringify(readSymbols(swapped)) === JSON.stringify(symbols)) continue
          expect(decodeResultCode(swapped, content).ok, `${code} → ${swapped}`).toBe(false)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000)
  })
})

describe('codes never expire: a code from an older version opens with that version', () => {
  const v1 = content.releasedQuestionnaires.find((r) => r.version === 1)!

  it.each(VERSION_1_CODES)('$code (issued by version 1, before issue 10) still opens', (issued) => {
    expect(questionnaire.version).toBeGreaterThan(1)
    const decoded = decodeResultCode(issued.code, content)
    expect(decoded).toEqual({
      ok: true,
      quiz: { version: 1, length: issued.length, answers: issued.answers },
    })
    if (!decoded.ok) return
    // It scores through version 1's questions, and reads back as the very same code.
    const results = computeResults(
      questionnaire,
      content.roles,
      decoded.quiz,
      content.releasedQuestionnaires,
    )
    expect(results.skipped).toBe(Object.values(issued.answers).filter((a) => a === null).length)
    if (issued.top) expect(results.ranking[0]?.roleId).toBe(issued.top)
    expect(encodeResultCode(decoded.quiz, content)).toBe(issued.code)
  })

  it('round-trips any answers under version 1, and tells them from today’s', () => {
    fc.assert(
      fc.property(completeAnswers(v1 as unknown as typeof questionnaire), (quiz) => {
        const older = { ...quiz, version: 1 }
        const code = encodeResultCode(older, content)
        expect(decodeResultCode(code, content)).toEqual({ ok: true, quiz: older })
      }),
      { numRuns: propertyRuns(200) },
    )
  })

  it('keeps the code lengths of all versions equal or two apart, as their release froze them', () => {
    const released = content.releasedQuestionnaires
    expect(released.map((r) => r.version)).toContain(questionnaire.version)
    const lengths = released.map((r) => r.codeSymbols!)
    for (const [i, own] of lengths.entries())
      for (const other of lengths.slice(0, i))
        for (const a of [own.short, own.full])
          for (const b of [other.short, other.full]) expect(Math.abs(a - b)).not.toBe(1)
    for (const r of released) {
      const natural = naturalCodeSymbols(r)
      expect(r.codeSymbols!.short).toBeGreaterThanOrEqual(natural.short)
      expect(r.codeSymbols!.full).toBeGreaterThanOrEqual(natural.full)
    }
    // Version 1 codes were issued before the registry: its frozen lengths are its natural ones.
    expect(v1.codeSymbols).toEqual(naturalCodeSymbols(v1))
  })

  it('a symbol left out of a code of today never makes a valid code of another version', () => {
    fc.assert(
      fc.property(completeAnswers(questionnaire), fc.nat(), (quiz, at) => {
        const symbols = encodeResultCode(quiz, content).replaceAll('-', '')
        const i = at % symbols.length
        const shorter = symbols.slice(0, i) + symbols.slice(i + 1)
        expect(decodeResultCode(shorter, content)).toMatchObject({
          ok: false,
          error: { kind: 'wrong-length' },
        })
      }),
      { numRuns: propertyRuns(200) },
    )
  })

  it('without the registry, an older code says it comes from another version', () => {
    const code = VERSION_1_CODES[0].code
    expect(decodeResultCode(code, { questionnaire })).toMatchObject({
      ok: false,
      error: { kind: expect.stringMatching(/other-version|wrong-length/) },
    })
  })
})
