import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { PERSONAS } from '../fixtures/questionnaire/personas'
import { VERSION_1_CODES } from '../fixtures/questionnaire/version-1-codes'
import { FIXER_ANSWERS, heading, savedQuiz, seed } from './quiz-helpers'

/** A finished short questionnaire: someone who likes fixing things. */
const FIXER = { length: 'short' as const, finished: true, answers: FIXER_ANSWERS }
const PHONE = { width: 390, height: 844 }

const topRegion = (page: Page, lang: 'fr' | 'en' = 'fr') =>
  page.getByRole('region', {
    name: lang === 'fr' ? 'Le métier le plus proche de toi' : 'The job closest to you',
  })
const topRole = (page: Page) => topRegion(page).getByRole('heading', { level: 3 }).first()

/** The bottom of an element, in page pixels from the top of the page. */
async function bottomOf(locator: Locator) {
  const box = await locator.boundingBox()
  expect(box).not.toBeNull()
  const scroll = await locator.page().evaluate(() => window.scrollY)
  return (box?.y ?? 0) + scroll + (box?.height ?? 0)
}

for (const lang of ['fr', 'en'] as const) {
  test(`on a 390 × 844 phone: the top match, why and what next on screen 1, the code within 2, the core within 3 (${lang})`, async ({
    page,
  }) => {
    const t =
      lang === 'fr'
        ? {
            copy: 'Copier le code',
            next: 'Et maintenant ?',
            guide: /^Voir les formations/,
            qr: /^QR code/,
          }
        : { copy: 'Copy the code', next: 'What next?', guide: /^See the training/, qr: /^QR code/ }
    await page.setViewportSize(PHONE)
    await seed(page, savedQuiz(FIXER))
    await openRoute(page, '/resultats', lang)
    const top = topRegion(page, lang)
    await expect(
      top.getByRole('heading', { name: /support technique|technical support/i }),
    ).toBeVisible()
    const card = top.getByRole('article')
    expect(await bottomOf(card.getByRole('heading', { level: 3 }).first())).toBeLessThanOrEqual(
      PHONE.height,
    )
    expect(await bottomOf(card.getByRole('list').first())).toBeLessThanOrEqual(PHONE.height)
    expect(await bottomOf(card.getByRole('heading', { name: t.next }))).toBeLessThanOrEqual(
      PHONE.height,
    )
    expect(await bottomOf(card.getByRole('link', { name: t.guide }))).toBeLessThanOrEqual(
      PHONE.height,
    )

    expect(await bottomOf(page.getByTestId('result-code'))).toBeLessThanOrEqual(2 * PHONE.height)
    expect(await bottomOf(page.getByRole('button', { name: t.copy }))).toBeLessThanOrEqual(
      2 * PHONE.height,
    )
    expect(await bottomOf(page.getByRole('img', { name: t.qr }))).toBeLessThanOrEqual(
      2 * PHONE.height,
    )

    // The whole core, details folded, from the top of the page to the last button.
    expect(await bottomOf(page.locator('.results__actions'))).toBeLessThanOrEqual(3 * PHONE.height)
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    )
    await expectNoAxeViolations(page)
  })
}

test('own results: the closest role in words, plain reasons, the next step, the code; nothing derived is saved', async ({
  page,
}) => {
  await seed(page, savedQuiz(FIXER))
  await openRoute(page, '/resultats')
  await expect(heading(page)).toHaveText('Tes résultats')
  await expect(topRole(page)).toHaveText('Conseiller·ère support technique')
  const card = topRegion(page).getByRole('article')
  await expect(card.getByText(/^(Très proche de toi|Proche)$/)).toBeVisible()
  await expect(card.getByText(/^\d+\s%$/)).toBeVisible()
  // The first list after the strengths (« Ce qui ressort de toi ») is the reasons.
  const reasons = await card
    .locator('.match__reasons')
    .first()
    .getByRole('listitem')
    .allTextContents()
  expect(reasons.length).toBeGreaterThanOrEqual(2)
  for (const reason of reasons) expect(reason).toMatch(/^[^«]+\s:\s[^«]+\.$/)
  await expect(
    card.getByRole('link', { name: /^Voir les formations pour devenir/ }),
  ).toHaveAttribute('href', 'formations/?niveau=bac-pro&metier=support-technique')
  await expect(card.getByRole('link', { name: /^La fiche métier/ })).toHaveAttribute(
    'href',
    'metiers/support-technique/',
  )
  await expect(
    page.getByRole('region', { name: 'D’autres métiers proches' }).getByRole('article'),
  ).toHaveCount(2)

  // The details are folded, and open on demand.
  await page.getByText('Ton profil').click()
  await expect(page.getByText(/^Ce que tes réponses montrent/)).toBeVisible()
  await page.getByText('Comment lire ces résultats').click()
  await expect(page.getByText(/des réponses données au hasard aux mêmes questions/)).toBeVisible()
  await expectNoAxeViolations(page)
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
  const link = await page.getByRole('link', { name: /\/resultats\/\?code=/ }).getAttribute('href')
  expect(link).toBe(`resultats/?code=${code}`)

  const fresh = await browser.newContext({ locale: 'fr-FR' })
  const other = await fresh.newPage()
  await other.goto(`./${link}`)
  await expect(heading(other)).toHaveText('Résultats d’un questionnaire')
  await expect(other.getByText(new RegExp(`^Code ${code}\\s;`))).toBeVisible()
  await expect(topRole(other)).toHaveText(role ?? '')
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

test('a code issued before this version of the questionnaire still opens its results', async ({
  page,
}) => {
  const issued = VERSION_1_CODES[1]
  await openRoute(page, `/resultats/${issued.code}`)
  await expect(heading(page)).toHaveText('Résultats d’un questionnaire')
  await expect(topRole(page)).toHaveText(/^Superviseur·e/)
  await expect(page.getByTestId('result-code')).toHaveText(issued.code)
})

test('a bad code gives a clear message, in French and in English', async ({ page }) => {
  await openRoute(page, '/resultats/ABCD-EFGH-JKMN')
  await expect(heading(page)).toHaveText('Ce code ne peut pas être lu')
  await expect(page.getByRole('alert')).toHaveText(/faute de frappe/i)
  await expectNoAxeViolations(page)

  await openRoute(page, '/resultats/ABCD-EFUH-JK')
  await expect(page.getByRole('alert')).toHaveText(
    /En position 8, le caractère «\sU\s» n’a pas sa place/,
  )
  await openRoute(page, '/resultats/ABC')
  await expect(page.getByRole('alert')).toHaveText(/^3 caractères sans les tirets/)

  await openRoute(page, '/resultats/ABCD-EFGH-JKMN', 'en')
  await expect(heading(page)).toHaveText('This code cannot be read')
  await expect(page.getByRole('alert')).toHaveText(/typing mistake/i)
  await expectNoAxeViolations(page)
})

for (const lang of ['fr', 'en'] as const) {
  test(`the print view fits one A4 page, with the code and the profile (${lang})`, async ({
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
      page.getByRole('button', { name: lang === 'fr' ? 'Copier le code' : 'Copy the code' }),
    ).toBeHidden()
    await expect(page.getByTestId('result-code')).toBeVisible()
    await expect(page.locator('.profile-chart')).toBeVisible()
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages).toHaveLength(1)
  })
}

test('the copy buttons put the code, and the link, on the clipboard and say so', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await seed(page, savedQuiz(FIXER))
  await openRoute(page, '/resultats')
  const code = (await page.getByTestId('result-code').textContent()) ?? ''
  await page.getByRole('button', { name: 'Copier le code' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Code copié.' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
  await page.getByRole('button', { name: 'Copier le lien' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Lien copié.' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`/resultats/\\?code=${code}$`),
  )
})

test('answers that say too little: "I cannot tell yet", what is known, and the full version offered', async ({
  page,
}) => {
  await seed(
    page,
    savedQuiz({ length: 'short', finished: true, answers: PERSONAS.phoneAndStressAverse }),
  )
  await openRoute(page, '/resultats', 'en')
  await expect(
    page.getByRole('heading', { name: 'I cannot tell yet which jobs suit you' }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'What we already know' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Set aside, from what you said' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Take the full version/ })).toHaveAttribute(
    'href',
    'quiz/?longueur=complete',
  )
  await expect(topRegion(page, 'en')).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('someone whom no role fits is told so, and pointed to Onisep', async ({ page }) => {
  await seed(page, savedQuiz({ length: 'short', finished: true, answers: PERSONAS.faraway }))
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
    ).toHaveAttribute('href', 'quiz/?longueur=courte')
    await expectNoAxeViolations(page)
  }
})
