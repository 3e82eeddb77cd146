/**
 * A small QR code encoder (ISO/IEC 18004), enough for a link projected in class: byte mode
 * (UTF-8), error correction level M (about 15 % of the symbol can be damaged or hidden),
 * versions 1 to 10 (up to 213 bytes). Pure: the class mode draws the matrix as SVG.
 *
 * The steps follow the standard: bit stream (mode, count, data, terminator, padding) → blocks
 * with Reed–Solomon error correction over GF(256) → interleaving → function patterns (finders,
 * separators, timing, alignment, dark module) → data placed in two-column zigzags → each of the
 * eight masks tried, the one with the lowest penalty kept → format (and, from version 7,
 * version) information written.
 */

export const QR_MIN_VERSION = 1
export const QR_MAX_VERSION = 10
/** Light modules around the symbol that readers need (the standard asks for 4). */
export const QR_QUIET_ZONE = 4

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H'
export type QrMask = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7

/** One error-correction layout: `ecPerBlock` codewords per block, blocks as [count, data codewords]. */
interface BlockLayout {
  ecPerBlock: number
  groups: readonly (readonly [count: number, dataCodewords: number])[]
}

/** Level M, versions 1–10 (ISO/IEC 18004, table 9). Index 0 is version 1. */
const LEVEL_M_BLOCKS: readonly BlockLayout[] = [
  { ecPerBlock: 10, groups: [[1, 16]] },
  { ecPerBlock: 16, groups: [[1, 28]] },
  { ecPerBlock: 26, groups: [[1, 44]] },
  { ecPerBlock: 18, groups: [[2, 32]] },
  { ecPerBlock: 24, groups: [[2, 43]] },
  { ecPerBlock: 16, groups: [[4, 27]] },
  { ecPerBlock: 18, groups: [[4, 31]] },
  {
    ecPerBlock: 22,
    groups: [
      [2, 38],
      [2, 39],
    ],
  },
  {
    ecPerBlock: 22,
    groups: [
      [3, 36],
      [2, 37],
    ],
  },
  {
    ecPerBlock: 26,
    groups: [
      [4, 43],
      [1, 44],
    ],
  },
]

/** Centres of the alignment patterns, rows and columns alike (ISO/IEC 18004, annex E). */
const ALIGNMENT_CENTRES: readonly (readonly number[])[] = [
  [],
  [6, 18],
  [6, 22],
  [6, 26],
  [6, 30],
  [6, 34],
  [6, 22, 38],
  [6, 24, 42],
  [6, 26, 46],
  [6, 28, 50],
]

const layoutOf = (version: number): BlockLayout => {
  const layout = LEVEL_M_BLOCKS[version - 1]
  if (!layout) throw new RangeError(`QR version ${version} is not supported`)
  return layout
}

/** The side of a symbol of this version, in modules (21 for version 1). */
export function qrSize(version: number): number {
  return 17 + 4 * version
}

/** The alignment pattern centres of a version (empty for version 1). */
export function alignmentCentres(version: number): readonly number[] {
  return ALIGNMENT_CENTRES[version - 1] ?? []
}

/** Data codewords (before error correction) of a version at level M. */
export function dataCodewordCount(version: number): number {
  return layoutOf(version).groups.reduce((sum, [count, data]) => sum + count * data, 0)
}

/** Every codeword of a version at level M: data plus error correction. */
export function totalCodewordCount(version: number): number {
  const layout = layoutOf(version)
  const blocks = layout.groups.reduce((sum, [count]) => sum + count, 0)
  return dataCodewordCount(version) + blocks * layout.ecPerBlock
}

/** Bits of the character count in byte mode: 8 up to version 9, 16 from version 10. */
export function byteCountBits(version: number): number {
  return version <= 9 ? 8 : 16
}

/** How many bytes a version holds in byte mode at level M (14 for version 1). */
export function byteCapacity(version: number): number {
  return Math.floor((dataCodewordCount(version) * 8 - 4 - byteCountBits(version)) / 8)
}

// ---------------------------------------------------------------------------------------------
// GF(256) and Reed–Solomon

/** The field GF(2⁸) built on the standard's primitive polynomial x⁸ + x⁴ + x³ + x² + 1. */
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

/** α raised to `power` in GF(256). */
export function gfExp(power: number): number {
  return EXP[((power % 255) + 255) % 255] ?? 0
}

/** The power of α that gives `value` (1–255). */
export function gfLog(value: number): number {
  if (value < 1 || value > 255) throw new RangeError('log of 0 in GF(256)')
  return LOG[value] ?? 0
}

/** Product in GF(256). */
export function gfMultiply(a: number, b: number): number {
  if (a === 0 || b === 0) return 0
  return EXP[(LOG[a] ?? 0) + (LOG[b] ?? 0)] ?? 0
}

/**
 * The generator polynomial of `degree` error-correction codewords, (x − α⁰)(x − α¹)…(x − αⁿ⁻¹),
 * coefficients from the highest power down (the first is always 1).
 */
export function rsGeneratorPolynomial(degree: number): number[] {
  let poly = [1]
  for (let i = 0; i < degree; i++) {
    const next = new Array<number>(poly.length + 1).fill(0)
    const root = gfExp(i)
    for (const [j, coefficient] of poly.entries()) {
      next[j] = (next[j] ?? 0) ^ coefficient
      next[j + 1] = (next[j + 1] ?? 0) ^ gfMultiply(coefficient, root)
    }
    poly = next
  }
  return poly
}

/**
 * The error-correction codewords of a block: the remainder of data(x)·xⁿ divided by the
 * generator polynomial of degree n.
 */
export function rsRemainder(data: readonly number[], degree: number): number[] {
  const generator = rsGeneratorPolynomial(degree)
  const remainder = new Array<number>(degree).fill(0)
  for (const byte of data) {
    const factor = byte ^ (remainder.shift() ?? 0)
    remainder.push(0)
    for (let i = 0; i < degree; i++)
      remainder[i] = (remainder[i] ?? 0) ^ gfMultiply(generator[i + 1] ?? 0, factor)
  }
  return remainder
}

// ---------------------------------------------------------------------------------------------
// Bit stream

/** The smallest version (1–10) whose byte-mode capacity at level M holds `byteLength` bytes. */
export function chooseVersion(byteLength: number): number | undefined {
  for (let version = QR_MIN_VERSION; version <= QR_MAX_VERSION; version++)
    if (byteCapacity(version) >= byteLength) return version
  return undefined
}

/**
 * The data codewords of a version for these bytes: mode 0100 (byte), the count, the bytes,
 * up to four 0 bits of terminator, 0 bits to the next byte, then pad codewords 0xEC, 0x11….
 */
export function dataCodewords(bytes: Uint8Array, version: number): number[] {
  const capacityBits = dataCodewordCount(version) * 8
  const bits: number[] = []
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1)
  }
  put(0b0100, 4)
  put(bytes.length, byteCountBits(version))
  for (const byte of bytes) put(byte, 8)
  if (bits.length > capacityBits) throw new RangeError('too many bytes for this version')
  put(0, Math.min(4, capacityBits - bits.length))
  put(0, (8 - (bits.length % 8)) % 8)
  const codewords: number[] = []
  for (let i = 0; i < bits.length; i += 8)
    codewords.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0))
  for (let pad = 0; codewords.length < capacityBits / 8; pad ^= 1) codewords.push(pad ? 0x11 : 0xec)
  return codewords
}

/** The data codewords cut into the version's blocks, each with its error correction. */
export function splitIntoBlocks(
  data: readonly number[],
  version: number,
): { data: number[]; ec: number[] }[] {
  const { ecPerBlock, groups } = layoutOf(version)
  const blocks: { data: number[]; ec: number[] }[] = []
  let offset = 0
  for (const [count, size] of groups)
    for (let b = 0; b < count; b++) {
      const block = data.slice(offset, offset + size)
      offset += size
      blocks.push({ data: block, ec: rsRemainder(block, ecPerBlock) })
    }
  return blocks
}

/** The final codeword sequence: data interleaved block by block, then error correction. */
export function interleavedCodewords(data: readonly number[], version: number): number[] {
  const blocks = splitIntoBlocks(data, version)
  const out: number[] = []
  const longest = Math.max(...blocks.map((b) => b.data.length))
  for (let i = 0; i < longest; i++)
    for (const b of blocks) if (i < b.data.length) out.push(b.data[i] ?? 0)
  for (let i = 0; i < layoutOf(version).ecPerBlock; i++)
    for (const b of blocks) out.push(b.ec[i] ?? 0)
  return out
}

// ---------------------------------------------------------------------------------------------
// Format and version information

const LEVEL_BITS: Record<QrErrorLevel, number> = { L: 0b01, M: 0b00, Q: 0b11, H: 0b10 }

/**
 * The 15 format bits: level and mask, a BCH(15,5) code (generator x¹⁰+x⁸+x⁵+x⁴+x²+x+1), then
 * XOR 101010000010010 so that they are never all light.
 */
export function formatInformation(level: QrErrorLevel, mask: QrMask): number {
  const data = (LEVEL_BITS[level] << 3) | mask
  let remainder = data
  for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537)
  return ((data << 10) | (remainder & 0x3ff)) ^ 0x5412
}

/** The 18 version bits from version 7: the version and a BCH(18,6) code (generator 0x1F25). */
export function versionInformation(version: number): number {
  let remainder = version
  for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25)
  return (version << 12) | (remainder & 0xfff)
}

// ---------------------------------------------------------------------------------------------
// The matrix

/** A square of modules, `modules[row][column]`, true for dark. */
export type QrMatrix = boolean[][]

export interface QrCode {
  version: number
  /** Modules per side, quiet zone not included. */
  size: number
  mask: QrMask
  level: 'M'
  modules: QrMatrix
}

export type QrEncoding = { ok: true; qr: QrCode } | { ok: false; bytes: number; capacity: number }

const grid = <T>(size: number, value: T): T[][] =>
  Array.from({ length: size }, () => new Array<T>(size).fill(value))

/** Where the function patterns lie (true) for a version: data never goes there. */
export function functionModules(version: number): boolean[][] {
  return drawFunctionPatterns(version).reserved
}

function drawFunctionPatterns(version: number) {
  const size = qrSize(version)
  const modules = grid(size, false)
  const reserved = grid(size, false)
  const set = (row: number, col: number, dark: boolean) => {
    if (row < 0 || col < 0 || row >= size || col >= size) return
    ;(modules[row] as boolean[])[col] = dark
    ;(reserved[row] as boolean[])[col] = true
  }
  // Timing patterns first: finders and alignment patterns overwrite their ends.
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0)
    set(i, 6, i % 2 === 0)
  }
  // Finder patterns with their light separators.
  for (const [top, left] of [
    [0, 0],
    [0, size - 7],
    [size - 7, 0],
  ] as const)
    for (let dr = -1; dr <= 7; dr++)
      for (let dc = -1; dc <= 7; dc++) {
        const ring = Math.max(Math.abs(dr - 3), Math.abs(dc - 3))
        set(top + dr, left + dc, ring !== 2 && ring !== 4)
      }
  // Alignment patterns, except where they would cover a finder.
  const centres = alignmentCentres(version)
  const last = centres.length - 1
  for (const [i, row] of centres.entries())
    for (const [j, col] of centres.entries()) {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue
      for (let dr = -2; dr <= 2; dr++)
        for (let dc = -2; dc <= 2; dc++)
          set(row + dr, col + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1)
    }
  // Format information areas (written at the end) and the dark module.
  for (let i = 0; i <= 8; i++) {
    if (!reserved[8]?.[i]) set(8, i, false)
    if (!reserved[i]?.[8]) set(i, 8, false)
  }
  for (let i = 0; i < 8; i++) {
    set(8, size - 1 - i, false)
    set(size - 1 - i, 8, false)
  }
  set(size - 8, 8, true)
  // Version information areas, from version 7.
  if (version >= 7) {
    const bits = versionInformation(version)
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1
      const a = size - 11 + (i % 3)
      const b = Math.floor(i / 3)
      set(b, a, dark)
      set(a, b, dark)
    }
  }
  return { size, modules, reserved }
}

/** Whether mask `mask` flips the module at (row, col). */
export function maskApplies(mask: QrMask, row: number, col: number): boolean {
  switch (mask) {
    case 0:
      return (row + col) % 2 === 0
    case 1:
      return row % 2 === 0
    case 2:
      return col % 3 === 0
    case 3:
      return (row + col) % 3 === 0
    case 4:
      return (Math.floor(row / 2) + Math.floor(col / 3)) % 2 === 0
    case 5:
      return ((row * col) % 2) + ((row * col) % 3) === 0
    case 6:
      return (((row * col) % 2) + ((row * col) % 3)) % 2 === 0
    case 7:
      return (((row + col) % 2) + ((row * col) % 3)) % 2 === 0
  }
}

/**
 * The positions data bits take, in order: two-column strips from the right edge, going up then
 * down, skipping the vertical timing column and every function module.
 */
export function dataModuleOrder(version: number): [row: number, col: number][] {
  const { size, reserved } = drawFunctionPatterns(version)
  const order: [number, number][] = []
  let upward = true
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step
      for (const col of [right, right - 1]) if (!reserved[row]?.[col]) order.push([row, col])
    }
    upward = !upward
  }
  return order
}

/** Writes the 15 format bits in both of their places. */
function drawFormatBits(modules: QrMatrix, level: QrErrorLevel, mask: QrMask) {
  const size = modules.length
  const bits = formatInformation(level, mask)
  const bit = (i: number) => ((bits >>> i) & 1) === 1
  const set = (row: number, col: number, dark: boolean) =>
    void ((modules[row] as boolean[])[col] = dark)
  // Around the top-left finder: bits 0–7 down column 8 (skipping the timing row), 8–14 leftwards along row 8.
  for (let i = 0; i <= 5; i++) set(i, 8, bit(i))
  set(7, 8, bit(6))
  set(8, 8, bit(7))
  set(8, 7, bit(8))
  for (let i = 9; i < 15; i++) set(8, 14 - i, bit(i))
  // The copy: bits 0–7 along row 8 from the right edge, 8–14 down column 8 at the bottom.
  for (let i = 0; i < 8; i++) set(8, size - 1 - i, bit(i))
  for (let i = 8; i < 15; i++) set(size - 15 + i, 8, bit(i))
  set(size - 8, 8, true)
}

// ---------------------------------------------------------------------------------------------
// Mask penalty (ISO/IEC 18004, 7.8.3)

export const PENALTY_N1 = 3
export const PENALTY_N2 = 3
export const PENALTY_N3 = 40
export const PENALTY_N4 = 10

const lines = (modules: QrMatrix): boolean[][] => {
  const size = modules.length
  const columns = Array.from({ length: size }, (_, c) => modules.map((row) => row[c] ?? false))
  return [...modules, ...columns]
}

/** Rule 1: each run of five or more modules of one colour in a row or column, N1 + (run − 5). */
export function penaltyRuns(modules: QrMatrix): number {
  let penalty = 0
  for (const line of lines(modules)) {
    let run = 1
    for (let i = 1; i <= line.length; i++) {
      if (i < line.length && line[i] === line[i - 1]) run++
      else {
        if (run >= 5) penalty += PENALTY_N1 + run - 5
        run = 1
      }
    }
  }
  return penalty
}

/** Rule 2: each 2 × 2 block of one colour (blocks may overlap), N2. */
export function penaltyBlocks(modules: QrMatrix): number {
  let penalty = 0
  for (let r = 0; r + 1 < modules.length; r++)
    for (let c = 0; c + 1 < modules.length; c++) {
      const v = modules[r]?.[c]
      if (v === modules[r]?.[c + 1] && v === modules[r + 1]?.[c] && v === modules[r + 1]?.[c + 1])
        penalty += PENALTY_N2
    }
  return penalty
}

const FINDER_LIKE = [true, false, true, true, true, false, true]

/**
 * Rule 3: each dark–light–dark×3–light–dark pattern (1:1:3:1:1) with four light modules before
 * or after it in a row or column, N3. The quiet zone outside the symbol counts as light.
 */
export function penaltyFinderLike(modules: QrMatrix): number {
  let penalty = 0
  const light = new Array<boolean>(4).fill(false)
  for (const line of lines(modules)) {
    const padded = [...light, ...line, ...light]
    for (let i = 4; i + 7 <= padded.length - 4; i++) {
      if (!FINDER_LIKE.every((v, k) => padded[i + k] === v)) continue
      const before = padded.slice(i - 4, i).every((v) => !v)
      const after = padded.slice(i + 7, i + 11).every((v) => !v)
      if (before) penalty += PENALTY_N3
      if (after) penalty += PENALTY_N3
    }
  }
  return penalty
}

/** Rule 4: N4 for each full 5 % the share of dark modules lies away from 50 %. */
export function penaltyBalance(modules: QrMatrix): number {
  const total = modules.length * modules.length
  const dark = modules.reduce((sum, row) => sum + row.filter(Boolean).length, 0)
  return PENALTY_N4 * Math.floor(Math.abs((dark * 100) / total - 50) / 5)
}

/** The standard's penalty score of a finished symbol: lower reads more easily. */
export function maskPenalty(modules: QrMatrix): number {
  return (
    penaltyRuns(modules) +
    penaltyBlocks(modules) +
    penaltyFinderLike(modules) +
    penaltyBalance(modules)
  )
}

// ---------------------------------------------------------------------------------------------
// Putting it together

/** The symbol for `codewords` (already interleaved) with one mask, format bits included. */
export function buildMatrix(version: number, codewords: readonly number[], mask: QrMask): QrMatrix {
  const { modules } = drawFunctionPatterns(version)
  const order = dataModuleOrder(version)
  for (const [i, [row, col]] of order.entries()) {
    const byte = codewords[i >>> 3] ?? 0
    // Bits past the last codeword are the remainder bits: 0 before masking.
    const bit = i >>> 3 < codewords.length && ((byte >>> (7 - (i & 7))) & 1) === 1
    ;(modules[row] as boolean[])[col] = bit !== maskApplies(mask, row, col)
  }
  drawFormatBits(modules, 'M', mask)
  return modules
}

const MASKS: readonly QrMask[] = [0, 1, 2, 3, 4, 5, 6, 7]

/**
 * The QR code (level M, byte mode, UTF-8) of a text, in the smallest version that holds it, with
 * the mask of lowest penalty; or the number of bytes and the capacity when it does not fit in
 * version 10. `mask` forces a mask (for tests).
 */
export function encodeQr(text: string, options: { mask?: QrMask } = {}): QrEncoding {
  const bytes = new TextEncoder().encode(text)
  const version = chooseVersion(bytes.length)
  if (version === undefined)
    return { ok: false, bytes: bytes.length, capacity: byteCapacity(QR_MAX_VERSION) }
  const codewords = interleavedCodewords(dataCodewords(bytes, version), version)
  let best: { mask: QrMask; modules: QrMatrix; penalty: number } | undefined
  for (const mask of options.mask === undefined ? MASKS : [options.mask]) {
    const modules = buildMatrix(version, codewords, mask)
    const penalty = maskPenalty(modules)
    if (!best || penalty < best.penalty) best = { mask, modules, penalty }
  }
  const chosen = best as { mask: QrMask; modules: QrMatrix }
  return {
    ok: true,
    qr: { version, size: qrSize(version), mask: chosen.mask, level: 'M', modules: chosen.modules },
  }
}

/**
 * An SVG path drawing the dark modules, one unit per module, offset by the quiet zone: draw it in
 * a `viewBox` of `size + 2 × QR_QUIET_ZONE` on a light background.
 */
export function qrSvgPath(qr: QrCode): string {
  const parts: string[] = []
  for (const [r, row] of qr.modules.entries()) {
    let c = 0
    while (c < row.length) {
      if (!row[c]) {
        c++
        continue
      }
      const start = c
      while (c < row.length && row[c]) c++
      parts.push(`M${start + QR_QUIET_ZONE} ${r + QR_QUIET_ZONE}h${c - start}v1h${start - c}z`)
    }
  }
  return parts.join('')
}
