/**
 * A QR reader for module matrices, written for the tests from the standard (ISO/IEC 18004) and
 * independent of the encoder (the `uqr` library): it finds the function areas itself, checks the
 * format and version bits against the standard's tables, unmasks, reads the codewords in zigzag
 * order, splits the blocks, checks every block's Reed–Solomon error correction and parses the
 * byte-mode segment. Level M, versions 1 to 10: what the app draws.
 */

/** A square of modules, `modules[row][column]`, true for dark. */
export type QrMatrix = boolean[][]

// GF(2⁸) on the standard's polynomial x⁸ + x⁴ + x³ + x² + 1, and the Reed–Solomon remainder.
const EXP = new Uint8Array(512)
const LOG = new Uint8Array(256)
{
  let value = 1
  for (let i = 0; i < 255; i++) {
    EXP[i] = value
    LOG[value] = i
    value <<= 1
    if (value & 0x100) value ^= 0x11d
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255] ?? 0
}
const gfMultiply = (a: number, b: number) =>
  a === 0 || b === 0 ? 0 : (EXP[(LOG[a] ?? 0) + (LOG[b] ?? 0)] ?? 0)

/** The error-correction codewords of a block: data(x)·xⁿ modulo the generator of degree n. */
export function rsRemainder(data: readonly number[], degree: number): number[] {
  let generator = [1]
  for (let i = 0; i < degree; i++) {
    const next = new Array<number>(generator.length + 1).fill(0)
    for (const [j, c] of generator.entries()) {
      next[j] = (next[j] ?? 0) ^ c
      next[j + 1] = (next[j + 1] ?? 0) ^ gfMultiply(c, EXP[i] ?? 0)
    }
    generator = next
  }
  const remainder = new Array<number>(degree).fill(0)
  for (const byte of data) {
    const factor = byte ^ (remainder.shift() ?? 0)
    remainder.push(0)
    for (let i = 0; i < degree; i++)
      remainder[i] = (remainder[i] ?? 0) ^ gfMultiply(generator[i + 1] ?? 0, factor)
  }
  return remainder
}

/** The 15-bit format words, by level and mask (ISO/IEC 18004 annex C, table C.1). */
export const SPEC_FORMAT_WORDS: Record<'L' | 'M' | 'Q' | 'H', string[]> = {
  L: [
    '111011111000100',
    '111001011110011',
    '111110110101010',
    '111100010011101',
    '110011000101111',
    '110001100011000',
    '110110001000001',
    '110100101110110',
  ],
  M: [
    '101010000010010',
    '101000100100101',
    '101111001111100',
    '101101101001011',
    '100010111111001',
    '100000011001110',
    '100111110010111',
    '100101010100000',
  ],
  Q: [
    '011010101011111',
    '011000001101000',
    '011111100110001',
    '011101000000110',
    '010010010110100',
    '010000110000011',
    '010111011011010',
    '010101111101101',
  ],
  H: [
    '001011010001001',
    '001001110111110',
    '001110011100111',
    '001100111010000',
    '000011101100010',
    '000001001010101',
    '000110100001100',
    '000100000111011',
  ],
}

/** The 18-bit version words from version 7 (ISO/IEC 18004 annex D, table D.1). */
export const SPEC_VERSION_WORDS: Record<number, number> = {
  7: 0x07c94,
  8: 0x085bc,
  9: 0x09a99,
  10: 0x0a4d3,
}

/** Level M blocks per version (ISO/IEC 18004 table 9): [EC per block, [blocks, data codewords]…]. */
export const SPEC_LEVEL_M: Record<number, [number, [number, number][]]> = {
  1: [10, [[1, 16]]],
  2: [16, [[1, 28]]],
  3: [26, [[1, 44]]],
  4: [18, [[2, 32]]],
  5: [24, [[2, 43]]],
  6: [16, [[4, 27]]],
  7: [18, [[4, 31]]],
  8: [
    22,
    [
      [2, 38],
      [2, 39],
    ],
  ],
  9: [
    22,
    [
      [3, 36],
      [2, 37],
    ],
  ],
  10: [
    26,
    [
      [4, 43],
      [1, 44],
    ],
  ],
}

/** Alignment pattern centres (ISO/IEC 18004 annex E). */
export const SPEC_ALIGNMENT: Record<number, number[]> = {
  1: [],
  2: [6, 18],
  3: [6, 22],
  4: [6, 26],
  5: [6, 30],
  6: [6, 34],
  7: [6, 22, 38],
  8: [6, 24, 42],
  9: [6, 26, 46],
  10: [6, 28, 50],
}

const LEVELS = ['M', 'L', 'H', 'Q'] as const

/** The function areas, worked out from the standard's description. */
export function reservedAreas(version: number): boolean[][] {
  const size = 17 + 4 * version
  const reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false))
  const mark = (r: number, c: number) => {
    if (r >= 0 && c >= 0 && r < size && c < size) (reserved[r] as boolean[])[c] = true
  }
  const square = (top: number, left: number, side: number) => {
    for (let r = top; r < top + side; r++) for (let c = left; c < left + side; c++) mark(r, c)
  }
  // Finders with separators, plus the format areas beside them: 9 × 9, 9 × 8, 8 × 9.
  square(0, 0, 9)
  square(0, size - 8, 8)
  for (let c = size - 8; c < size; c++) mark(8, c)
  square(size - 8, 0, 8)
  for (let r = size - 8; r < size; r++) mark(r, 8)
  for (let i = 0; i < size; i++) {
    mark(6, i)
    mark(i, 6)
  }
  const centres = SPEC_ALIGNMENT[version] ?? []
  for (const r of centres)
    for (const c of centres) {
      const onFinder = (r < 9 && c < 9) || (r < 9 && c > size - 9) || (r > size - 9 && c < 9)
      if (!onFinder) square(r - 2, c - 2, 5)
    }
  if (version >= 7) {
    for (let r = 0; r < 6; r++)
      for (let c = size - 11; c < size - 8; c++) {
        mark(r, c)
        mark(c, r)
      }
  }
  return reserved
}

const bitsToNumber = (bits: boolean[]) => bits.reduce((n, b) => n * 2 + (b ? 1 : 0), 0)

/** The two copies of the 15 format bits, most significant first, as numbers. */
export function readFormatCopies(m: QrMatrix): [number, number] {
  const size = m.length
  const at = (r: number, c: number) => m[r]?.[c] ?? false
  // Copy 1, bit 14 first: row 8 columns 0–5, 7, 8; then column 8 rows 7, 5…0.
  const first = [
    ...[0, 1, 2, 3, 4, 5, 7, 8].map((c) => at(8, c)),
    ...[7, 5, 4, 3, 2, 1, 0].map((r) => at(r, 8)),
  ]
  // Copy 2, bit 14 first: column 8 from the bottom up (7 modules), then row 8 rightmost 8, left to right.
  const second = [
    ...Array.from({ length: 7 }, (_, i) => at(size - 1 - i, 8)),
    ...Array.from({ length: 8 }, (_, i) => at(8, size - 8 + i)),
  ]
  return [bitsToNumber(first), bitsToNumber(second)]
}

/** The version copies (v7+), 18 bits each, most significant first. */
export function readVersionCopies(m: QrMatrix): [number, number] {
  const size = m.length
  const topRight: boolean[] = []
  const bottomLeft: boolean[] = []
  for (let i = 17; i >= 0; i--) {
    const a = size - 11 + (i % 3)
    const b = Math.floor(i / 3)
    topRight.push(m[b]?.[a] ?? false)
    bottomLeft.push(m[a]?.[b] ?? false)
  }
  return [bitsToNumber(topRight), bitsToNumber(bottomLeft)]
}

/** The level and mask of a format word, looked up in the standard's table. */
export function decodeFormat(word: number): { level: string; mask: number } | undefined {
  for (const level of LEVELS) {
    const mask = SPEC_FORMAT_WORDS[level].indexOf(word.toString(2).padStart(15, '0'))
    if (mask >= 0) return { level, mask }
  }
  return undefined
}

const MASKS: ((r: number, c: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
]

export type ReadResult =
  | { ok: true; text: string; version: number; mask: number; level: string }
  | { ok: false; reason: string }

/** Reads a matrix back to its text, checking everything on the way. */
export function readQr(m: QrMatrix): ReadResult {
  const size = m.length
  const version = (size - 17) / 4
  const spec = SPEC_LEVEL_M[version]
  if (!spec) return { ok: false, reason: `size ${size}` }
  const [copy1, copy2] = readFormatCopies(m)
  if (copy1 !== copy2) return { ok: false, reason: 'format copies differ' }
  const format = decodeFormat(copy1)
  if (!format || format.level !== 'M') return { ok: false, reason: 'format' }
  if (version >= 7) {
    const [top, bottom] = readVersionCopies(m)
    if (top !== SPEC_VERSION_WORDS[version] || bottom !== top)
      return { ok: false, reason: 'version bits' }
  }
  const unmask = MASKS[format.mask] as (r: number, c: number) => boolean
  const reserved = reservedAreas(version)
  const bits: boolean[] = []
  let upward = true
  for (let right = size - 1; right > 0; right -= 2) {
    if (right === 6) right--
    for (let k = 0; k < size; k++) {
      const r = upward ? size - 1 - k : k
      for (const c of [right, right - 1])
        if (!reserved[r]?.[c]) bits.push((m[r]?.[c] ?? false) !== unmask(r, c))
    }
    upward = !upward
  }
  const [ecPerBlock, groups] = spec
  const blockSizes = groups.flatMap(([count, data]) => new Array<number>(count).fill(data))
  const total = blockSizes.reduce((s, n) => s + n + ecPerBlock, 0)
  const codewords: number[] = []
  for (let i = 0; i < total; i++) codewords.push(bitsToNumber(bits.slice(i * 8, i * 8 + 8)))
  // De-interleave.
  const blocks = blockSizes.map(() => ({ data: [] as number[], ec: [] as number[] }))
  let p = 0
  for (let i = 0; i < Math.max(...blockSizes); i++)
    for (const [b, block] of blocks.entries())
      if (i < (blockSizes[b] ?? 0)) block.data.push(codewords[p++] ?? -1)
  for (let i = 0; i < ecPerBlock; i++)
    for (const block of blocks) block.ec.push(codewords[p++] ?? -1)
  for (const block of blocks)
    if (rsRemainder(block.data, ecPerBlock).join() !== block.ec.join())
      return { ok: false, reason: 'error correction does not match' }
  const data = blocks.flatMap((b) => b.data)
  const stream = data.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1))
  const take = (() => {
    let at = 0
    return (n: number) => {
      const value = stream.slice(at, at + n).reduce((v, b) => v * 2 + b, 0)
      at += n
      return value
    }
  })()
  if (take(4) !== 0b0100) return { ok: false, reason: 'not byte mode' }
  const count = take(version <= 9 ? 8 : 16)
  const bytes = Uint8Array.from({ length: count }, () => take(8))
  if (take(4) !== 0) return { ok: false, reason: 'no terminator' }
  return {
    ok: true,
    text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
    version,
    ...format,
  }
}
