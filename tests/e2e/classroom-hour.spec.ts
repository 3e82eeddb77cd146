import type { Page } from '@playwright/test'
import { PERSONAS } from '../fixtures/questionnaire/personas'
import { classCodes } from './class-codes'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { savedQuiz, seed } from './quiz-helpers'

/** Nothing scrolls: the projected stage holds all of what it shows. */
async function expectStageFits(page: Page, what: string) {
  const fits = await page
    .locator('.classroom-stage[data-projection="true"]')
    .evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth)
  expect(fits, what).toBe(true)
}

const codesBox = (page: Page) => page.getByRole('textbox', { name: 'Codes de résultat' })

test('a class hour: messy paste, typed codes, two named classes compared, a student opened', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const [pasted, typed, otherClass] = [classCodes(10, 7), classCodes(10, 99), classCodes(4, 3)]
  await openRoute(page, '/classe?etape=codes')
  await page
    .getByRole('textbox', { name: 'Nom de la classe (facultatif)' })
    .fill('2nde B — 12 mars')

  // One messy paste: names, links, en dashes, no-break spaces, quotes, full stops, greetings.
  const message = [
    // A comma splits the greeting into two pieces: both ignored, with the thanks.
    'Bonjour Madame, voici nos codes :',
    ...pasted.map(
      (code, i) =>
        [
          `Léa ${i} : ${code.replaceAll('-', '\u2013')}`,
          `https://exemple.fr/orientation/#/resultats/${code}`,
          `« ${code.replaceAll('-', '\u00a0')} ».`,
          `"${code.toLowerCase()}"`,
        ][i % 4],
    ),
    'Merci !',
  ].join('\n')
  await codesBox(page).fill(message)
  await page.getByRole('button', { name: 'Ajouter les codes' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^10 codes ajoutés\./ })).toHaveText(
    '10 codes ajoutés. La liste compte 10 codes. 3 passages sans code ont été ignorés.',
  )
  await expect(codesBox(page)).toHaveValue('')

  // Ten typed, one after another, keyboard only; one typed but not added survives a reload.
  await codesBox(page).focus()
  await page.keyboard.type(typed.slice(0, 9).join('\n'))
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'La liste : 19 codes' })).toBeVisible()
  await codesBox(page).fill(typed[9]!)
  await page.reload()
  await expect(codesBox(page)).toHaveValue(typed[9]!, { timeout: 15_000 })
  await page.getByRole('button', { name: 'Ajouter les codes' }).click()
  await expect(page.getByRole('heading', { name: 'La liste : 20 codes' })).toBeVisible()
  await expectNoAxeViolations(page)

  // A second class, named, with its own codes; the first one is still there.
  await page.getByRole('button', { name: 'Nouvelle classe' }).click()
  await expect(page.getByRole('textbox', { name: 'Nom de la classe (facultatif)' })).toBeFocused()
  await page.keyboard.type('1re STMG')
  await codesBox(page).fill(otherClass.join(', '))
  await page.getByRole('button', { name: 'Ajouter les codes' }).click()
  await expect(page.getByRole('heading', { name: 'La liste : 4 codes' })).toBeVisible()
  await page
    .getByRole('combobox', { name: 'Ouvrir une autre classe' })
    .selectOption({ label: '2nde B — 12 mars (20 codes)' })
  await expect(page.getByRole('heading', { name: 'La liste : 20 codes' })).toBeVisible()

  // The board: named, compared with the other class side by side.
  await page
    .getByRole('navigation', { name: 'Les étapes de la séance' })
    .getByRole('link', { name: /Tableau de la classe/ })
    .click()
  await expect(page.getByTestId('valid-codes')).toHaveText('20 codes valides')
  await expect(page.getByText('Classe : 2nde B — 12 mars')).toBeVisible()
  await page
    .getByRole('combobox', { name: 'Comparer avec' })
    .selectOption({ label: '1re STMG (4 codes)' })
  const left = page.getByRole('region', { name: '2nde B — 12 mars' })
  const right = page.getByRole('region', { name: '1re STMG' })
  await expect(left.getByText('20 codes valides')).toBeVisible()
  await expect(right.getByText('4 codes valides')).toBeVisible()
  const [a, b] = [await left.boundingBox(), await right.boundingBox()]
  expect(b!.x).toBeGreaterThan(a!.x + a!.width / 2)
  expect(Math.abs(b!.y - a!.y)).toBeLessThan(5)
  await expectNoAxeViolations(page)

  // A private label, then a student's results from the table, without the counsellor's answers.
  const table = page.getByRole('region', { name: 'Code par code (20 élèves)' })
  await table.getByRole('textbox', { name: `Étiquette privée pour ${pasted[0]}` }).fill('Léa')
  await table.getByRole('link', { name: `Résultats de ${pasted[1]}` }).click()
  await expect(page).toHaveURL(new RegExp(`resultats/\\?code=${pasted[1]}$`))
  await expect(page.getByText(pasted[1]!).first()).toBeVisible({ timeout: 15_000 })
  const saved = await page.evaluate(() => localStorage.getItem('cap-relation-client'))
  expect(JSON.parse(saved ?? '{}').state?.quiz ?? null).toBeNull()
  expect(saved).toContain('"Léa"')
  await page.goBack()
  await expect(page.getByTestId('valid-codes')).toHaveText('20 codes valides')
})

test('projector mode fits 1280 × 720 and 1920 × 1080: the board one chart per screen, the warm-up', async ({
  page,
}) => {
  test.setTimeout(480_000)
  const codes = classCodes(30, 11)
  await openRoute(page, '/classe?etape=codes')
  await codesBox(page).fill(codes.join('\n'))
  await page.getByRole('button', { name: 'Ajouter les codes' }).click()
  await expect(page.getByRole('heading', { name: 'La liste : 30 codes' })).toBeVisible()
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height })
    await openRoute(page, '/classe?etape=tableau')
    await page.getByRole('button', { name: 'Projeter le tableau, un graphique par écran' }).click()
    const where = page.locator('.classroom-slides__where')
    await expect(where).toHaveText(/^Écran 1 sur (\d+)/)
    const total = Number((await where.textContent())?.match(/sur (\d+)/)?.[1])
    expect(total).toBeGreaterThanOrEqual(4)
    // Keyboard only: Page Down (a clicker) through the charts, the arrow through the prompts.
    for (let screen = 1; screen < total; screen++) {
      await expectStageFits(page, `${width} × ${height}, screen ${screen}`)
      await page.keyboard.press(screen % 2 ? 'PageDown' : 'ArrowRight')
      await expect(where).toHaveText(new RegExp(`^Écran ${screen + 1} sur ${total}`))
    }
    await expect(where).toHaveText(/question 1 sur \d+/)
    await page.keyboard.press('ArrowRight')
    await expect(where).toHaveText(/question 2 sur \d+/)
    await expect(page.locator('.classroom-slides__prompts li')).toHaveCount(2)
    await expectStageFits(page, `${width} × ${height}, prompts`)
    await page.keyboard.press('PageUp')
    await expect(page.locator('.classroom-slides__prompts li')).toHaveCount(1)
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')

    // The warm-up: a statement, its answer and "Affirmation suivante" on one screen.
    await openRoute(page, '/classe?etape=vrai-ou-faux')
    await page.getByRole('button', { name: 'Plein écran pour projeter' }).click()
    // The second time, the warm-up resumes where the class was: on the first answer.
    if (width === 1280) await page.getByRole('button', { name: 'Vrai', exact: true }).click()
    await expect(
      page.getByRole('button', { name: /^(Affirmation suivante|Voir le score de la classe)$/ }),
    ).toBeInViewport()
    await expectStageFits(page, `${width} × ${height}, warm-up`)
    await page.keyboard.press('Escape')
  }
})

test('reload keeps the warm-up where the class was', async ({ page }) => {
  await openRoute(page, '/classe?etape=vrai-ou-faux')
  await page.getByRole('button', { name: 'Vrai', exact: true }).click()
  await page.getByRole('button', { name: 'Affirmation suivante' }).click()
  await expect(page.getByText(/^Affirmation 2 sur \d+$/)).toBeVisible()
  await page.reload()
  await expect(page.getByText(/^Affirmation 2 sur \d+$/)).toBeVisible({ timeout: 15_000 })
})

test('shared devices: the projected link opens a mode where "Élève suivant" clears the answers', async ({
  page,
}) => {
  test.setTimeout(180_000)
  // A student finished on this tablet; the next one opens the projected link.
  await seed(page, savedQuiz({ length: 'short', answers: PERSONAS.fixer, finished: true }))
  await openRoute(page, '/classe')
  await page.getByRole('checkbox', { name: /se passent les mêmes appareils/ }).check()
  await openRoute(page, '/classe?etape=projeter')
  const link = (await page.getByTestId('student-link').textContent()) ?? ''
  expect(link).toContain('poste=partage')
  await page.goto(link)
  const bar = page.getByRole('complementary', { name: 'Appareil partagé' })
  await expect(bar).toBeVisible({ timeout: 15_000 })
  await bar.getByRole('button', { name: 'Élève suivant' }).click()
  await expect(bar).toBeHidden()
  await expect(page).toHaveURL(/quiz\/\?.*poste=partage/)
  const quiz = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cap-relation-client') ?? '{}').state?.quiz ?? null,
  )
  expect(quiz).toBeNull()
})
