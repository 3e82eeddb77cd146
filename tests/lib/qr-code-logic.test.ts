// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  alignmentCentres,
  byteCapacity,
  dataCodewordCount,
  dataCodewords,
  encodeQr,
  formatInformation,
  functionModules,
  gfExp,
  gfLog,
  gfMultiply,
  interleavedCodewords,
  maskPenalty,
  penaltyBalance,
  penaltyBlocks,
  penaltyFinderLike,
  penaltyRuns,
  QR_QUIET_ZONE,
  qrSvgPath,
  rsGeneratorPolynomial,
  rsRemainder,
  totalCodewordCount,
  versionInformation,
  type QrCode,
  type QrMask,
  type QrMatrix,
} from '@/lib/qr-code-logic'
import {
  readFormatCopies,
  readQr,
  readVersionCopies,
  reservedAreas,
  SPEC_ALIGNMENT,
} from './qr-reader'

const VERSIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
const MASKS: QrMask[] = [0, 1, 2, 3, 4, 5, 6, 7]
const read = (m: QrMatrix) => readQr(m, formatInformation)

const encode = (text: string, mask?: QrMask): QrCode => {
  const result = encodeQr(text, mask === undefined ? {} : { mask })
  if (!result.ok) throw new Error(`did not fit: ${text.length}`)
  return result.qr
}

/** A text of exactly `length` bytes, varied enough to exercise every bit. */
const textOf = (length: number, seed = 0) => {
  const alphabet = 'https://exemple.fr/orientation/#/quiz?longueur=courte&lang=fr-_09Zz'
  return Array.from({ length }, (_, k) => alphabet[(k * 7 + seed) % alphabet.length]).join('')
}

const fromPicture = (rows: string[]): QrMatrix => rows.map((row) => [...row].map((c) => c === '#'))
const toPicture = (m: QrMatrix) => m.map((row) => row.map((d) => (d ? '#' : '.')).join(''))

describe('GF(256) and Reed–Solomon', () => {
  it('builds the field on x⁸ + x⁴ + x³ + x² + 1', () => {
    expect(gfExp(0)).toBe(1)
    expect(gfExp(7)).toBe(128)
    expect(gfExp(8)).toBe(0x1d)
    expect(gfExp(255)).toBe(1)
    for (let v = 1; v < 256; v++) expect(gfExp(gfLog(v))).toBe(v)
    expect(new Set(Array.from({ length: 255 }, (_, i) => gfExp(i))).size).toBe(255)
    expect(gfMultiply(0x53, 0xca)).toBe(gfMultiply(0xca, 0x53))
    expect(gfMultiply(2, 0x80)).toBe(0x1d)
    expect(gfMultiply(0, 7)).toBe(0)
  })

  it('gives the standard’s generator polynomials (as powers of α)', () => {
    const powers = (degree: number) => rsGeneratorPolynomial(degree).map(gfLog)
    expect(powers(7)).toEqual([0, 87, 229, 146, 149, 238, 102, 21])
    expect(powers(10)).toEqual([0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45])
    // Each generator vanishes at α⁰ … αⁿ⁻¹.
    for (const degree of [7, 10, 16, 18, 22, 26]) {
      const g = rsGeneratorPolynomial(degree)
      for (let i = 0; i < degree; i++) {
        const x = gfExp(i)
        expect(g.reduce((acc, c) => gfMultiply(acc, x) ^ c, 0)).toBe(0)
      }
    }
  })

  it('gives the error correction of the standard’s 1-M example ("01234567", annex I)', () => {
    const data = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
    expect(rsRemainder(data, 10)).toEqual([165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
  })

  it('gives the error correction of the well-known 1-M "HELLO WORLD" block', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    expect(rsRemainder(data, 10)).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
  })
})

describe('the bit stream', () => {
  it('writes "HELLO" in byte mode for version 1-M: mode, count, bytes, terminator, pads', () => {
    expect(dataCodewords(new TextEncoder().encode('HELLO'), 1)).toEqual([
      0x40, 0x54, 0x84, 0x54, 0xc4, 0xc4, 0xf0, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11, 0xec, 0x11,
      0xec,
    ])
  })

  it('counts the bytes on 16 bits from version 10', () => {
    const codewords = dataCodewords(new TextEncoder().encode(textOf(200)), 10)
    expect(codewords).toHaveLength(216)
    expect(codewords.slice(0, 3)).toEqual([0x40, 0x0c, 0x80 | (textOf(1).charCodeAt(0) >> 4)])
  })

  it('has the standard’s capacities at level M (table 7)', () => {
    expect(VERSIONS.map(dataCodewordCount)).toEqual([16, 28, 44, 64, 86, 108, 124, 154, 182, 216])
    expect(VERSIONS.map(totalCodewordCount)).toEqual([
      26, 44, 70, 100, 134, 172, 196, 242, 292, 346,
    ])
    expect(VERSIONS.map(byteCapacity)).toEqual([14, 26, 42, 62, 84, 106, 122, 152, 180, 213])
  })

  it('interleaves the blocks: data column by column, then error correction', () => {
    const data = Array.from({ length: 154 }, (_, i) => i % 256)
    const out = interleavedCodewords(data, 8) // 2 blocks of 38 and 2 of 39
    expect(out).toHaveLength(242)
    expect(out.slice(0, 8)).toEqual([0, 38, 76, 115, 1, 39, 77, 116])
    // The longer blocks' last data codewords come after all the others.
    expect(out.slice(148, 154)).toEqual([37, 75, 113, 152, 114, 153])
    expect(out.slice(154, 158)).toEqual([
      rsRemainder(data.slice(0, 38), 22)[0],
      rsRemainder(data.slice(38, 76), 22)[0],
      rsRemainder(data.slice(76, 115), 22)[0],
      rsRemainder(data.slice(115), 22)[0],
    ])
  })
})

describe('format and version information', () => {
  const table: Record<'L' | 'M' | 'Q' | 'H', string[]> = {
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

  it('gives the standard’s 15-bit format words for every level and mask (annex C)', () => {
    for (const level of ['L', 'M', 'Q', 'H'] as const)
      for (const mask of MASKS)
        expect(formatInformation(level, mask).toString(2).padStart(15, '0')).toBe(
          table[level][mask],
        )
  })

  it('gives the standard’s 18-bit version words (annex D)', () => {
    expect([7, 8, 9, 10].map(versionInformation)).toEqual([0x07c94, 0x085bc, 0x09a99, 0x0a4d3])
  })
})

describe('the symbol', () => {
  const finder = ['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######']
  const crop = (m: QrMatrix, top: number, left: number, h: number, w: number) =>
    toPicture(m.slice(top, top + h).map((row) => row.slice(left, left + w)))

  for (const version of VERSIONS)
    it(`version ${version}: finders, separators, timing, alignment, dark module, format and version bits, capacity`, () => {
      const qr = encode(textOf(byteCapacity(version), version))
      const m = qr.modules
      const size = 17 + 4 * version
      expect(qr.version).toBe(version)
      expect(m).toHaveLength(size)
      for (const row of m) expect(row).toHaveLength(size)

      for (const [top, left] of [
        [0, 0],
        [0, size - 7],
        [size - 7, 0],
      ] as const)
        expect(crop(m, top, left, 7, 7)).toEqual(finder)
      for (let i = 0; i < 8; i++) {
        expect([m[7]?.[i], m[i]?.[7], m[7]?.[size - 1 - i], m[i]?.[size - 8]]).toEqual([
          false,
          false,
          false,
          false,
        ])
        expect([m[size - 8]?.[i], m[size - 1 - i]?.[7]]).toEqual([false, false])
      }
      for (let i = 8; i < size - 8; i++) {
        expect(m[6]?.[i]).toBe(i % 2 === 0)
        expect(m[i]?.[6]).toBe(i % 2 === 0)
      }
      expect(alignmentCentres(version)).toEqual(SPEC_ALIGNMENT[version])
      const centres = SPEC_ALIGNMENT[version] ?? []
      for (const r of centres)
        for (const c of centres) {
          if ((r === 6 && c === 6) || (r === 6 && c === size - 7) || (r === size - 7 && c === 6))
            continue
          expect(crop(m, r - 2, c - 2, 5, 5)).toEqual(['#####', '#...#', '#.#.#', '#...#', '#####'])
        }
      expect(m[size - 8]?.[8]).toBe(true)

      const [copy1, copy2] = readFormatCopies(m)
      expect(copy1).toBe(copy2)
      expect(copy1).toBe(formatInformation('M', qr.mask))
      if (version >= 7)
        expect(readVersionCopies(m)).toEqual([
          versionInformation(version),
          versionInformation(version),
        ])

      // The function areas, as the standard describes them, leave room for exactly the
      // version's codewords plus its remainder bits.
      const reserved = reservedAreas(version)
      expect(functionModules(version)).toEqual(reserved)
      const dataModules = reserved.flat().filter((r) => !r).length
      const remainderBits = version === 1 || version >= 7 ? 0 : 7
      expect(dataModules).toBe(totalCodewordCount(version) * 8 + remainderBits)

      expect(read(m)).toEqual({
        ok: true,
        text: textOf(byteCapacity(version), version),
        version,
        level: 'M',
        mask: qr.mask,
      })
    })

  it('takes the smallest version that holds the text, counting UTF-8 bytes', () => {
    for (const version of VERSIONS) {
      expect(encode(textOf(byteCapacity(version))).version).toBe(version)
      if (version < 10) expect(encode(textOf(byteCapacity(version) + 1)).version).toBe(version + 1)
    }
    // "é" is two bytes: 7 of them fill version 1 exactly, 8 need version 2.
    expect(encode('é'.repeat(7)).version).toBe(1)
    expect(encode('é'.repeat(8)).version).toBe(2)
  })

  it('says when a text is too long for version 10, without throwing', () => {
    expect(encodeQr(textOf(214))).toEqual({ ok: false, bytes: 214, capacity: 213 })
    expect(encodeQr('€'.repeat(72))).toEqual({ ok: false, bytes: 216, capacity: 213 })
  })

  it('reads back with every mask, in every version', () => {
    for (const version of VERSIONS)
      for (const mask of MASKS) {
        const text = textOf(byteCapacity(version), mask)
        const qr = encode(text, mask)
        expect(qr.mask).toBe(mask)
        expect(read(qr.modules)).toMatchObject({ ok: true, text, version, mask })
      }
  })

  it('reads back any text that fits, accents and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        fc.pre(new TextEncoder().encode(text).length <= 213)
        expect(read(encode(text).modules)).toMatchObject({ ok: true, text })
      }),
      { numRuns: 150 },
    )
  })

  it('is checked by a reader that notices damage (so the read-backs above can fail)', () => {
    const m = encode(textOf(40)).modules
    const flip = (r: number, c: number) => {
      const copy = m.map((row) => [...row])
      ;(copy[r] as boolean[])[c] = !copy[r]?.[c]
      return copy
    }
    expect(read(flip(m.length - 1, m.length - 1))).toEqual({
      ok: false,
      reason: 'error correction does not match',
    })
    expect(read(flip(8, 0))).toEqual({ ok: false, reason: 'format copies differ' })
  })

  it('keeps the mask with the lowest penalty', () => {
    for (const text of ['HELLO', textOf(62), textOf(150, 3)]) {
      const chosen = encode(text)
      const penalties = MASKS.map((mask) => maskPenalty(encode(text, mask).modules))
      expect(penalties[chosen.mask]).toBe(Math.min(...penalties))
      expect(penalties.indexOf(Math.min(...penalties))).toBe(chosen.mask)
    }
  })

  it('draws the same symbols as the ones an external reader (zbar) decoded', () => {
    // Checked with zbarimg when this encoder was written; they guard against regressions.
    expect(toPicture(encode('HELLO').modules)).toEqual(GOLDEN_HELLO)
    expect(
      toPicture(encode('https://exemple.fr/orientation/#/quiz?longueur=courte&lang=fr').modules),
    ).toEqual(GOLDEN_URL)
    expect(read(fromPicture(GOLDEN_URL))).toMatchObject({
      ok: true,
      text: 'https://exemple.fr/orientation/#/quiz?longueur=courte&lang=fr',
    })
  })
})

describe('the mask penalty rules', () => {
  const square = (size: number, dark: (r: number, c: number) => boolean): QrMatrix =>
    Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => dark(r, c)))

  it('rule 1: N1 + (run − 5) for each run of five or more, rows and columns', () => {
    expect(penaltyRuns(square(5, () => true))).toBe(10 * 3)
    expect(penaltyRuns(square(7, () => false))).toBe(14 * (3 + 2))
    expect(penaltyRuns(square(6, (r, c) => (r + c) % 2 === 0))).toBe(0)
  })

  it('rule 2: N2 for each 2 × 2 block of one colour', () => {
    expect(penaltyBlocks(square(5, () => true))).toBe(16 * 3)
    expect(penaltyBlocks(square(5, (r, c) => (r + c) % 2 === 0))).toBe(0)
    expect(penaltyBlocks(square(4, (r) => r < 2))).toBe(6 * 3)
  })

  it('rule 3: N3 for a 1:1:3:1:1 pattern with four light modules on a side', () => {
    const row = [...'#.###.#....'].map((c) => c === '#')
    expect(penaltyFinderLike(square(11, (r, c) => r === 0 && (row[c] ?? false)))).toBe(2 * 40)
    const shifted = [...'....#.###.#'].map((c) => c === '#')
    expect(penaltyFinderLike(square(11, (r, c) => r === 5 && (shifted[c] ?? false)))).toBe(2 * 40)
    expect(penaltyFinderLike(square(11, () => false))).toBe(0)
  })

  it('rule 4: N4 for each full 5 % away from half dark', () => {
    expect(penaltyBalance(square(10, (r) => r < 5))).toBe(0)
    expect(penaltyBalance(square(10, (r, c) => r < 5 || (r === 5 && c < 6)))).toBe(10)
    expect(penaltyBalance(square(10, () => true))).toBe(100)
  })
})

describe('the SVG path', () => {
  it('draws exactly the dark modules, offset by the quiet zone', () => {
    const qr = encode('HELLO')
    const path = qrSvgPath(qr)
    const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)]
    expect(runs.map((m) => m[0]).join('')).toBe(path)
    const drawn = runs.reduce((sum, m) => sum + Number(m[3]), 0)
    expect(drawn).toBe(qr.modules.flat().filter(Boolean).length)
    expect(path.startsWith(`M${QR_QUIET_ZONE} ${QR_QUIET_ZONE}h7`)).toBe(true)
  })
})

/** When zbar is installed (Debian: zbar-tools), a real reader decodes what the encoder draws. */
const zbar = (() => {
  try {
    execFileSync('zbarimg', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe.runIf(zbar)('an external reader (zbarimg)', () => {
  it('decodes symbols of every version and mask', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qr-'))
    try {
      for (const version of VERSIONS)
        for (const mask of [0, 3, 5, 7] as QrMask[]) {
          const text = textOf(byteCapacity(version), version + mask)
          const qr = encode(text, mask)
          const scale = 4
          const side = (qr.size + 2 * QR_QUIET_ZONE) * scale
          const pixels = Buffer.alloc(side * side, 255)
          for (let y = 0; y < side; y++)
            for (let x = 0; x < side; x++)
              if (
                qr.modules[Math.floor(y / scale) - QR_QUIET_ZONE]?.[
                  Math.floor(x / scale) - QR_QUIET_ZONE
                ]
              )
                pixels[y * side + x] = 0
          const file = path.join(dir, `v${version}-m${mask}.pgm`)
          writeFileSync(file, Buffer.concat([Buffer.from(`P5\n${side} ${side}\n255\n`), pixels]))
          const out = execFileSync('zbarimg', ['-q', '--raw', file], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
          })
          expect(out.replace(/\n$/, '')).toBe(text)
        }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

const GOLDEN_HELLO = [
  '#######.##.#..#######',
  '#.....#..##.#.#.....#',
  '#.###.#..####.#.###.#',
  '#.###.#.#..#..#.###.#',
  '#.###.#.#...#.#.###.#',
  '#.....#.#.##..#.....#',
  '#######.#.#.#.#######',
  '........#####........',
  '#...#.######.#####..#',
  '...###..#.###..#.####',
  '#.##..#.#.##..###..#.',
  '###..#...#...##.#....',
  '..#.###..#..###...##.',
  '........###.###..#.##',
  '#######.##..##...#.#.',
  '#.....#....##..#...#.',
  '#.###.#.#..#..###.#.#',
  '#.###.#....##....#.##',
  '#.###.#..###..####...',
  '#.....#..#...##......',
  '#######.#...#####.#.#',
]

const GOLDEN_URL = [
  '#######.###.#####.#....#..#######',
  '#.....#...###.#.#..##.#.#.#.....#',
  '#.###.#..##......###.#.#..#.###.#',
  '#.###.#.#..##..........##.#.###.#',
  '#.###.#.##..#.#####..###..#.###.#',
  '#.....#.#.........###.#...#.....#',
  '#######.#.#.#.#.#.#.#.#.#.#######',
  '........##.#.....##.#####........',
  '#...#.###...#.#..#.#.##..#####..#',
  '##..##...####.###.#....#.#...##..',
  '#.##..##..#..###..#.#.#####..#.#.',
  '.....#.##..###.###.######......##',
  '####.##...#.##.#.#...#.##.#.##...',
  '#..##....#.#.####.#...##.#.#..#..',
  '#.##..###..#####.##..#.####....#.',
  '#......#.###..##.###.#.####......',
  '#.....#.###...##.#.###..#.#.##.#.',
  '.####...######.####..#.#.#...###.',
  '###.###..##.#..####.##.#####.#...',
  '##.##....##.#.##.#.###.#####...##',
  '#.#...###....#..##...##...####.##',
  '#.###..#.#..####.##..#.#.#...###.',
  '...##.#..###.###..#.#..###.#...#.',
  '...###..#.#..#...#..###.##.#...#.',
  '####..#..#.#.#..##.####.#####....',
  '........##..#####...#...#...#.##.',
  '#######.#..#.#.#.#....#.#.#.##...',
  '#.....#.....#..#####.#..#...#..##',
  '#.###.#.#..#.#...#.#.##.######...',
  '#.###.#..##.##.##.#.....#.###....',
  '#.###.#..##...#####.#..######....',
  '#.....#..####....#.########......',
  '#######.#..#.###.#...#####...#..#',
]
