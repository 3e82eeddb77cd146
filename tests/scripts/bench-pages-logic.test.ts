import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  belowTarget,
  formatTable,
  median,
  mediansOf,
  selectRoutes,
  type RunMetrics,
} from '../../scripts/bench-pages-logic'
import { BENCH_ROUTES, RESULT_CODE, todaysResultCode } from '../../scripts/bench-routes'
import { loadContent } from '../../src/content/load-content'
import { decodeResultCode } from '../../src/lib/questionnaire/result-code-logic'

const good: RunMetrics = {
  performance: 0.99,
  tbtMs: 40,
  lcpMs: 1800,
  fcpMs: 900,
  cls: 0,
  mainThreadMs: 700,
  accessibility: 1,
  bestPractices: 1,
  seo: 1,
}

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([300, 100, 200])).toBe(200)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('ignores values Lighthouse could not give, and is NaN without any', () => {
    expect(median([Number.NaN, 5, 7, 9])).toBe(7)
    expect(median([])).toBeNaN()
    expect(median([Number.NaN])).toBeNaN()
  })

  it('takes each metric on its own', () => {
    const runs = [
      { ...good, performance: 0.9, tbtMs: 300 },
      { ...good, performance: 0.97, tbtMs: 100 },
      { ...good, performance: 0.95, tbtMs: 150 },
    ]
    expect(mediansOf(runs)).toMatchObject({ performance: 0.95, tbtMs: 150, lcpMs: 1800 })
  })
})

describe('belowTarget', () => {
  it('passes a page on every target, the limits included', () => {
    expect(belowTarget(good)).toEqual([])
    expect(belowTarget({ ...good, performance: 0.95, tbtMs: 200 })).toEqual([])
  })

  it('names each miss with its value', () => {
    expect(
      belowTarget({
        ...good,
        performance: 0.84,
        tbtMs: 260.4,
        accessibility: 0.96,
        bestPractices: 0.93,
        seo: 0.9,
      }),
    ).toEqual(['perf 0.84', 'TBT 260', 'a11y 0.96', 'best practices 0.93', 'SEO 0.90'])
  })

  it('sets no SEO target on a personal page, and keeps the others', () => {
    expect(belowTarget({ ...good, seo: 0.6 }, true)).toEqual([])
    expect(belowTarget({ ...good, seo: 0.6, accessibility: 0.9 }, true)).toEqual(['a11y 0.90'])
  })

  it('counts a score Lighthouse could not give as a miss', () => {
    expect(belowTarget({ ...good, performance: Number.NaN, tbtMs: Number.NaN })).toEqual([
      'perf n/a',
      'TBT n/a',
    ])
  })
})

describe('selectRoutes', () => {
  it('keeps every route without a filter', () => {
    expect(selectRoutes(BENCH_ROUTES, undefined)).toBe(BENCH_ROUTES)
    expect(selectRoutes(BENCH_ROUTES, ' ')).toBe(BENCH_ROUTES)
  })

  it('keeps the routes named, in the list order, the results route also without its code', () => {
    const paths = (only: string) => selectRoutes(BENCH_ROUTES, only).map((route) => route.path)
    expect(paths('/metiers/superviseur/, /')).toEqual(['/', '/metiers/superviseur/'])
    expect(paths('/resultats/')).toEqual([`/resultats/?code=${RESULT_CODE}`])
  })

  it('refuses a path that is no route', () => {
    expect(() => selectRoutes(BENCH_ROUTES, '/,/metier/')).toThrow(/names no route: \/metier\//)
  })
})

describe('the route list', () => {
  it('marks exactly the results and class mode as personal', () => {
    expect(BENCH_ROUTES.filter((route) => route.personal).map((route) => route.path)).toEqual([
      `/resultats/?code=${RESULT_CODE}`,
      '/classe/',
    ])
  })

  it('names each page by a module that exists (npm run size finds its chunk by it)', () => {
    for (const route of BENCH_ROUTES) if (route.page) expect(existsSync(route.page)).toBe(true)
  })

  it("gives the results route a code today's questionnaire reads, the same on every run", () => {
    const code = todaysResultCode()
    expect(todaysResultCode()).toBe(code)
    const { content } = loadContent('content', process.cwd())
    expect(decodeResultCode(code, content!)).toMatchObject({ ok: true })
  })
})

describe('formatTable', () => {
  const lines = (table: string) => table.split('\n')

  it('prints one row per route with the medians and what misses', () => {
    const table = formatTable([
      { route: { path: '/' }, runs: [good, good, good], failures: [] },
      {
        route: { path: '/formations/' },
        runs: [
          { ...good, performance: 0.84, tbtMs: 260 },
          { ...good, performance: 0.8, tbtMs: 300 },
          { ...good, performance: 0.9, tbtMs: 250 },
        ],
        failures: [],
      },
    ])
    expect(lines(table)).toHaveLength(4)
    expect(lines(table)[0]).toMatch(/^\| route \| runs \| perf \| TBT ms .* below target \|$/)
    expect(lines(table)[2]).toBe(
      '| `/` | 3/3 | 0.99 | 40 | 1800 | 900 | 0.000 | 700 | 1.00 | 1.00 | 1.00 | — |',
    )
    expect(lines(table)[3]).toMatch(/\| 3\/3 \| 0\.84 \| 260 \| .* \| perf 0\.84, TBT 260 \|$/)
  })

  it('marks a personal page, and shows its SEO score without flagging it', () => {
    const table = formatTable([
      { route: { path: '/classe/', personal: true }, runs: [{ ...good, seo: 0.5 }], failures: [] },
    ])
    expect(lines(table)[2]).toMatch(
      /^\| `\/classe\/` \(personal\) \|.*\| 0\.50 \(no target\) \| — \|$/,
    )
  })

  it('shows a failed run in its row, and a route with no run at all', () => {
    const table = formatTable([
      { route: { path: '/' }, runs: [good, good], failures: ['NO_FCP: no paint | at all'] },
      { route: { path: '/quiz/' }, runs: [], failures: ['timeout', 'timeout'] },
    ])
    expect(lines(table)[2]).toMatch(
      /^\| `\/` \| 2\/3 \| 0\.99 \|.*\| 1\/3 runs failed: NO_FCP: no paint \\\| at all \|$/,
    )
    expect(lines(table)[3]).toBe(
      '| `/quiz/` | 0/2 | — | — | — | — | — | — | — | — | — | 2/2 runs failed: timeout |',
    )
  })
})
