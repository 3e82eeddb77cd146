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

  it('writes a code as the app writes it', () => {
    expect(canonicalCode(fixer.replaceAll('-', '').toLowerCase(), content())).toBe(fixer)
    expect(canonicalCode('nope', content())).toBeUndefined()
  })
})
