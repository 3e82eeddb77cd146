import { describe, expect, it } from 'vitest'
import { formatContentDate, formatNumber, formatPercent } from '@/lib/i18n'
import type { Messages } from '@/lib/messages'

describe('number and date formatting', () => {
  it('groups thousands the French and the English way', () => {
    expect(formatNumber(273000, 'fr')).toBe('273\u202f000')
    expect(formatNumber(273000, 'en')).toBe('273,000')
    expect(formatPercent(22, 'fr')).toMatch(/^22[\u00a0\u202f]%$/)
    expect(formatPercent(22, 'en')).toBe('22%')
  })

  it('shows content dates at the precision they were written with', () => {
    expect(formatContentDate('2011', 'fr')).toBe('2011')
    expect(formatContentDate('2011-12', 'fr')).toBe('décembre 2011')
    expect(formatContentDate('2018-02-19', 'en')).toBe('19 February 2018')
    expect(formatContentDate('2025-09-01', 'fr')).toBe('1er septembre 2025')
    expect(formatContentDate('2025-09-01', 'en')).toBe('1 September 2025')
    expect(formatContentDate('2026-08-11', 'fr')).toBe('11 août 2026')
  })
})

const catalogues = import.meta.glob<Record<string, Messages<Record<string, unknown>>>>(
  '/src/**/messages.ts',
  {
    eager: true,
  },
)

describe('UI message catalogues', () => {
  const entries = Object.entries(catalogues).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(
        ([, value]) =>
          typeof value === 'object' && value !== null && 'fr' in value && 'en' in value,
      )
      .map(([name, messages]) => [`${file} ${name}`, messages] as const),
  )

  it('are found', () => {
    expect(entries.length).toBeGreaterThanOrEqual(3)
  })

  it.each(entries)('%s has the same keys and kinds in French and English', (_name, messages) => {
    const { fr, en } = messages
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort())
    for (const key of Object.keys(fr)) {
      const [a, b]: unknown[] = [fr[key], en[key]]
      expect(typeof b, key).toBe(typeof a)
      if (typeof a === 'string') expect((b as string).trim(), key).not.toBe('')
      if (typeof a === 'function')
        expect((b as (...args: unknown[]) => string).length, key).toBe(
          (a as (...args: unknown[]) => string).length,
        )
    }
  })
})
