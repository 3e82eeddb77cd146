// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  mergeSessions,
  readSessionFile,
  datedFileName,
  writeSessionFile,
} from '@/features/classroom/session-file-logic'
import { DEFAULT_CLASSROOM, MAX_CLASSROOM_CODES, type ClassroomSession } from '@/store/saved-state'

const session: ClassroomSession = {
  id: 'classe-abc',
  name: '2nde B — 12 mars',
  labels: {},
  length: 'full',
  locale: 'en',
  warmUp: false,
  sharedDevices: true,
  codes: ['AAAA-BBBB-CC', 'DDDD-EEEE-FF', 'AAAA-BBBB-CC'],
}
const at = new Date('2025-03-14T09:30:00Z')

describe('writeSessionFile / readSessionFile', () => {
  it('round-trips a session, and names the file after the day', () => {
    const text = writeSessionFile(session, at, 1)
    expect(JSON.parse(text)).toEqual({
      app: 'cap-relation-client',
      kind: 'class-session',
      format: 2,
      exportedAt: '2025-03-14T09:30:00.000Z',
      questionnaireVersion: 1,
      session: { ...session, labels: undefined },
    })
    expect(readSessionFile(text)).toEqual({
      ok: true,
      session,
      exportedAt: '2025-03-14T09:30:00.000Z',
      dropped: 0,
    })
    expect(datedFileName('seance-classe', new Date(2025, 2, 4), 'json')).toBe(
      'seance-classe-2025-03-04.json',
    )
    expect(datedFileName('tableau-classe', new Date(2025, 11, 31), 'csv')).toBe(
      'tableau-classe-2025-12-31.csv',
    )
  })

  it('drops a code made of spaces or hyphens alone, and counts it', () => {
    const text = JSON.stringify({
      ...JSON.parse(writeSessionFile(session, at, 1)),
      session: { ...session, codes: ['   ', '-', ' - ', ...session.codes] },
    })
    const reading = readSessionFile(text)
    expect(reading).toMatchObject({ ok: true, dropped: 3, session: { codes: session.codes } })
  })

  it('never writes the private labels, and reads a format-1 file as a class of its own', () => {
    const labelled = { ...session, labels: { 'AAAA-BBBB-CC': 'Léa' } }
    expect(writeSessionFile(labelled, at, 1)).not.toContain('Léa')
    const v1 = JSON.stringify({
      app: 'cap-relation-client',
      kind: 'class-session',
      format: 1,
      exportedAt: '2025-03-14T09:30:00.000Z',
      questionnaireVersion: 1,
      session: { length: 'full', locale: 'en', warmUp: false, codes: ['AAAA-BBBB-CC'] },
    })
    expect(readSessionFile(v1)).toMatchObject({
      ok: true,
      session: { id: 'seance-20250314T093000000Z', name: '', codes: ['AAAA-BBBB-CC'] },
    })
  })

  it('reads a file saved with a byte-order mark', () => {
    expect(readSessionFile('\uFEFF' + writeSessionFile(session, at, 1)).ok).toBe(true)
  })

  it('says what is wrong with a bad file, never throws', () => {
    const file = (patch: object) =>
      JSON.stringify({ ...JSON.parse(writeSessionFile(session, at, 1)), ...patch })
    expect(readSessionFile('')).toEqual({ ok: false, error: { kind: 'not-json' } })
    expect(readSessionFile('{"app": ')).toEqual({ ok: false, error: { kind: 'not-json' } })
    expect(readSessionFile('Code;Version\r\nAAAA;courte')).toEqual({
      ok: false,
      error: { kind: 'not-json' },
    })
    for (const text of [
      'null',
      '[]',
      '42',
      '{}',
      file({ app: 'other' }),
      file({ kind: 'quiz' }),
      file({ session: [] }),
      file({ format: 'x' }),
      file({ format: 0 }),
    ])
      expect(readSessionFile(text)).toEqual({ ok: false, error: { kind: 'not-a-session' } })
    expect(readSessionFile(file({ format: 3 }))).toEqual({
      ok: false,
      error: { kind: 'newer-format', format: 3 },
    })
    expect(readSessionFile('x'.repeat(1_000_001))).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: 1_000_001 },
    })
  })

  it('keeps the valid parts of a damaged session and counts what it left out', () => {
    const text = JSON.stringify({
      app: 'cap-relation-client',
      kind: 'class-session',
      format: 1,
      session: { length: 'huge', locale: 'fr', codes: ['AAAA', 7, null, '<b>', 'BBBB'] },
    })
    expect(readSessionFile(text)).toEqual({
      ok: true,
      // A format-1 file has no class id: it gets one, the same each time it is read.
      session: { ...DEFAULT_CLASSROOM, id: 'seance-1', codes: ['AAAA', 'BBBB'] },
      exportedAt: undefined,
      dropped: 3,
    })
  })

  it('keeps every code of a file longer than the list allows: the merge says they do not fit', () => {
    const codes = Array.from({ length: 5000 }, (_, i) => `CODE-${i}`)
    const text = JSON.stringify({
      app: 'cap-relation-client',
      kind: 'class-session',
      format: 1,
      session: { ...DEFAULT_CLASSROOM, codes },
    })
    const reading = readSessionFile(text)
    expect(reading).toMatchObject({ ok: true, dropped: 0 })
    if (!reading.ok) return
    const merged = mergeSessions(DEFAULT_CLASSROOM, reading.session)
    expect(merged).toMatchObject({ added: 1000, notAdded: 4000 })
    expect(merged.session.codes).toHaveLength(1000)
  })
})

describe('mergeSessions', () => {
  it('takes the file as it is into an empty session, settings included', () => {
    expect(mergeSessions({ ...DEFAULT_CLASSROOM, id: session.id }, session)).toEqual({
      session,
      added: 3,
      notAdded: 0,
    })
  })

  it('adds the file’s codes without losing any, and importing twice changes nothing', () => {
    const current: ClassroomSession = { ...DEFAULT_CLASSROOM, codes: ['AAAA-BBBB-CC', 'ZZZZ'] }
    const once = mergeSessions(current, session)
    expect(once).toEqual({
      session: {
        ...DEFAULT_CLASSROOM,
        name: session.name,
        codes: ['AAAA-BBBB-CC', 'ZZZZ', 'DDDD-EEEE-FF', 'AAAA-BBBB-CC'],
      },
      added: 2,
      notAdded: 0,
    })
    expect(mergeSessions(once.session, session)).toEqual({ ...once, added: 0 })
  })

  it('keeps the current settings when the session already has codes', () => {
    const current: ClassroomSession = { ...DEFAULT_CLASSROOM, codes: ['ZZZZ'] }
    const { session: merged } = mergeSessions(current, session)
    expect([merged.length, merged.locale, merged.warmUp]).toEqual(['short', 'fr', true])
  })

  it('counts the codes past the list’s limit', () => {
    const current = {
      ...DEFAULT_CLASSROOM,
      codes: new Array<string>(MAX_CLASSROOM_CODES - 1).fill('X'),
    }
    const merged = mergeSessions(current, { ...DEFAULT_CLASSROOM, codes: ['A', 'B', 'C'] })
    expect(merged.session.codes).toHaveLength(MAX_CLASSROOM_CODES)
    expect(merged).toMatchObject({ added: 1, notAdded: 2 })
  })
})
