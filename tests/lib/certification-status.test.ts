// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Diploma } from '@/content/schemas'
import { certificationStatus, hasPassed, isAwarded, isoDate } from '@/lib/certification-status'

const diploma = (id: string, overrides: Partial<Diploma> = {}): Diploma =>
  ({ id, short: id.toUpperCase(), status: 'current', ...overrides }) as Diploma

const TODAY = '2026-12-02'

describe('certificationStatus', () => {
  it('is current without an end date, or before it', () => {
    expect(certificationStatus(diploma('a'), [], TODAY)).toEqual({ kind: 'current' })
    const until = diploma('b', { registration: { until: '2029-05-12', reviewBy: '2028-01-01' } })
    expect(certificationStatus(until, [], TODAY)).toEqual({ kind: 'current', until: '2029-05-12' })
    expect(isAwarded(until, TODAY)).toBe(true)
  })

  it('is never current past the end of its registration, whatever its status says', () => {
    const stale = diploma('tai', { registration: { until: '2025-09-01', reviewBy: '2027-01-01' } })
    expect(certificationStatus(stale, [], TODAY)).toEqual({ kind: 'ended', since: '2025-09-01' })
    expect(isAwarded(stale, TODAY)).toBe(false)
    expect(isAwarded(stale, '2025-09-01')).toBe(true)
    expect(isAwarded(stale, '2025-09-02')).toBe(false)
  })

  it('names what replaced an ended certification when the content says', () => {
    const next = diploma('new')
    const ended = diploma('old', {
      status: 'ended',
      replacedBy: 'new',
      registration: { until: '2025-09-01', reviewBy: '2027-01-01' },
    })
    expect(certificationStatus(ended, [next, ended], TODAY)).toEqual({
      kind: 'ended',
      since: '2025-09-01',
      successor: next,
    })
  })

  it('says replaced, with the successor, for a diploma another took over', () => {
    const mco = diploma('bts-mco')
    expect(
      certificationStatus(
        diploma('bts-muc', { status: 'replaced', replacedBy: 'bts-mco' }),
        [mco],
        TODAY,
      ),
    ).toEqual({
      kind: 'replaced',
      successor: mco,
    })
  })
})

describe('dates', () => {
  it('counts a year or a month as its last day', () => {
    expect(hasPassed('2025', '2025-12-31')).toBe(false)
    expect(hasPassed('2025', '2026-01-01')).toBe(true)
    expect(hasPassed('2024-02', '2024-02-29')).toBe(false)
    expect(hasPassed('2024-02', '2024-03-01')).toBe(true)
  })

  it('writes a day as the content does', () => {
    expect(isoDate(new Date(2026, 11, 2))).toBe('2026-12-02')
    expect(isoDate(new Date(2025, 8, 1))).toBe('2025-09-01')
  })
})
