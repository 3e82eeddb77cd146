/**
 * The pure part of `npm run bench:pages`: medians over the Lighthouse runs, the targets of issue
 * 16 and what misses them, the route filter, and the Markdown table. Tested on its own.
 */
import type { BenchRoute } from './bench-routes'

/** What one Lighthouse run says about a page; a score Lighthouse could not give is NaN. */
export interface RunMetrics {
  performance: number
  tbtMs: number
  lcpMs: number
  fcpMs: number
  cls: number
  mainThreadMs: number
  accessibility: number
  bestPractices: number
  seo: number
}

/** Issue 16: every route from a cold deep link; a11y, best practices and SEO on public pages. */
export const TARGETS = {
  performance: 0.95,
  tbtMs: 200,
  accessibility: 1,
  bestPractices: 1,
  seo: 1,
} as const

/** The median of the finite values (the mean of the middle two for an even count); NaN if none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Each metric's median over the runs. */
export function mediansOf(runs: readonly RunMetrics[]): RunMetrics {
  const of = (key: keyof RunMetrics) => median(runs.map((run) => run[key]))
  return {
    performance: of('performance'),
    tbtMs: of('tbtMs'),
    lcpMs: of('lcpMs'),
    fcpMs: of('fcpMs'),
    cls: of('cls'),
    mainThreadMs: of('mainThreadMs'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
  }
}

const score = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a')
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a')

/** What misses its target, as the table names it: `perf 0.84`, `TBT 260`, `SEO 0.92`. */
export function belowTarget(metrics: RunMetrics, personal = false): string[] {
  const misses: string[] = []
  const below = (value: number, target: number) => !(value >= target)
  if (below(metrics.performance, TARGETS.performance))
    misses.push(`perf ${score(metrics.performance)}`)
  if (!(metrics.tbtMs <= TARGETS.tbtMs)) misses.push(`TBT ${ms(metrics.tbtMs)}`)
  if (below(metrics.accessibility, TARGETS.accessibility))
    misses.push(`a11y ${score(metrics.accessibility)}`)
  if (below(metrics.bestPractices, TARGETS.bestPractices))
    misses.push(`best practices ${score(metrics.bestPractices)}`)
  if (!personal && below(metrics.seo, TARGETS.seo)) misses.push(`SEO ${score(metrics.seo)}`)
  return misses
}

/**
 * The routes `BENCH_ONLY` keeps: a comma-separated list of paths as `BENCH_ROUTES` writes them
 * (the results route also without its code, as `/resultats/`). Throws on a path that is no route, so that a typo
 * does not measure nothing.
 */
export function selectRoutes(
  routes: readonly BenchRoute[],
  only: string | undefined,
): readonly BenchRoute[] {
  const wanted = (only ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
  if (wanted.length === 0) return routes
  const names = (route: BenchRoute) => [route.path, route.path.replace(/\?code=\{[^}]+\}$/, '')]
  const unknown = wanted.filter((item) => !routes.some((route) => names(route).includes(item)))
  if (unknown.length > 0)
    throw new Error(
      `BENCH_ONLY names no route: ${unknown.join(', ')} (routes: ${routes.map((r) => r.path).join(', ')})`,
    )
  return routes.filter((route) => names(route).some((name) => wanted.includes(name)))
}

/** One row of the table: the runs that gave a report, and why the others did not. */
export interface RouteRow {
  route: Pick<BenchRoute, 'path' | 'personal'>
  runs: readonly RunMetrics[]
  failures: readonly string[]
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')

/** The Markdown table: one row per route, medians over its runs, and what misses the targets. */
export function formatTable(rows: readonly RouteRow[]): string {
  const header = [
    'route',
    'runs',
    'perf',
    'TBT ms',
    'LCP ms',
    'FCP ms',
    'CLS',
    'main thread ms',
    'a11y',
    'best practices',
    'SEO',
    'below target',
  ]
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 || i === header.length - 1 ? '---' : '---:')).join(' | ')} |`,
  ]
  for (const { route, runs, failures } of rows) {
    const name = `\`${route.path}\`${route.personal ? ' (personal)' : ''}`
    const total = runs.length + failures.length
    const notes: string[] = []
    let values: string[]
    if (runs.length === 0) {
      values = Array<string>(9).fill('—')
    } else {
      const m = mediansOf(runs)
      values = [
        score(m.performance),
        ms(m.tbtMs),
        ms(m.lcpMs),
        ms(m.fcpMs),
        Number.isFinite(m.cls) ? m.cls.toFixed(3) : 'n/a',
        ms(m.mainThreadMs),
        score(m.accessibility),
        score(m.bestPractices),
        route.personal ? `${score(m.seo)} (no target)` : score(m.seo),
      ]
      notes.push(...belowTarget(m, route.personal))
    }
    if (failures.length > 0)
      notes.push(`${failures.length}/${total} runs failed: ${[...new Set(failures)].join('; ')}`)
    const row = [name, `${runs.length}/${total}`, ...values, notes.join(', ') || '—']
    lines.push(`| ${row.map(cell).join(' | ')} |`)
  }
  return lines.join('\n')
}
