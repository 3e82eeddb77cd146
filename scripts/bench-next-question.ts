/**
 * `npm run bench:next-question`: how long a student waits, on a slow phone, between answering a
 * question and seeing the next one. Serves the production build with the e2e tests' strict static
 * host, opens the short questionnaire in Debian's Chromium with a 4× slower CPU and a phone's
 * screen, and answers every question with the mouse (first choice, then « Suivant »). Each
 * click's time to the next paint is read from the browser's Event Timing entries (the measure
 * behind Interaction to Next Paint). Prints the median and the slowest over the questions, and
 * whether they stay under issue 16's 100 ms. A report, not a test: it exits 0 whatever the times.
 *
 * Options (environment): BENCH_DIST=dist, BENCH_PORT=4398, BENCH_RUNS=3 (whole questionnaires).
 */
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../playwright.config.ts'
import { StaticHost } from '../tests/e2e/static-host.ts'
import { median } from './bench-pages-logic.ts'

const DIST = path.resolve(process.env.BENCH_DIST ?? 'dist')
const PORT = Number(process.env.BENCH_PORT ?? 4398)
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3)
const GOAL_MS = 100

/** Collects every click's Event Timing duration (start of the click to the next paint). */
const OBSERVE_CLICKS = `
  window.__clicks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'click') window.__clicks.push(entry.duration)
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
`

const host = new StaticHost(DIST)
await host.start(PORT)
const browser = await chromium.launch(chromiumLaunchOptions)
const durations: number[] = []
let questions = 0
try {
  for (let run = 0; run < RUNS; run++) {
    // The page's Content-Security-Policy refuses eval, which waitForFunction needs for its
    // string; the policy changes nothing the bench measures.
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
    })
    const page = await context.newPage()
    await page.addInitScript(OBSERVE_CLICKS)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(`${host.url}quiz/?longueur=courte&lang=fr`)
    // The intro is pre-rendered: a click before the app runs would submit its form natively.
    await page.waitForSelector('html[data-app="running"]')
    await page.getByRole('button', { name: 'Commencer' }).click()
    const next = page.getByRole('button', { name: 'Suivant', exact: true })
    await next.waitFor()
    let answered = 0
    while (await next.isVisible()) {
      const title = await page.getByRole('heading', { level: 1 }).textContent()
      await page.locator('fieldset input').first().check()
      // Only the click on « Suivant » counts: drop what choosing the answer recorded.
      await page.evaluate('window.__clicks.length = 0')
      await next.click()
      // A string, not a function: tsx would wrap a function in helpers the page does not have.
      await page.waitForFunction(
        `document.querySelector('h1')?.textContent !== ${JSON.stringify(title)}`,
      )
      // Event Timing reports the click once its next frame is painted.
      await page.waitForFunction('window.__clicks.length > 0', undefined, { timeout: 5_000 })
      const duration = Math.max(...((await page.evaluate('window.__clicks')) as number[]))
      durations.push(duration)
      if (process.env.BENCH_VERBOSE) console.log(`${answered + 1}. ${title}: ${duration} ms`)
      answered++
    }
    questions = answered
    await context.close()
  }
} finally {
  await browser.close()
  await host.stop()
}

const sorted = [...durations].sort((a, b) => a - b)
const slowest = sorted.at(-1) ?? Number.NaN
console.log(
  `Answering a question, CPU 4× slower, 390 × 844: ${durations.length} answers (${RUNS} × ${questions})`,
)
console.log(`| median | 90th percentile | slowest | goal |`)
console.log(`| ---: | ---: | ---: | ---: |`)
console.log(
  `| ${median(durations).toFixed(0)} ms | ${(sorted[Math.floor(sorted.length * 0.9)] ?? Number.NaN).toFixed(0)} ms | ${slowest.toFixed(0)} ms | < ${GOAL_MS} ms: ${slowest < GOAL_MS ? 'ok' : 'MISSED'} |`,
)
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cores (the times are only worth quoting from a quiet machine)`,
)
