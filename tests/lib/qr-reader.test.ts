import { describe, expect, it } from 'vitest'
import { readQr, reservedAreas, rsRemainder, SPEC_ALIGNMENT, SPEC_LEVEL_M } from './qr-reader'

/** The test reader is only as good as its own arithmetic: it is checked on the standard's data. */
describe('the test QR reader', () => {
  it('computes the error correction of the standard’s 1-M example ("01234567", annex I)', () => {
    const data = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
    expect(rsRemainder(data, 10)).toEqual([165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
  })

  it('computes the error correction of the well-known 1-M "HELLO WORLD" block', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    expect(rsRemainder(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
  })

  it('leaves exactly the standard’s codewords for data in every version (table 9)', () => {
    const totals = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346]
    for (const version of Object.keys(SPEC_LEVEL_M).map(Number)) {
      const size = 17 + 4 * version
      const free = reservedAreas(version)
        .flat()
        .filter((reserved) => !reserved).length
      // Data modules: every codeword's 8 bits, plus 0, 7 or 3… remainder bits.
      expect(Math.floor(free / 8)).toBe(totals[version - 1])
      expect(size).toBeGreaterThan(SPEC_ALIGNMENT[version]?.at(-1) ?? 0)
    }
  })

  it('refuses a matrix that is not a symbol', () => {
    expect(readQr([[true]])).toEqual({ ok: false, reason: 'size 1' })
    const blank = Array.from({ length: 21 }, () => new Array<boolean>(21).fill(false))
    expect(readQr(blank)).toMatchObject({ ok: false })
  })
})
