import AxeBuilder from '@axe-core/playwright'
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'
import { StaticHost } from './static-host'

export { expect }

/**
 * Collects the Content-Security-Policy violations of every page and frame of a context: the
 * built app must run under its policy without one (a blocked script or style is a broken page).
 */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('reportCspViolation', (_source, report: string) => {
    violations.push(report)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = `${event.effectiveDirective} refused ${event.blockedURI} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`
      void (
        window as unknown as { reportCspViolation(r: string): Promise<void> }
      ).reportCspViolation(report)
    })
  })
  return violations
}

/**
 * Every e2e test: fails when the page reported a CSP violation. `staticHost` gives a test its own
 * strict static host of `dist/` (on a free port) that it can make fail, stall or stop.
 */
export const test = base.extend<{ cspViolations: string[]; staticHost: StaticHost }>({
  cspViolations: [
    async ({ context }, provide) => {
      const violations = await watchCspViolations(context)
      await provide(violations)
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
  // Playwright reads the fixtures a fixture needs from this pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  staticHost: async ({}, provide) => {
    const host = await new StaticHost('dist').start()
    await provide(host)
    await host.stop()
  },
})

/** Fails with the list of violations, so that a report says what to fix. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

/** Pages of a school's website, each under its own path of the host server. */
const hostPages = new Map<string, string>()
let hostServer: Promise<string> | undefined

/** A small server on this machine for host pages: another origin (port) than the app's. */
function hostSite(): Promise<string> {
  hostServer ??= new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      const html = hostPages.get(request.url ?? '')
      response.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(html ?? 'Not found')
    })
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    )
  })
  return hostServer
}

/**
 * Opens a page of a school's website (another origin than the app) made of this HTML; returns its
 * address. `otherSite` serves it from `localhost` rather than `127.0.0.1`: another *site*, so the
 * app's frame is a third-party frame, as on a real school website.
 */
export async function openHostPage(
  page: Page,
  html: string,
  { otherSite = false }: { otherSite?: boolean } = {},
): Promise<string> {
  const path = `/site-du-lycee/${randomUUID()}/`
  hostPages.set(path, html)
  const origin = await hostSite()
  const url = `${otherSite ? origin.replace('127.0.0.1', 'localhost') : origin}${path}`
  await page.goto(url)
  return url
}

/** A question id and a result code travel in their page's query (src/ui/router.ts). */
const SEGMENT_PARAMS: Record<string, string> = { quiz: 'question', resultats: 'code' }

/** The real address of an app path and query: `/quiz/niveau?x=1` → `quiz/?question=niveau&x=1`. */
export function addressOf(pathAndQuery: string): string {
  const [path = '/', query = ''] = pathAndQuery.split('?', 2)
  const segments = path.split('/').filter(Boolean)
  const params = new URLSearchParams()
  const param = segments.length === 2 ? SEGMENT_PARAMS[segments[0]!] : undefined
  if (param) params.set(param, segments.pop()!)
  for (const [key, value] of new URLSearchParams(query)) params.set(key, value)
  const search = params.toString()
  return `${segments.length ? `${segments.join('/')}/` : './'}${search ? `?${search}` : ''}`
}

/** Opens a page of the app at its real address, once the app runs (not only its HTML). */
export async function openRoute(page: Page, path: string, lang: 'fr' | 'en' = 'fr') {
  const separator = path.includes('?') ? '&' : '?'
  await page.goto(`./${addressOf(`${path}${separator}lang=${lang}`)}`)
  // The page's chunk and content load on demand: on a busy machine that is real work.
  await expect(page.locator('html[data-app="running"]')).toBeAttached({ timeout: 15_000 })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 })
}

/**
 * Opens an app path through an old `#/` link, as people still have them: the app moves it to its
 * real address. A path with no folder in the build (an unknown job) can only be reached this way or
 * from inside the app: the host answers its own 404 to the real address.
 */
export async function openOldLink(page: Page, path: string, lang: 'fr' | 'en' = 'fr') {
  const separator = path.includes('?') ? '&' : '?'
  await page.goto(`./#${path}${separator}lang=${lang}`)
  await expect(page.locator('html[data-app="running"]')).toBeAttached({ timeout: 15_000 })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 })
}
