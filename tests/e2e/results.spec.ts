import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { PERSONAS } from '../fixtures/questionnaire/personas'
import { FIXER_ANSWERS, heading, savedQuiz, seed } from './quiz-helpers'

/** A finished short questionnaire: someone who likes fixing things and writing. */
const FIXER = { length: 'short' as const, finished: true, answers: FIXER_ANSWERS }

const topRole = (page: Page) => page.locator('.results__roles > li h3').first()

test('own results: top roles with reasons and hurdle, profile, next steps, code; no axe violation', async ({
  page,
}) => {
  await seed(page, savedQuiz(FIXER))
  await openRoute(page, '/resultats')
  await expect(heading(page)).toHaveText('Tes résultats')
  await expect(page.locator('.results__roles > li')).toHaveCount(3)
  await expect(topRole(page)).toHaveText('Conseiller·ère support technique')
  const card = page.getByRole('article').first()
  await expect(card.getByText(/^Correspondance : \d+ sur 100$/)).toBeVisible()
  await expect(card.getByText('Parce que tu as répondu :')).toBeVisible()
  await expect(card.getByRole('listitem').first()).toHaveText(/^« .+ » à « .+ »$/)
  await expect(card.getByText('Point à vérifier')).toBeVisible()
  await expect(card.getByRole('link', { name: /^Les formations pour devenir/ })).toHaveAttribute(
    'href',
    '#/formations?niveau=bac-pro&metier=support-technique',
  )
  await expect(card.getByRole('link', { name: /^La fiche métier/ })).toHaveAttribute(
    'href',
    '#/metiers/support-technique',
  )
  await expect(page.getByRole('img', { name: /^Ton profil/ })).toBeVisible()
  await page.getByText('Voir les données sous forme de tableau').click()
  await expect(page.getByRole('table', { name: 'Ton profil' }).getByRole('row')).not.toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Et maintenant ?' })).toBeVisible()
  await expect(page.getByText(/^Tu prépares un bac pro/)).toBeVisible()
  await expectNoAxeViolations(page)
  // Nothing derived is saved: only the answers.
  const saved = await page.evaluate(() => localStorage.getItem('cap-relation-client') ?? '')
  expect(saved).not.toContain('score')
})

test('the shared link, opened in a fresh browser, shows the same top role and leaves its answers alone', async ({
  page,
  browser,
}) => {
  await seed(page, savedQuiz(FIXER))
  await openRoute(page, '/resultats')
  const code = (await page.getByTestId('result-code').textContent()) ?? ''
  const role = await topRole(page).textContent()
  const scores = await page.locator('.role-match__score > span:first-child').allTextContents()
  const link = await page.getByRole('link', { name: /\/#\/resultats\// }).getAttribute('href')
  expect(link).toBe(`#/resultats/${code}`)

  const fresh = await browser.newContext({ locale: 'fr-FR' })
  const other = await fresh.newPage()
  await other.goto(`./${link}`)
  await expect(heading(other)).toHaveText('Résultats d’un questionnaire')
  await expect(other.getByText(`Ces résultats sont ceux du code ${code}.`)).toBeVisible()
  await expect(topRole(other)).toHaveText(role ?? '')
  await expect(other.locator('.role-match__score > span:first-child')).toHaveText(scores)
  await expectNoAxeViolations(other)
  expect(
    await other.evaluate(
      () => JSON.parse(localStorage.getItem('cap-relation-client') ?? '{}').state?.quiz ?? null,
    ),
  ).toBeNull()

  // Typed by hand, in lower case and without hyphens, it reads the same.
  await other.goto(`./#/resultats`)
  await other
    .getByLabel('Code de résultat', { exact: true })
    .fill(code.replaceAll('-', '').toLowerCase())
  await other.getByRole('button', { name: 'Voir ces résultats' }).click()
  await expect(topRole(other)).toHaveText(role ?? '')
  await fresh.close()
})

test('a bad code gives a clear message, in French and in English', async ({ page }) => {
  await openRoute(page, '/resultats/ABCD-EFGH-JK')
  await expect(heading(page)).toHaveText('Ce code ne peut pas être lu')
  await expect(page.getByRole('alert')).toHaveText(/faute de frappe/i)
  await expectNoAxeViolations(page)

  await openRoute(page, '/resultats/ABCD-EFUH-JK')
  await expect(page.getByRole('alert')).toHaveText(
    /En position 8, le caractère « U » n’a pas sa place/,
  )
  await openRoute(page, '/resultats/ABC')
  await expect(page.getByRole('alert')).toHaveText(/^3 caractères sans les tirets/)

  await openRoute(page, '/resultats/ABCD-EFGH-JK', 'en')
  await expect(heading(page)).toHaveText('This code cannot be read')
  await expect(page.getByRole('alert')).toHaveText(/typing mistake/i)
  await expectNoAxeViolations(page)
})

for (const lang of ['fr', 'en'] as const) {
  test(`the print view fits one A4 page and leaves the screen-only parts out (${lang})`, async ({
    page,
  }) => {
    await seed(page, savedQuiz(FIXER))
    await openRoute(page, '/resultats', lang)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(
      page.getByRole('button', { name: lang === 'fr' ? 'Imprimer' : 'Print' }),
    ).toBeHidden()
    await expect(
      page.getByRole('button', { name: lang === 'fr' ? 'Copier le lien' : 'Copy the link' }),
    ).toBeHidden()
    await expect(page.getByTestId('result-code')).toBeVisible()
    await expect(page.locator('.results__roles > li')).toHaveCount(3)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages).toHaveLength(1)
  })
}

test('the copy button puts the link on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await seed(page, savedQuiz(FIXER))
  await openRoute(page, '/resultats')
  await page.getByRole('button', { name: 'Copier le lien' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Lien copié.' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(/\/#\/resultats\/[0-9A-Z-]+$/)
})

test('answers that say too little give an honest message, not a ranking', async ({ page }) => {
  await seed(
    page,
    savedQuiz({
      length: 'short',
      finished: true,
      answers: Object.fromEntries(
        [
          'niveau',
          'portes-ouvertes',
          'expose',
          'client-colere',
          'box-panne',
          'trente-chats',
          'nouvelle-offre',
          'planning',
          'nouvelle-collegue',
          'urgence',
          'envies',
          'telephone-journee',
          'calme',
        ].map((id) => [id, id === 'niveau' ? 'adulte' : null]),
      ),
    }),
  )
  await openRoute(page, '/resultats', 'en')
  await expect(
    page.getByRole('heading', { name: 'Your answers are not enough to suggest jobs' }),
  ).toBeVisible()
  await expect(page.getByText(/You skipped too many questions/)).toBeVisible()
  await expect(page.locator('.results__roles')).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('someone far from every role is told so, and pointed to Onisep', async ({ page }) => {
  await seed(
    page,
    savedQuiz({
      length: 'short',
      finished: true,
      answers: PERSONAS.faraway,
    }),
  )
  await openRoute(page, '/resultats')
  await expect(
    page.getByRole('heading', { name: 'Aucun métier ne ressort vraiment' }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: /Onisep/ }).first()).toHaveAttribute(
    'href',
    'https://www.onisep.fr/',
  )
  await expectNoAxeViolations(page)
})

test('no results yet: the way to the quiz and to a code, in both languages', async ({ page }) => {
  for (const lang of ['fr', 'en'] as const) {
    await openRoute(page, '/resultats', lang)
    await expect(
      page.getByRole('link', {
        name: lang === 'fr' ? 'Commencer la version courte' : 'Start the short version',
      }),
    ).toHaveAttribute('href', '#/quiz?longueur=courte')
    await expectNoAxeViolations(page)
  }
})
