import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './helpers'
import { StaticHost } from './static-host'

/** Every page of the app, as a reader would reload it: the route and its heading. */
const ROUTES = [
  ['/', 'Quel métier de la relation client est fait pour toi ?'],
  ['/quiz', 'Questionnaire'],
  ['/resultats', 'Tes résultats'],
  ['/metiers', 'Métiers'],
  ['/metiers/conseiller-clientele', 'Conseill'],
  ['/formations', 'Formations'],
  ['/secteur', 'Le secteur'],
  ['/classe', 'Mode classe'],
  ['/integrer', 'Intégrer'],
  ['/a-propos', 'À propos'],
] as const

const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/** Waits until the service worker has precached the build and controls the page. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      )
  })
}

test('installs on a strict static host, then reloads every route with the host gone', async ({
  page,
  staticHost,
}) => {
  test.slow()
  await page.goto(`${staticHost.url}#/`)
  await expect(heading(page)).toHaveText(ROUTES[0][1])
  await waitForOfflineCopy(page)
  await staticHost.stop()

  for (const [route, title] of ROUTES) {
    await page.goto(`${staticHost.url}#${route}`)
    await page.reload()
    await expect(heading(page), route).toContainText(title)
  }
  // The embed entry too, as a school's page would open it.
  await page.goto(`${staticHost.url}integre.html#/metiers?integre=1`)
  await page.reload()
  await expect(heading(page)).toHaveText('Métiers')
})

test('works with the browser offline, and the reading font is there too', async ({
  page,
  context,
  staticHost,
}) => {
  await page.goto(`${staticHost.url}#/a-propos`)
  await waitForOfflineCopy(page)
  await context.setOffline(true)
  await page.reload()
  await page.getByRole('button', { name: 'Confort de lecture' }).click()
  await page.getByRole('radio', { name: /Atkinson Hyperlegible/ }).check()
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"')))
    .toBe(true)
  await expect(heading(page)).toHaveText('À propos')
})

test('an error page never replaces the app', async ({ page, staticHost }) => {
  await page.goto(`${staticHost.url}#/`)
  await waitForOfflineCopy(page)

  // A file the host does not have is the host's 404, not the app…
  const missing = await page.goto(`${staticHost.url}nulle-part.html`)
  expect(missing?.status()).toBe(404)
  // …and neither that 404 nor a host error (500) is kept or shown in place of the app.
  staticHost.faultPages({ status: 500 })
  await page.goto(`${staticHost.url}#/metiers`)
  await expect(heading(page)).toHaveText('Métiers')
  await page.reload()
  await expect(heading(page)).toHaveText('Métiers')

  await staticHost.stop()
  await page.reload()
  await expect(heading(page)).toHaveText('Métiers')
})

test('a host that does not answer: the cached app opens instead of a long wait', async ({
  page,
  staticHost,
}) => {
  test.slow()
  await page.goto(`${staticHost.url}#/`)
  await waitForOfflineCopy(page)
  // Far longer than the worker waits (3 s) and than this expectation's patience.
  staticHost.faultPages({ delayMs: 120_000 })
  await page.goto(`${staticHost.url}#/secteur`, { waitUntil: 'commit' })
  await page.reload({ waitUntil: 'commit' })
  await expect(heading(page)).toHaveText('Le secteur', { timeout: 30_000 })
})

test.describe('a new deployment', () => {
  let site: string
  test.beforeEach(() => {
    site = mkdtempSync(path.join(tmpdir(), 'cap-relation-client-site-'))
    cpSync('dist', site, { recursive: true })
  })
  test.afterEach(() => rmSync(site, { recursive: true, force: true }))

  test('is offered, and never switched under the reader’s feet', async ({ page }) => {
    const host = await new StaticHost(site).start()
    try {
      await page.goto(`${host.url}#/`)
      await waitForOfflineCopy(page)

      // The next deployment: the About page's chunk is renamed, as new hashes do.
      const assets = path.join(site, 'assets')
      const oldChunk = readdirSync(assets).find((name) => /^about-page-.*\.js$/.test(name)) ?? ''
      const newChunk = oldChunk.replace(/\.js$/, '-v2.js')
      const rename = (file: string) =>
        writeFileSync(file, readFileSync(file, 'utf8').replaceAll(oldChunk, newChunk))
      cpSync(path.join(assets, oldChunk), path.join(assets, newChunk))
      rmSync(path.join(assets, oldChunk))
      for (const name of readdirSync(assets).filter((n) => n.endsWith('.js')))
        rename(path.join(assets, name))
      rename(path.join(site, 'sw.js'))
      await host.stop()
      await host.start()

      await page.evaluate(async () => (await navigator.serviceWorker.ready).update())
      const notice = page.getByRole('status').filter({ hasText: 'Nouvelle version disponible' })
      await expect(notice).toBeVisible()

      // The page keeps running the version it started with, whose files are still cached.
      await page.getByRole('link', { name: 'À propos' }).first().click()
      await expect(heading(page)).toHaveText('À propos')

      await notice.getByRole('button', { name: 'Recharger' }).click()
      await expect(notice).toBeHidden()
      await expect(heading(page)).toHaveText('À propos')
      const waiting = await page.evaluate(
        async () => (await navigator.serviceWorker.ready).waiting !== null,
      )
      expect(waiting).toBe(false)
    } finally {
      await host.stop()
    }
  })
})
