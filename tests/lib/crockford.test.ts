import { describe, expect, it } from 'vitest'
import { checkSymbol, hasValidCheck, readSymbols, writeSymbols } from '@/lib/crockford'

describe('Crockford base32', () => {
  it('reads case-insensitively, O as 0, I and L as 1, and skips hyphens and spaces', () => {
    expect(readSymbols('ab-Cd')).toEqual(readSymbols('ABCD'))
    expect(readSymbols('o i l')).toEqual({ ok: true, symbols: [0, 1, 1] })
    expect(writeSymbols([0, 10, 31])).toBe('0AZ')
  })

  it('refuses U and anything outside the alphabet, saying where', () => {
    expect(readSymbols('AB-U1')).toEqual({ ok: false, character: 'U', position: 3 })
    expect(readSymbols('A*')).toEqual({ ok: false, character: '*', position: 1 })
    expect(readSymbols('ß')).toMatchObject({ ok: false, position: 0 })
  })

  it('appends a check symbol that makes the whole valid', () => {
    const data = [3, 14, 15, 9, 26]
    expect(hasValidCheck([...data, checkSymbol(data)])).toBe(true)
    expect(hasValidCheck([...data, (checkSymbol(data) + 1) % 32])).toBe(false)
    expect(hasValidCheck([])).toBe(false)
  })

  it('catches every single wrong symbol and every adjacent swap, at every position (exhaustive)', () => {
    for (let n = 2; n <= 18; n++) {
      const data = Array.from({ length: n }, (_, i) => (i * 7 + n) % 32)
      const code = [...data, checkSymbol(data)]
      for (let i = 0; i < code.length; i++)
        for (let v = 0; v < 32; v++) {
          if (v === code[i]) continue
          const changed = [...code]
          changed[i] = v
          expect(hasValidCheck(changed)).toBe(false)
        }
      for (let i = 0; i + 1 < code.length; i++) {
        for (let a = 0; a < 32; a++)
          for (let b = 0; b < 32; b++) {
            if (a === b) continue
            const base = [...code]
            base[i] = a
            base[i + 1] = b
            const check = hasValidCheck(base)
            const swapped = [...base]
            swapped[i] = b
            swapped[i + 1] = a
            // Whatever the two symbols, a valid sequence never stays valid once they are swapped.
            if (check) expect(hasValidCheck(swapped)).toBe(false)
          }
      }
    }
  })
})
