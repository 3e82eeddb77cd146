// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  buildClassBoard,
  classEntry,
  discussionPrompts,
} from '@/features/classroom/class-board-logic'
import { INTEREST_DIMENSIONS, SKILL_DIMENSIONS } from '@/content/vocabulary'
import {
  codeSymbols,
  encodeResultCode,
  naturalCodeSymbols,
} from '@/lib/questionnaire/result-code-logic'
import { spacedCodeSymbols } from '@/lib/questionnaire/released-versions'
import { codeOf, content, PERSONAS } from './class-fixture'

const fixer = codeOf('fixer')
const leader = codeOf('leader')

describe('classEntry', () => {
  it('scores a code exactly as the results page does', () => {
    const entry = classEntry(fixer, content())
    expect(entry).toMatchObject({ code: fixer, status: 'fits', length: 'short', level: 'bac-pro' })
    expect(entry.top).toHaveLength(3)
    expect(entry.top[0]?.roleId).toBe('support-technique')
    expect(entry.top[0]!.score).toBeGreaterThanOrEqual(entry.top[1]!.score)
  })

  it('says when nothing stands out, when the answers say too little, and when a code is unreadable', () => {
    expect(classEntry(codeOf('faraway'), content()).status).toBe('no-fit')
    expect(classEntry(codeOf('faraway'), content()).top).toHaveLength(3)
    const skipper = classEntry(codeOf('skipper'), content())
    expect(skipper).toMatchObject({ status: 'not-informative', level: 'adulte', top: [] })
    expect(classEntry('ABCD-EFGH-JK', content())).toEqual({
      code: 'ABCD-EFGH-JK',
      status: 'unreadable',
      top: [],
      error: { kind: 'bad-checksum' },
    })
  })
})

describe('buildClassBoard', () => {
  const codes = [fixer, leader, fixer, codeOf('faraway'), codeOf('skipper'), 'ABC']
  const board = buildClassBoard(codes, content())

  it('counts the codes by what their results say', () => {
    expect(board).toMatchObject({
      readable: 5,
      ranked: 3,
      noFit: 1,
      notInformative: 1,
      unreadable: 1,
      lengths: { short: 5, full: 0 },
    })
    expect(board.entries.map((e) => e.code)).toEqual(codes)
  })

  it('gives the distribution of first roles over the students for whom a role fits', () => {
    expect(board.firstRoles).toEqual([
      { id: 'support-technique', count: 2 },
      { id: 'superviseur', count: 1 },
    ])
    const inTop3 = Object.fromEntries(board.topThreeRoles.map((t) => [t.id, t.count]))
    expect(inTop3['support-technique']).toBe(2)
    expect(inTop3.superviseur).toBe(1)
    expect(board.topThreeRoles.reduce((s, t) => s + t.count, 0)).toBe(3 * 3)
    expect(board.topThreeRoles.map((t) => t.count)).toEqual(
      [...board.topThreeRoles.map((t) => t.count)].sort((a, b) => b - a),
    )
    expect(board.absentRoles.length + board.topThreeRoles.length).toBe(content().roles.length)
    for (const id of board.absentRoles) expect(inTop3[id]).toBeUndefined()
  })

  it('gives the class’s mean profile over informative answers, highest first', () => {
    const one = (code: string) => buildClassBoard([code], content())
    const mean = (id: string, ...boards: ReturnType<typeof one>[]) =>
      boards.map((b) => [...b.interests, ...b.skills].find((d) => d.id === id)!.percent)
    // The mean of the technical skill over the four informative students is the mean of each.
    const alone = mean(
      'technical',
      one(fixer),
      one(leader),
      one(fixer),
      one(codeOf('faraway')),
    ) as number[]
    const together = mean('technical', board)[0]!
    expect(Math.abs(together - alone.reduce((s, v) => s + v, 0) / 4)).toBeLessThanOrEqual(1)
    expect(
      board.interests
        .map((d) => d.id)
        .every((id) => (INTEREST_DIMENSIONS as readonly string[]).includes(id)),
    ).toBe(true)
    expect(
      board.skills
        .map((d) => d.id)
        .every((id) => (SKILL_DIMENSIONS as readonly string[]).includes(id)),
    ).toBe(true)
    for (const list of [board.interests, board.skills]) {
      expect(list.map((d) => d.percent)).toEqual(
        [...list.map((d) => d.percent)].sort((a, b) => b - a),
      )
      for (const d of list) {
        expect(d.percent).toBeGreaterThanOrEqual(0)
        expect(d.percent).toBeLessThanOrEqual(100)
        expect(d.measured).toBeLessThanOrEqual(4)
      }
    }
  })

  it('counts students by level, in the usual order', () => {
    expect(board.levels).toEqual([
      { id: 'troisieme', count: 1 },
      { id: 'bac-pro', count: 2 },
      { id: 'post-bac', count: 1 },
      { id: 'adulte', count: 1 },
    ])
  })

  it('is empty, not broken, without codes', () => {
    expect(buildClassBoard([], content())).toMatchObject({
      readable: 0,
      ranked: 0,
      firstRoles: [],
      interests: [],
      skills: [],
      levels: [],
    })
  })
})

describe('discussionPrompts', () => {
  it('builds prompts on the class’s results, then general ones', () => {
    const board = buildClassBoard([fixer, leader, fixer, codeOf('faraway')], content())
    const prompts = discussionPrompts(board, { warmUp: true })
    expect(prompts[0]).toEqual({ kind: 'first-role', roleId: 'support-technique', count: 2 })
    expect(prompts[1]).toEqual({ kind: 'absent-role', roleId: board.absentRoles[0] })
    expect(prompts[2]).toMatchObject({ kind: 'strong-and-weak' })
    expect(prompts[3]).toEqual({ kind: 'no-fit', count: 1 })
    expect(prompts.slice(4).map((p) => p.kind)).toEqual(['cliches', 'bots-and-humans', 'training'])
  })

  it('offers only the general prompts to a class with no readable code', () => {
    const empty = buildClassBoard(['ABC'], content())
    expect(discussionPrompts(empty, { warmUp: true }).map((p) => p.kind)).toEqual([
      'cliches',
      'bots-and-humans',
      'training',
    ])
    // The clichés prompt follows the warm-up; without it, it is left out.
    expect(discussionPrompts(empty, { warmUp: false }).map((p) => p.kind)).toEqual([
      'bots-and-humans',
      'training',
    ])
  })
})

describe('codes never expire', () => {
  it('a code from today still opens and counts once the questionnaire version is bumped', () => {
    const today = content()
    const released = today.releasedQuestionnaires
    expect(released.some((r) => r.version === today.questionnaire.version)).toBe(true)
    const older = released.map((r) => codeSymbols(r, released))
    const bumped = {
      ...today,
      questionnaire: {
        ...today.questionnaire,
        version: today.questionnaire.version + 1,
        codeSymbols: spacedCodeSymbols(naturalCodeSymbols(today.questionnaire), older),
      },
    }
    const code = codeOf('fixer')
    const before = buildClassBoard([code], today)
    const after = buildClassBoard([code, code], bumped)
    expect(after.readable).toBe(2)
    expect(after.entries[0]).toMatchObject({
      status: before.entries[0]!.status,
      version: today.questionnaire.version,
      top: before.entries[0]!.top,
    })
    expect(after.versions).toEqual([{ version: today.questionnaire.version, count: 2 }])
    // A code of the new version beside it: mixed versions are both counted, and said.
    const newCode = encodeResultCode({ length: 'short', answers: PERSONAS.leader }, bumped)
    expect(buildClassBoard([code, newCode], bumped).versions).toEqual([
      { version: today.questionnaire.version + 1, count: 1 },
      { version: today.questionnaire.version, count: 1 },
    ])
  })
})
