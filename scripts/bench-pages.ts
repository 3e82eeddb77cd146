/**
 * `npm run bench:pages`: Lighthouse (mobile: simulated slow 4G and a 4× slower CPU, phone screen)
 * on a cold deep link to every route of the production build, as a reader opening a shared link
 * on a cheap phone. Prints one Markdown row per route with the medians over several runs, and
 * what misses the targets of issue 16 (performance ≥ 0.95 and TBT ≤ 200 ms everywhere;
 * accessibility, best practices and SEO at 1 on public pages). A report, not a test: it exits 0
 * whatever the scores, and 1 only when nothing could be measured.
 *
 * Each run starts its own Chromium with a fresh profile, so no service worker, cache or storage
 * of an earlier run makes it warm. `dist/` is served by the e2e tests' strict static host
 * (a missing file is a 404, headers from `dist/_headers`, text gzipped as real hosts send it).
 *
 * Options (environment): BENCH_RUNS=3, BENCH_ONLY=/,/metiers/superviseur/ (paths from
 * scripts/bench-routes.ts), BENCH_DIST=dist (another built folder), BENCH_PORT=4399,
 * CHROME_PATH (else CHROMIUM_PATH, else /usr/bin/chromium).
 */
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumLaunchOptions } from '../playwright.config.ts'
import { StaticHost } from '../tests/e2e/static-host.ts'
import {
  formatTable,
  median,
  selectRoutes,
  type RouteRow,
  type RunMetrics,
} from './bench-pages-logic.ts'
import { BENCH_ROUTES, RESULT_CODE, todaysResultCode } from './bench-routes.ts'

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3)
const PORT = Number(process.env.BENCH_PORT ?? 4399)
const DIST = path.resolve(process.env.BENCH_DIST ?? 'dist')
const CHROME_PATH = process.env.CHROME_PATH ?? chromiumLaunchOptions.executablePath
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

let routes
try {
  routes = selectRoutes(BENCH_ROUTES, process.env.BENCH_ONLY)
} catch (error) {
  console.error(`bench:pages: ${(error as Error).message}`)
  process.exit(1)
}

const code = routes.some((route) => route.path.includes(RESULT_CODE)) ? todaysResultCode() : ''

const host = new StaticHost(DIST)
try {
  await host.start(PORT)
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
  console.error(`bench:pages: port ${PORT} is taken, serving on a free port instead`)
  await host.start(0)
}

const numeric = (lhr: { audits: Record<string, { numericValue?: number }> }, id: string) =>
  lhr.audits[id]?.numericValue ?? Number.NaN

let versions = ''
/** Lighthouse's measure of the CPU at each run: lower on a busy machine, whose TBT is then higher. */
const benchmarkIndexes: number[] = []
/** One cold load: a new Chromium with a fresh profile, Lighthouse's default (mobile) config. */
async function measure(url: string): Promise<RunMetrics> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
    logLevel: 'silent',
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    })
    if (!result) throw new Error('Lighthouse returned no report')
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
    if (!versions) {
      const browser = (await (
        await fetch(`http://127.0.0.1:${chrome.port}/json/version`)
      ).json()) as { Browser?: string }
      versions = `Lighthouse ${lhr.lighthouseVersion}; ${CHROME_PATH}: ${browser.Browser ?? lhr.environment.hostUserAgent}`
    }
    benchmarkIndexes.push(lhr.environment.benchmarkIndex)
    const categoryScore = (id: string) => lhr.categories[id]?.score ?? Number.NaN
    return {
      performance: categoryScore('performance'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      fcpMs: numeric(lhr, 'first-contentful-paint'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      mainThreadMs: numeric(lhr, 'mainthread-work-breakdown'),
      accessibility: categoryScore('accessibility'),
      bestPractices: categoryScore('best-practices'),
      seo: categoryScore('seo'),
    }
  } finally {
    chrome.kill()
  }
}

const rows: RouteRow[] = []
try {
  console.error(`bench:pages: ${routes.length} route(s) × ${RUNS} run(s) against ${host.url}`)
  for (const route of routes) {
    const url = new URL(route.path.replace(RESULT_CODE, code), host.url).href
    const runs: RunMetrics[] = []
    const failures: string[] = []
    for (let run = 0; run < RUNS; run++) {
      try {
        runs.push(await measure(url))
      } catch (error) {
        failures.push((error as Error).message.split('\n')[0] ?? String(error))
      }
      console.error(`  ${route.path} run ${run + 1}/${RUNS}${failures.length ? ' (failed)' : ''}`)
    }
    rows.push({ route, runs, failures })
  }
} finally {
  await host.stop()
}

const [one, five, fifteen] = loadavg().map((load) => load.toFixed(2))
console.log(
  `\nLighthouse mobile (default config, simulated throttling), cold deep links, ` +
    `medians of ${RUNS} run${RUNS === 1 ? '' : 's'}:\n`,
)
console.log(formatTable(rows))
if (code) console.log(`\n{code}: ${code} (a result code of today's questionnaire)`)
console.log(
  `Targets: perf ≥ 0.95, TBT ≤ 200 ms; a11y, best practices, SEO = 1 (no SEO target on personal pages).`,
)
console.log(
  `Load average ${one}, ${five}, ${fifteen} (1, 5, 15 min) on ${cpus().length} cores; ` +
    `Lighthouse CPU benchmark index ${median(benchmarkIndexes).toFixed(0)} (median; lower = busier).`,
)
console.log(versions || 'Lighthouse and Chromium versions unknown: no run finished.')

process.exit(rows.some((row) => row.runs.length > 0) ? 0 : 1)
