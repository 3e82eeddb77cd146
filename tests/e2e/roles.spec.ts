import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openOldLink, openRoute, test } from './helpers'

const TEXT = {
  fr: {
    count: /^(\d+) métiers? sur 14/,
    all: '14 métiers',
    chat: 'Chat',
    noPhone: 'Sans téléphone',
    leads: 'Encadre une équipe',
    empty: 'Aucun métier ne correspond à tous ces filtres.',
    reset: 'Effacer les filtres',
    guide: 'Voir les formations pour ce métier',
    guideTitle: 'Formations',
    results: 'Résultats',
    showFilters: 'Afficher les filtres',
    notFound: 'Métier introuvable',
    back: 'Voir tous les métiers',
  },
  en: {
    count: /^(\d+) jobs? out of 14/,
    all: '14 jobs',
    chat: 'Chat',
    noPhone: 'No phone work',
    leads: 'Leads a team',
    empty: 'No job matches all these filters.',
    reset: 'Clear the filters',
    guide: 'See the training for this job',
    guideTitle: 'Training',
    results: 'Results',
    showFilters: 'Show the filters',
    notFound: 'Job not found',
    back: 'See all the jobs',
  },
} as const

const resultCards = (page: Page, lang: 'fr' | 'en') =>
  page.getByRole('list', { name: TEXT[lang].results }).getByRole('heading', { level: 3 })

for (const lang of ['fr', 'en'] as const) {
  const t = TEXT[lang]
  test.describe(`Métiers in ${lang}`, () => {
    test('filter the list, share it, open a job, then its training guide', async ({ page }) => {
      await openRoute(page, '/metiers', lang)
      const status = page.getByRole('status').filter({ hasText: t.all })
      await expect(status).toBeVisible()
      await expect(resultCards(page, lang)).toHaveCount(14)
      await expectNoAxeViolations(page)

      await page.getByRole('checkbox', { name: t.chat }).check()
      await expect(page).toHaveURL(/canal=chat/)
      const count = page.getByRole('status').filter({ hasText: t.count })
      await expect(count).toBeVisible()
      const shown = Number(t.count.exec((await count.textContent()) ?? '')?.[1])
      expect(shown).toBeGreaterThan(0)
      expect(shown).toBeLessThan(14)
      await expect(resultCards(page, lang)).toHaveCount(shown)
      for (const card of await page
        .getByRole('list', { name: t.results })
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3 }) })
        .all())
        await expect(card).toContainText(t.chat)
      await expectNoAxeViolations(page)

      // The filtered list survives a reload (the URL owns the filters).
      await page.reload()
      await expect(page.getByRole('checkbox', { name: t.chat })).toBeChecked()
      await expect(resultCards(page, lang)).toHaveCount(shown)

      const first = page.getByRole('list', { name: t.results }).getByRole('link').first()
      const title = (await first.textContent()) ?? ''
      await first.click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(page).toHaveTitle(`${title} · Cap Relation Client`)
      const roleId = /metiers\/([a-z-]+)\//.exec(page.url())?.[1]
      expect(roleId).toBeTruthy()
      await expectNoAxeViolations(page)

      await page.getByRole('link', { name: t.guide }).click()
      await expect(page).toHaveURL(new RegExp(`formations/\\?metier=${roleId}$`))
      await expect(page.getByRole('heading', { level: 1 })).toContainText(t.guideTitle)
    })

    test('says when no job matches, and resets', async ({ page }) => {
      await openRoute(page, '/metiers?canal=post&encadrement=oui', lang)
      await expect(page.getByText(t.empty)).toBeVisible()
      await expectNoAxeViolations(page)
      await page.getByRole('button', { name: t.reset }).click()
      await expect(page.getByRole('status').filter({ hasText: t.all })).toBeVisible()
      await expect(page).toHaveURL(/metiers\/(\?lang=\w+)?$/)
    })

    test('an unknown job says so and leads back to the list', async ({ page }) => {
      await openOldLink(page, '/metiers/astronaute', lang)
      await expect(page).toHaveURL(/metiers\/astronaute\/\?lang=\w+$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFound)
      await expectNoAxeViolations(page)
      await page.getByRole('link', { name: t.back }).click()
      await expect(page.getByRole('status').filter({ hasText: t.all })).toBeVisible()
    })

    test('on a phone, the filters fold away and everything fits the width', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      await openRoute(page, '/metiers', lang)
      await expect(page.getByRole('radio', { name: t.noPhone })).toBeHidden()
      await page.getByRole('button', { name: t.showFilters }).click()
      await page.getByRole('radio', { name: t.noPhone }).check()
      await expect(page.getByRole('status').filter({ hasText: t.count })).toBeVisible()
      await expectNoAxeViolations(page)
      await page.goto(`./#/metiers/superviseur?lang=${lang}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

test('the filters and a job page work with the keyboard alone', async ({ page }) => {
  await openRoute(page, '/metiers')
  const chat = page.getByRole('checkbox', { name: 'Chat' })
  await chat.focus()
  await page.keyboard.press('Space')
  await expect(chat).toBeChecked()
  await expect(chat).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/canal=chat,social|canal=chat/)
  // Tab on until a job link has the focus, then open it with Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'))
    if (/^metiers\/[a-z-]+\/$/.test(href ?? '')) break
  }
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/metiers\/[a-z-]+\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})
