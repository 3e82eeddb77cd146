import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BLACK, WHITE, contrastRatio, isUsableAccent, mix, parseHexColor, toHex } from '@/lib/color'
import { propertyRuns } from '../property-runs'

describe('colour helpers', () => {
  it('parses #rgb and #rrggbb, with or without #, and rejects the rest', () => {
    expect(parseHexColor('#0b5cad')).toEqual([11, 92, 173])
    expect(parseHexColor('FFF')).toEqual([255, 255, 255])
    for (const bad of ['', '#12', 'blue', '#12345g', '#1234567'])
      expect(parseHexColor(bad)).toBeUndefined()
  })

  it('round-trips any colour through hex', () => {
    const channel = fc.integer({ min: 0, max: 255 })
    fc.assert(
      fc.property(fc.tuple(channel, channel, channel), (rgb) => {
        expect(parseHexColor(toHex(rgb))).toEqual(rgb)
      }),
      { numRuns: propertyRuns(100) },
    )
  })

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 5)
    expect(contrastRatio(WHITE, WHITE)).toBe(1)
    expect(contrastRatio([11, 92, 173], WHITE)).toBeGreaterThan(6)
  })

  it('accepts an accent only with AA contrast against white', () => {
    expect(isUsableAccent([11, 92, 173])).toBe(true)
    expect(isUsableAccent([255, 204, 0])).toBe(false)
    expect(mix(BLACK, WHITE, 0.5)).toEqual([127.5, 127.5, 127.5])
  })
})
