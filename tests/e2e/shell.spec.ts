import { expect, expectNoAxeViolations, openOldLink, openRoute, test } from './helpers'

const PAGES = [
  {
    path: '/',
    fr: 'Quel métier de la relation client est fait pour toi ?',
    en: 'Which customer-relations job is right for you?',
  },
  { path: '/quiz', fr: 'Questionnaire', en: 'Questionnaire' },
  { path: '/resultats', fr: 'Tes résultats', en: 'Your results' },
  { path: '/metiers', fr: 'Métiers', en: 'Jobs' },
  { path: '/formations', fr: 'Formations', en: 'Training' },
  { path: '/formations/bts-nrc', fr: 'BTS NRC', en: 'BTS NRC' },
  { path: '/secteur', fr: 'Le secteur', en: 'The sector' },
  { path: '/classe', fr: 'Mode classe', en: 'Class mode' },
  { path: '/integrer', fr: 'Intégrer', en: 'Embed' },
  { path: '/a-propos', fr: 'À propos', en: 'About' },
  { path: '/glossaire', fr: 'Les mots du guide', en: 'Words of the guide' },
] as const

for (const lang of ['fr', 'en'] as const) {
  test.describe(`every page in ${lang}`, () => {
    for (const page of PAGES) {
      test(`${page.path} has its heading, title, language and no axe violation`, async ({
        page: browser,
      }) => {
        await openRoute(browser, page.path, lang)
        await expect(browser.getByRole('heading', { level: 1 })).toContainText(page[lang])
        await expect(browser.locator('html')).toHaveAttribute('lang', lang)
        await expect(browser).toHaveTitle(/ · Cap Relation Client$/)
        await expectNoAxeViolations(browser)
      })
    }

    test('the 404 page for an unknown route', async ({ page }) => {
      await openOldLink(page, '/ceci-nexiste-pas', lang)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'fr' ? 'Page introuvable' : 'Page not found',
      )
      await expectNoAxeViolations(page)
    })
  })
}

test('a deep link survives a reload, and the language choice is remembered', async ({ page }) => {
  await page.goto('./#/a-propos')
  // The home's pre-rendered buttons show before the app runs: wait for it before pressing EN.
  await expect(page.locator('html[data-app="running"]')).toBeAttached({ timeout: 15_000 })
  await page.getByRole('button', { name: /EN/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('the browser back button returns to the previous page', async ({ page }) => {
  await page.goto('./#/')
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Métiers' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Métiers')
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Quel métier de la relation client est fait pour toi ?',
  )
})

test('keyboard users reach the content with the skip link', async ({ page }) => {
  // The pre-rendered page's link works before the app runs, and the same once it does.
  await page.goto('./a-propos/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Aller au contenu' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  await expect(page).toHaveURL(/a-propos\/#contenu$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('À propos')
})

test('corrupt saved data falls back to defaults with a message', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('cap-relation-client', '{not json'))
  await page.goto('./#/')
  await expect(page.getByRole('status').filter({ hasText: 'illisibles' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Quel métier de la relation client est fait pour toi ?',
  )
})

test('works on a phone: the menu opens and closes on navigation', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('./#/')
  const nav = page.getByRole('navigation', { name: 'Navigation principale' })
  await expect(nav.getByRole('link', { name: 'Métiers' })).toBeHidden()
  await page.getByRole('button', { name: 'Menu' }).click()
  await nav.getByRole('link', { name: 'Métiers' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Métiers')
  await expect(nav.getByRole('link', { name: 'Métiers' })).toBeHidden()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  )
  expect(overflow).toBe(false)
})
