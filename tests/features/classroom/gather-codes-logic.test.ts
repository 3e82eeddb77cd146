// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { canonicalCode, gatherCodes } from '@/features/classroom/gather-codes-logic'
import { MAX_CLASSROOM_CODES } from '@/store/saved-state'
import { codeOf, content } from './class-fixture'

const fixer = codeOf('fixer')
const leader = codeOf('leader')
const faraway = codeOf('faraway')

describe('gatherCodes', () => {
  it('reads one code per line, comma, semicolon or tab, in any case, hyphens or not', () => {
    const typed = `${fixer.toLowerCase()}\n  ${leader.replaceAll('-', '')} ;${faraway}\t`
    expect(gatherCodes(typed, [], content())).toEqual({
      added: [fixer, leader, faraway],
      duplicates: [],
      rejected: [],
      remaining: '',
      ignored: 0,
    })
  })

  it('reads a code typed with spaces, and several codes on a line separated by spaces', () => {
    const spaced = fixer.replaceAll('-', ' ')
    expect(gatherCodes(spaced, [], content()).added).toEqual([fixer])
    expect(gatherCodes(`${fixer} ${leader}`, [], content()).added).toEqual([fixer, leader])
  })

  it('keeps every entry it cannot read, with its typed error, in the input', () => {
    const typo = fixer.slice(0, -1) + (fixer.endsWith('0') ? '1' : '0')
    const result = gatherCodes(`${fixer}\nABC\n${typo}\nABCD-EFUH-JK\n\n`, [], content())
    expect(result.added).toEqual([fixer])
    expect(result.rejected).toEqual([
      { input: 'ABC', error: { kind: 'wrong-length', symbols: 3 } },
      { input: typo, error: { kind: 'bad-checksum' } },
      { input: 'ABCD-EFUH-JK', error: { kind: 'bad-character', character: 'U', position: 7 } },
    ])
    expect(result.remaining).toBe(`ABC\n${typo}\nABCD-EFUH-JK`)
  })

  it('flags codes already in the list, or typed twice, instead of adding them', () => {
    const result = gatherCodes(`${fixer}\n${leader}\n${leader.toLowerCase()}`, [fixer], content())
    expect(result.added).toEqual([leader])
    expect(result.duplicates).toEqual([fixer, leader])
    expect(result.remaining).toBe('')
  })

  it('stops at the list’s limit, keeping the rest in the input', () => {
    const full = new Array<string>(MAX_CLASSROOM_CODES - 1).fill('X')
    const result = gatherCodes(`${fixer}\n${leader}`, full, content())
    expect(result.added).toEqual([fixer])
    expect(result.rejected).toEqual([
      { input: leader, error: { kind: 'list-full', max: MAX_CLASSROOM_CODES } },
    ])
    expect(result.remaining).toBe(leader)
  })

  it('never throws on garbage, however long', () => {
    const result = gatherCodes('x'.repeat(10_000) + '\n<script>', [], content())
    expect(result.added).toEqual([])
    expect(result.rejected.map((r) => r.error.kind)).toEqual(['too-long', 'bad-character'])
  })

  describe('reads codes out of whatever students send', () => {
    const dashed = (code: string, dash: string) => code.replaceAll('-', dash)
    it.each([
      ['a name and a colon', `Léa : ${fixer}`],
      ['a name without punctuation', `Tom ${fixer}`],
      ['an old results link', `https://exemple.fr/orientation/#/resultats/${fixer}`],
      ['a results link', `https://exemple.fr/orientation/resultats/?code=${fixer}&lang=fr`],
      ['a link with a query', `https://exemple.fr/resultats/${fixer}?lang=fr`],
      ['en dashes', dashed(fixer, '\u2013')],
      ['em dashes', dashed(fixer, '\u2014')],
      ['a minus sign', dashed(fixer, '\u2212')],
      ['no-break spaces', dashed(fixer, '\u00a0')],
      ['narrow no-break spaces', dashed(fixer, '\u202f')],
      ['a zero-width space', `\u200b${fixer}`],
      ['French quotes', `« ${fixer} »`],
      ['curly quotes', `“${fixer}”`],
      ['straight quotes', `"${fixer}"`],
      ['a trailing full stop', `${fixer}.`],
      ['a sentence', `Voici mon code : ${fixer}. Merci !`],
      ['lower case with spaces', fixer.toLowerCase().replaceAll('-', ' ')],
      ['a bullet', `- ${fixer}`],
    ])('%s', (_, text) => {
      const result = gatherCodes(text, [], content())
      expect(result.added).toEqual([fixer])
      expect(result.rejected).toEqual([])
    })

    it('takes every code of a whole message and counts the rest as ignored', () => {
      const message = [
        'Bonjour Madame,',
        `Léa : ${fixer}`,
        `Karim – ${dashed(leader, '\u2013')}`,
        `Inès « ${faraway} »`,
        'Bonne journée',
      ].join('\n')
      const result = gatherCodes(message, [], content())
      expect(result.added).toEqual([fixer, leader, faraway])
      expect(result.rejected).toEqual([])
      expect(result.ignored).toBe(2)
      expect(result.remaining).toBe('')
    })

    it('several codes on one line with names between them', () => {
      const result = gatherCodes(`Léa ${fixer} et Tom ${leader}`, [], content())
      expect(result.added).toEqual([fixer, leader])
    })

    it('a code with a typing mistake beside a name is flagged, never ignored', () => {
      const typo = fixer.slice(0, -1) + (fixer.endsWith('0') ? '1' : '0')
      const result = gatherCodes(`Léa : ${leader}\nTom : ${typo}\nBonjour`, [], content())
      expect(result.added).toEqual([leader])
      expect(result.rejected).toEqual([{ input: `Tom : ${typo}`, error: { kind: 'bad-checksum' } }])
      expect(result.ignored).toBe(1)
      expect(result.remaining).toBe(`Tom : ${typo}`)
    })

    it('text alone, with no code, says why it is not one', () => {
      const result = gatherCodes('Bonjour', [], content())
      expect(result.rejected).toHaveLength(1)
      expect(result.ignored).toBe(0)
    })
  })

  it('writes a code as the app writes it', () => {
    expect(canonicalCode(fixer.replaceAll('-', '').toLowerCase(), content())).toBe(fixer)
    expect(canonicalCode('nope', content())).toBeUndefined()
  })
})
