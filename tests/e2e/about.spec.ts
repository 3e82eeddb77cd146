import { expect, expectNoAxeViolations, openRoute, test } from './helpers'

const TEXT = {
  fr: {
    cited: 'Source citée',
    a11y: 'Accessibilité',
    claim: 'partiellement conforme',
    noAudit: 'Aucun audit complet du RGAA',
    sources: 'Sources',
    erase: 'Effacer mes données',
    confirm: 'Oui, tout effacer',
    erased: 'Tes données ont été effacées de ce navigateur.',
  },
  en: {
    cited: 'Cited source',
    a11y: 'Accessibility',
    claim: 'partially conformant',
    noAudit: 'No full RGAA audit',
    sources: 'Sources',
    erase: 'Erase my data',
    confirm: 'Yes, erase everything',
    erased: 'Your data has been erased from this browser.',
  },
} as const

for (const lang of ['fr', 'en'] as const) {
  const t = TEXT[lang]
  test.describe(`À propos in ${lang}`, () => {
    test('a source link opens its entry: in view, highlighted in words, focused', async ({
      page,
    }) => {
      await openRoute(page, '/a-propos?section=sources&source=rome-4', lang)
      const entry = page.locator('#source-rome-4')
      await expect(entry).toBeFocused()
      await expect(entry).toBeInViewport()
      await expect(entry).toContainText(t.cited)
      await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}/)
      await expect(page.getByText(t.cited, { exact: true })).toHaveCount(1)
      await expectNoAxeViolations(page)
    })

    test('from a job page, a source link lands on that source', async ({ page }) => {
      await openRoute(page, '/metiers/conseiller-clientele', lang)
      const sources = page.getByRole('region', { name: t.sources })
      const link = sources.getByRole('link').first()
      const href = (await link.getAttribute('href')) ?? ''
      const id = /source=([a-z0-9-]+)/.exec(href)?.[1]
      await link.click()
      await expect(page.locator(`#source-${id}`)).toBeFocused()
      await expect(page.locator(`#source-${id}`)).toBeInViewport()
    })

    test('the accessibility statement is honest and reachable by its section link', async ({
      page,
    }) => {
      await openRoute(page, '/a-propos?section=accessibilite', lang)
      const heading = page.getByRole('heading', { level: 2, name: t.a11y })
      await expect(heading).toBeFocused()
      await expect(heading).toBeInViewport()
      const statement = page.getByRole('region', { name: t.a11y })
      await expect(statement).toContainText(t.claim)
      await expect(statement).toContainText(t.noAudit)
      await expect(statement).toContainText('axe-core')
      await expectNoAxeViolations(page)
    })

    test('erasing my data works with the keyboard, on a phone', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      await openRoute(page, '/a-propos?section=confidentialite', lang)
      await page.getByRole('button', { name: t.erase }).focus()
      await page.keyboard.press('Enter')
      // The focus waits on "Cancel": a second Enter would not erase anything.
      await page.keyboard.press('Shift+Tab')
      await expect(page.getByRole('button', { name: t.confirm })).toBeFocused()
      await expectNoAxeViolations(page)
      await page.keyboard.press('Enter')
      await expect(page.getByRole('status').filter({ hasText: t.erased })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

/** What the accessibility statement says was checked: keep the two in step. */
test('as the statement says: no horizontal scrolling at 320 px and at 200 % zoom, with and without the reading settings', async ({
  page,
}) => {
  test.slow()
  const routes = [
    '/',
    '/quiz',
    '/resultats',
    '/metiers',
    '/metiers/conseiller-banque-assurance',
    '/formations',
    '/formations/but-tc',
    '/glossaire',
    '/secteur',
    '/classe',
    '/integrer',
    '/a-propos',
  ]
  const check = async () => {
    // 320 px wide; and a 1280 px window at 200 % zoom, which lays out as 640 px.
    for (const width of [320, 640])
      for (const path of routes) {
        await page.setViewportSize({ width, height: 640 })
        await openRoute(page, path)
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        )
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0)
      }
  }
  await check()
  await page.getByRole('button', { name: 'Confort de lecture' }).click()
  await page.getByRole('radio', { name: /Atkinson Hyperlegible/ }).check()
  await page.getByRole('radio', { name: 'Grande' }).check()
  await page.getByRole('radio', { name: 'Aéré' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large')
  await check()
})
