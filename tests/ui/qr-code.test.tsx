import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cleanup, render, screen } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QrCode } from '@/ui/qr-code'
import { propertyRuns } from '../property-runs'
import { readQr, type QrMatrix } from '../lib/qr-reader'

const QUIET_ZONE = 4
/** Bytes each version holds in byte mode at level M (ISO/IEC 18004, table 7). */
const CAPACITY = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213]

/** A text of exactly `length` bytes, varied enough to exercise every bit. */
const textOf = (length: number, seed = 0) => {
  const alphabet = 'https://exemple.fr/orientation/#/quiz?longueur=courte&lang=fr-_09Zz'
  return Array.from({ length }, (_, k) => alphabet[(k * 7 + seed) % alphabet.length]).join('')
}

/** Draws the component, then reads the modules back from its SVG path. */
function drawn(text: string, label = 'Code QR') {
  render(<QrCode text={text} label={label} tooLong="Trop long" className="extra" />)
  const svg = screen.getByRole('img', { name: label })
  const side = Number(svg.getAttribute('viewBox')?.split(' ')[2])
  const size = side - 2 * QUIET_ZONE
  const modules: QrMatrix = Array.from({ length: size }, () => new Array(size).fill(false))
  const d = svg.querySelector('path')?.getAttribute('d') ?? ''
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)]
  expect(runs.map((m) => m[0]).join('')).toBe(d)
  for (const [, x, y, w] of runs)
    for (let c = Number(x); c < Number(x) + Number(w); c++)
      modules[Number(y) - QUIET_ZONE]![c - QUIET_ZONE] = true
  cleanup()
  return { svg, modules, version: (size - 17) / 4 }
}

describe('the QR code', () => {
  it('draws a symbol that an independent reader decodes, with its quiet zone and its name', () => {
    const link = 'https://exemple.fr/orientation/#/quiz?longueur=courte&lang=fr'
    render(<QrCode text={link} label="Lien" tooLong="Trop long" className="classroom-qr" />)
    const svg = screen.getByRole('img', { name: 'Lien' })
    expect(svg).toHaveClass('qr-code', 'classroom-qr')
    expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M4 4h7v1h-7z/)
    cleanup()
    expect(readQr(drawn(link).modules)).toMatchObject({ ok: true, text: link, level: 'M' })
  })

  it('reads back any text that fits, accents and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        fc.pre(new TextEncoder().encode(text).length <= 213)
        expect(readQr(drawn(text).modules)).toMatchObject({ ok: true, text })
      }),
      { numRuns: propertyRuns(40) },
    )
  })

  it('takes the smallest version that holds the text, counting UTF-8 bytes, up to version 10', () => {
    for (const [i, capacity] of CAPACITY.entries()) {
      expect(drawn(textOf(capacity, i)).version).toBe(i + 1)
      if (i < 9) expect(drawn(textOf(capacity + 1, i)).version).toBe(i + 2)
    }
    // "é" is two bytes: 7 of them fill version 1, 8 need version 2; upper case stays in byte mode.
    expect(drawn('é'.repeat(7)).version).toBe(1)
    expect(drawn('é'.repeat(8)).version).toBe(2)
    expect(readQr(drawn('HELLO WORLD').modules)).toMatchObject({ ok: true, text: 'HELLO WORLD' })
  })

  it('says so instead, when a text is too long for version 10', () => {
    render(<QrCode text={textOf(214)} label="Lien" tooLong="Lien trop long" />)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByText('Lien trop long')).toBeInTheDocument()
  })

  it('is checked by a reader that notices damage (so the read-backs above can fail)', () => {
    const { modules } = drawn(textOf(40))
    const flip = (r: number, c: number) => {
      const copy = modules.map((row) => [...row])
      copy[r]![c] = !copy[r]![c]
      return copy
    }
    expect(readQr(flip(modules.length - 1, modules.length - 1))).toEqual({
      ok: false,
      reason: 'error correction does not match',
    })
    expect(readQr(flip(8, 0))).toEqual({ ok: false, reason: 'format copies differ' })
  })
})

/** When zbar is installed (Debian: zbar-tools), a real reader decodes what the page draws. */
const zbar = (() => {
  try {
    execFileSync('zbarimg', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe.runIf(zbar)('an external reader (zbarimg)', () => {
  it('decodes the symbols of every version', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qr-'))
    try {
      for (const [i, capacity] of CAPACITY.entries()) {
        const text = textOf(capacity, i)
        const { modules } = drawn(text)
        const scale = 4
        const side = (modules.length + 2 * QUIET_ZONE) * scale
        const pixels = Buffer.alloc(side * side, 255)
        for (let y = 0; y < side; y++)
          for (let x = 0; x < side; x++)
            if (modules[Math.floor(y / scale) - QUIET_ZONE]?.[Math.floor(x / scale) - QUIET_ZONE])
              pixels[y * side + x] = 0
        const file = path.join(dir, `v${i + 1}.pgm`)
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
  })
})
