/**
 * How the sector page arranges and writes its figures: the 2011 article's figures apart from
 * the others, each 2011 figure beside its later counterpart when there is one.
 */
import type { Figure, Myth, Sector, Source, TimelineEvent } from '@/content/schemas'
import type { FigureUnit } from '@/content/vocabulary'
import { formatNumber, formatPercent, type Locale } from '@/lib/i18n'
import { compareText } from '@/lib/i18n'

export interface FigurePair {
  figure: Figure
  /** The most recent later figure that brings this one up to date, if the content has one. */
  later?: Figure
}

export interface ArrangedFigures {
  /** The source article's figures (2011), each with its later counterpart. */
  article: FigurePair[]
  /** Every other figure not already shown beside an article figure, most recent first. */
  others: Figure[]
}

const sortKey = (figure: Figure) => figure.date ?? String(figure.year)

/**
 * Splits the figures into the article's and the others, and pairs each article figure with
 * the most recent other figure that says it `updates` it. A figure counts as the article's
 * when its source is in the `article` group.
 */
export function arrangeFigures(
  figures: readonly Figure[],
  sources: readonly Pick<Source, 'id' | 'group'>[],
): ArrangedFigures {
  const articleSources = new Set(sources.filter((s) => s.group === 'article').map((s) => s.id))
  const others = figures
    .filter((f) => !articleSources.has(f.source))
    .sort((a, b) => compareText(sortKey(b), sortKey(a)))
  const paired = new Set<Figure>()
  const article = figures
    .filter((f) => articleSources.has(f.source))
    .map((figure) => {
      const later = others.find((other) => other.updates === figure.id && other.year > figure.year)
      if (later) paired.add(later)
      return later ? { figure, later } : { figure }
    })
  return { article, others: others.filter((f) => !paired.has(f)) }
}

/** Figures grouped by year, most recent year first (the order within a year is kept). */
export function groupByYear(figures: readonly Figure[]): { year: number; figures: Figure[] }[] {
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => b - a)
  return years.map((year) => ({ year, figures: figures.filter((f) => f.year === year) }))
}

const FRACTIONS: [number, string][] = [
  [1 / 4, '¼'],
  [1 / 3, '⅓'],
  [1 / 2, '½'],
  [2 / 3, '⅔'],
  [3 / 4, '¾'],
]

/**
 * A figure's value as people read it in each language: `273 000` / `273,000`, `80 %` / `80%`,
 * `3,56 Md €` / `€3.56bn`, and simple ratios as fractions (`½`).
 */
export function formatFigureValue(value: number, unit: FigureUnit, locale: Locale): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale)
    case 'euros':
      return formatNumber(value, locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: value >= 1_000_000 ? 2 : 0,
        notation: value >= 1_000_000 ? 'compact' : 'standard',
      })
    case 'ratio': {
      const fraction = FRACTIONS.find(([n]) => Math.abs(n - value) < 0.005)
      return fraction ? fraction[1] : formatNumber(value, locale, { maximumFractionDigits: 2 })
    }
    default:
      return formatNumber(value, locale)
  }
}

/** The timeline in date order (an event without a day or month sorts at its year's start). */
export function sortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => compareText(a.date ?? String(a.year), b.date ?? String(b.year)))
}

/** The span of years the figures cover, for a heading such as "2005–2025". */
export function yearSpan(figures: readonly Figure[]): { from: number; to: number } | undefined {
  if (figures.length === 0) return undefined
  const years = figures.map((f) => f.year)
  return { from: Math.min(...years), to: Math.max(...years) }
}

/**
 * The sources whose last check dates the sector page: those behind what describes today — the
 * explainers' points, the figures and the myths that have a review date. The 2011
 * figures and the timeline are history and do not age.
 */
export function checkedSourcesOfSector(
  sector: Pick<Sector, 'figures' | 'explainers'>,
  myths: readonly Pick<Myth, 'sources' | 'reviewBy'>[],
): string[] {
  return [
    ...sector.explainers.flatMap((e) => e.points.filter((p) => p.reviewBy).map((p) => p.source)),
    ...sector.figures
      .filter((f) => f.reviewBy)
      .flatMap((f) => (f.noteSource ? [f.source, f.noteSource] : [f.source])),
    ...myths.filter((m) => m.reviewBy).flatMap((m) => m.sources),
  ]
}
