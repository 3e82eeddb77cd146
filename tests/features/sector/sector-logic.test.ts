import { describe, expect, it } from 'vitest'
import type { Figure, TimelineEvent } from '@/content/schemas'
import {
  arrangeFigures,
  formatFigureValue,
  groupByYear,
  sortTimeline,
  yearSpan,
} from '@/features/sector/sector-logic'

const figure = (id: string, year: number, source: string, extra: Partial<Figure> = {}): Figure => ({
  id,
  label: { fr: id, en: id },
  value: 1,
  unit: 'people',
  year,
  source,
  ...extra,
})
const SOURCES = [
  { id: 'article', group: 'article' as const },
  { id: 'insee', group: 'sector' as const },
]

describe('arrangeFigures', () => {
  const staff2011 = figure('staff-2011', 2011, 'article')
  const jobs2011 = figure('jobs-2011', 2011, 'article')
  const staff2025 = figure('staff-2025', 2025, 'insee', { date: '2025-04', updates: 'staff-2011' })
  const staff2019 = figure('staff-2019', 2019, 'insee', { updates: 'staff-2011' })
  const staff2005 = figure('staff-2005', 2005, 'insee')
  const revenue2024 = figure('revenue-2024', 2024, 'insee')

  it('keeps the article’s figures apart, in content order', () => {
    const { article, others } = arrangeFigures([jobs2011, staff2005, staff2011], SOURCES)
    expect(article.map((p) => p.figure.id)).toEqual(['jobs-2011', 'staff-2011'])
    expect(others.map((f) => f.id)).toEqual(['staff-2005'])
  })

  it('pairs a 2011 figure with the latest figure that updates it, shown once', () => {
    const { article, others } = arrangeFigures(
      [staff2011, jobs2011, staff2019, staff2005, staff2025, revenue2024],
      SOURCES,
    )
    expect(article).toEqual([{ figure: staff2011, later: staff2025 }, { figure: jobs2011 }])
    expect(others.map((f) => f.id)).toEqual(['revenue-2024', 'staff-2019', 'staff-2005'])
  })

  it('never pairs with an earlier figure', () => {
    const odd = figure('odd-2005', 2005, 'insee', { updates: 'staff-2011' })
    expect(arrangeFigures([staff2011, odd], SOURCES).article).toEqual([{ figure: staff2011 }])
  })
})

describe('formatFigureValue', () => {
  it('writes numbers the way each language does', () => {
    expect(formatFigureValue(273000, 'people', 'fr')).toBe('273\u202f000')
    expect(formatFigureValue(273000, 'people', 'en')).toBe('273,000')
    expect(formatFigureValue(80, 'percent', 'fr')).toBe('80\u00a0%')
    expect(formatFigureValue(80, 'percent', 'en')).toBe('80%')
  })

  it('writes large sums of euros short, small ones in full', () => {
    expect(formatFigureValue(3_560_000_000, 'euros', 'fr')).toBe('3,56\u00a0Md\u00a0€')
    expect(formatFigureValue(3_560_000_000, 'euros', 'en')).toBe('€3.56bn')
    expect(formatFigureValue(14.6, 'euros', 'fr')).toBe('15\u00a0€')
  })

  it('writes simple ratios as fractions', () => {
    expect(formatFigureValue(0.5, 'ratio', 'fr')).toBe('½')
    expect(formatFigureValue(0.667, 'ratio', 'en')).toBe('⅔')
    expect(formatFigureValue(1.5, 'ratio', 'fr')).toBe('1,5')
  })
})

describe('groupByYear and yearSpan', () => {
  const figures = [figure('a', 2019, 'x'), figure('b', 2025, 'x'), figure('c', 2019, 'x')]
  it('groups most recent year first, keeping the order within a year', () => {
    expect(groupByYear(figures).map((g) => [g.year, g.figures.map((f) => f.id)])).toEqual([
      [2025, ['b']],
      [2019, ['a', 'c']],
    ])
  })
  it('gives the span of years, or nothing for no figures', () => {
    expect(yearSpan(figures)).toEqual({ from: 2019, to: 2025 })
    expect(yearSpan([])).toBeUndefined()
  })
})

describe('sortTimeline', () => {
  const event = (year: number, date?: string): TimelineEvent => ({
    year,
    date,
    track: 'sector',
    title: { fr: `${date ?? year}`, en: '' },
    text: { fr: '', en: '' },
    source: 'x',
  })
  it('orders by date, an event without a date at its year’s start', () => {
    const sorted = sortTimeline([
      event(2019, '2019-09'),
      event(2011, '2011-12-09'),
      event(2019),
      event(2003, '2003-07-30'),
    ])
    expect(sorted.map((e) => e.title.fr)).toEqual(['2003-07-30', '2011-12-09', '2019', '2019-09'])
  })
})
