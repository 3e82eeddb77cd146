/**
 * Crockford base32 symbols (no I, L, O or U; those read as 1, 1 and 0; U is refused) and a
 * check symbol from the same alphabet. The check treats the symbols as coefficients of a
 * polynomial over GF(32) evaluated at a primitive element α: a single wrong symbol changes the
 * value by e·αᵏ ≠ 0, and swapping two different adjacent symbols a, b changes it by
 * (a ⊕ b)·αᵏ·(α ⊕ 1) ≠ 0, so both are always detected (for codes of up to 31 symbols).
 */

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' }

/** Multiplies by α in GF(32) built on the primitive polynomial x⁵ + x² + 1. */
const timesAlpha = (value: number) => {
  const shifted = value << 1
  return shifted & 32 ? shifted ^ 0b100101 : shifted
}

const fold = (symbols: readonly number[]) =>
  symbols.reduce((acc, symbol) => timesAlpha(acc) ^ symbol, 0)

/** The check symbol to append to these symbols (values 0–31). */
export function checkSymbol(symbols: readonly number[]): number {
  return timesAlpha(fold(symbols))
}

/** Whether symbols that end with their check symbol are intact. */
export function hasValidCheck(symbolsWithCheck: readonly number[]): boolean {
  return symbolsWithCheck.length > 0 && fold(symbolsWithCheck) === 0
}

export type SymbolReading =
  { ok: true; symbols: number[] } | { ok: false; character: string; position: number }

/**
 * Reads typed text as symbols: case does not matter, O reads as 0, I and L as 1, and hyphens and
 * spaces are ignored. Stops at the first character that is not a symbol.
 */
export function readSymbols(text: string): SymbolReading {
  const symbols: number[] = []
  for (let position = 0; position < text.length; position++) {
    const raw = text.charAt(position)
    if (raw === '-' || raw === ' ') continue
    const upper = raw.toUpperCase()
    const value = CROCKFORD_ALPHABET.indexOf(ALIASES[upper] ?? upper)
    if (value < 0 || upper.length !== 1) return { ok: false, character: raw, position }
    symbols.push(value)
  }
  return { ok: true, symbols }
}

export function writeSymbols(symbols: readonly number[]): string {
  return symbols.map((s) => CROCKFORD_ALPHABET.charAt(s)).join('')
}
