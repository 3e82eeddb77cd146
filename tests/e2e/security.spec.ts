import { expect, openHostPage, openRoute, test } from './helpers'

test('the Content-Security-Policy refuses an injected inline script, and says so', async ({
  page,
  cspViolations,
}) => {
  await openRoute(page, '/')
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.body.append(script)
    return (window as unknown as { injected?: boolean }).injected === true
  })
  expect(ran).toBe(false)
  // One report per policy: the <meta> of the build and the header of the host.
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0)
  for (const report of cspViolations) expect(report).toMatch(/^script-src-elem refused inline/)
  // Expected here: the fixture's own check that no test met a violation must not count it.
  cspViolations.length = 0
})

test('another site cannot frame the full app; the embed entry it can', async ({
  page,
  baseURL,
}) => {
  const site = await openHostPage(
    page,
    `<!doctype html><html lang="fr"><body>
      <iframe id="app" title="app" src="${baseURL}#/"></iframe>
      <iframe id="embed" title="embed" src="${baseURL}integre.html#/?integre=1"></iframe>
    </body></html>`,
  )
  await expect(page.frameLocator('#embed').getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.frameLocator('#app').getByRole('heading', { level: 1 })).toHaveCount(0)
  const urls = page.frames().map((frame) => frame.url())
  expect(urls.filter((url) => url.startsWith('chrome-error:'))).toHaveLength(1)
  expect(urls.filter((url) => url.includes('integre.html'))).toHaveLength(1)
  expect(page.url()).toBe(site)
})

test('the build ships its third-party licences and not its build manifest', async ({ request }) => {
  const licences = await request.get('./licences.txt')
  expect(licences.status()).toBe(200)
  const text = await licences.text()
  for (const name of [
    'react 19',
    'zustand',
    'xstate',
    'workbox-precaching',
    '@fontsource/atkinson-hyperlegible',
  ])
    expect(text).toContain(`\n${name}`)
  expect((await request.get('./.vite/manifest.json')).status()).toBe(404)
  const headers = (await request.get('./')).headers()
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['x-content-type-options']).toBe('nosniff')
})

test('search engines may read the site: robots.txt allows every page', async ({ request }) => {
  const robots = await request.get('./robots.txt')
  expect(robots.status()).toBe(200)
  const rules = (await robots.text()).split('\n').filter((line) => !line.startsWith('#'))
  expect(rules).toContain('User-agent: *')
  expect(rules).toContain('Allow: /')
  expect(rules.some((line) => /^Disallow:\s*\S/.test(line))).toBe(false)
})
