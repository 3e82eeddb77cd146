import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareText,
  formatContentDate,
  formatList,
  formatNumber,
  formatPercent,
  type Locale,
} from '@/lib/i18n'
import type { Messages } from '@/lib/messages'
import { realContent } from '../fixtures/questionnaire/real-content'

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

describe('hand-written forms (no Intl formatter built on a page load)', () => {
  const LOCALES: [Locale, string][] = [
    ['fr', 'fr-FR'],
    ['en', 'en-GB'],
  ]
  const intl = (tag: string, value: number, options?: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(tag, options).format(value)
  /** Whole numbers, and numbers with up to 4 decimals (as content figures are written). */
  const figure = fc.oneof(
    fc.integer({ min: 0, max: 9_999_999_999 }),
    fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 10_000),
    fc.constantFrom(0, 0.5, 1.005, 2.25, 999.95, 999_999, 1_000_000, 999_999_999, 3_560_000_000),
  )

  it.each(LOCALES)('write numbers as Intl does (%s)', (locale, tag) => {
    fc.assert(
      fc.property(figure, fc.integer({ min: 0, max: 3 }), (value, digits) => {
        expect(formatNumber(value, locale)).toBe(intl(tag, value))
        expect(formatNumber(value, locale, { maximumFractionDigits: digits })).toBe(
          intl(tag, value, { maximumFractionDigits: digits }),
        )
      }),
      { numRuns: 400 },
    )
  })

  it.each(LOCALES)('write euros as Intl does, compact from a million (%s)', (locale, tag) => {
    fc.assert(
      fc.property(figure, fc.constantFrom(0, 2), (value, digits) => {
        const standard = {
          style: 'currency',
          currency: 'EUR',
          maximumFractionDigits: digits,
        } as const
        expect(formatNumber(value, locale, standard)).toBe(intl(tag, value, standard))
        if (value < 1_000_000) return
        // Browsers drop a compact amount's trailing zeros (« 12 M € »); Node's ICU keeps them
        // unless told otherwise.
        const compact = { ...standard, notation: 'compact', minimumFractionDigits: 0 } as const
        expect(formatNumber(value, locale, { ...standard, notation: 'compact' })).toBe(
          intl(tag, value, compact),
        )
      }),
      { numRuns: 400 },
    )
  })

  it.each(LOCALES)('write percentages as Intl does (%s)', (locale, tag) => {
    for (const value of [0, 1, 7, 22, 45.2, 80, 99.6, 100, 250])
      expect(formatPercent(value, locale)).toBe(
        intl(tag, value / 100, { style: 'percent', maximumFractionDigits: 0 }),
      )
  })

  it.each(LOCALES)('write dates and lists as Intl does (%s)', (locale, tag) => {
    for (let month = 1; month <= 12; month++) {
      const at = new Date(Date.UTC(2026, month - 1, 17))
      const long = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options }).format(at)
      const mm = String(month).padStart(2, '0')
      expect(formatContentDate(`2026-${mm}-17`, locale)).toBe(
        long({ year: 'numeric', month: 'long', day: 'numeric' }),
      )
      expect(formatContentDate(`2026-${mm}`, locale)).toBe(long({ year: 'numeric', month: 'long' }))
    }
    for (const items of [[], ['a'], ['a', 'b'], ['BTS NDRC', 'BTS MCO', 'BUT TC']])
      for (const type of ['conjunction', 'disjunction'] as const)
        expect(formatList(items, locale, type)).toBe(
          new Intl.ListFormat(tag, { style: 'long', type }).format(items),
        )
  })

  it.each(LOCALES)(
    "sort the content's titles and terms as the browser does (%s)",
    (locale, tag) => {
      const content = realContent()
      const lists = {
        glossary: content.glossary.map((entry) => entry.term[locale]),
        roles: content.roles.map((role) => role.title[locale]),
        diplomas: content.diplomas.map((diploma) => diploma.name[locale]),
        tricky: [
          'Éthique',
          'etre',
          'Être',
          'œuvre',
          'oeil',
          'l’accueil',
          'la',
          'BTS NDRC',
          'BTS-MCO',
          'Bac pro',
          'bac+2',
          'e-mail',
          'email',
          'A1',
          'a 2',
        ],
      }
      const collator = new Intl.Collator(tag, { sensitivity: 'base' })
      for (const [name, list] of Object.entries(lists)) {
        expect(list.length, name).toBeGreaterThan(1)
        expect([...list].sort(compareText), name).toEqual(
          [...list].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)),
        )
      }
    },
  )

  it('never throws on a figure or date it cannot read, and shows what it has', () => {
    expect(formatNumber(Number.NaN, 'fr')).toBe(intl('fr-FR', Number.NaN))
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('∞')
    expect(formatPercent(Number.NaN, 'en')).toBe(
      intl('en-GB', Number.NaN, { style: 'percent', maximumFractionDigits: 0 }),
    )
    expect(formatContentDate('2026-13', 'fr')).toBe('2026')
    expect(formatContentDate('2026-13-02', 'en')).toBe('2026')
    expect(formatContentDate('bientôt', 'fr')).toBe('bientôt')
    expect(formatContentDate('', 'en')).toBe('')
  })

  it('leaves to Intl what it does not write by hand', () => {
    expect(formatNumber(-1234.5, 'fr')).toBe(intl('fr-FR', -1234.5))
    expect(formatNumber(1e21, 'en')).toBe(intl('en-GB', 1e21))
    expect(formatNumber(0.25, 'en', { style: 'percent' })).toBe('25%')
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
