import type { Page } from '@playwright/test'
import { PERSONAS } from '../fixtures/questionnaire/personas'
import { expect, openRoute, test } from './helpers'
import { answerWithMouse, heading, studentCode } from './quiz-helpers'

const codeList = (page: Page) => page.locator('.classroom-code-list .classroom-code')

async function addCode(page: Page, code: string) {
  await page.getByRole('textbox', { name: 'Codes de résultat' }).fill(code)
  await page.getByRole('button', { name: 'Ajouter les codes' }).click()
}

test('two tabs of the class mode gathering codes lose none of them', async ({
  page,
  context,
  browser,
}) => {
  test.slow()
  const [fixer, leader, faraway] = [
    await studentCode(browser, PERSONAS.fixer),
    await studentCode(browser, PERSONAS.leader),
    await studentCode(browser, PERSONAS.faraway),
  ]
  const projector = page
  const board = await context.newPage()
  await openRoute(projector, '/classe?etape=codes')
  await openRoute(board, '/classe?etape=codes')

  await addCode(projector, fixer)
  await addCode(board, leader)
  await addCode(projector, faraway)
  for (const tab of [projector, board])
    await expect(codeList(tab)).toHaveText([fixer, leader, faraway])

  await board.getByRole('button', { name: `Retirer ${leader}` }).click()
  await expect(codeList(projector)).toHaveText([fixer, faraway])
  await projector.reload()
  await expect(codeList(projector)).toHaveText([fixer, faraway])
})

test('two tabs of the quiz answering questions lose no answer', async ({ page, context }) => {
  test.slow()
  const one = page
  const two = await context.newPage()
  for (const tab of [one, two]) {
    await openRoute(tab, '/quiz?longueur=courte')
    await tab.getByRole('button', { name: 'Commencer' }).click()
    await expect(tab).toHaveURL(/quiz\/\?question=[a-z-]+$/)
  }
  const question = (tab: typeof one) => new URL(tab.url()).searchParams.get('question') ?? ''
  const first = question(one)
  // Tab one answers the first question; tab two, opened before, answers the first three.
  await answerWithMouse(one, 0)
  const second = question(one)
  await answerWithMouse(two, 0)
  await expect(two).toHaveURL(new RegExp(`question=${second}$`))
  await answerWithMouse(two, 0)
  const third = question(two)
  await answerWithMouse(two, 0)
  // Tab one, still on the second question, answers it last: its answer wins, and tab two's
  // answer to the third question, which tab one's questionnaire never saw, stays.
  await answerWithMouse(one, 1)

  const check = await context.newPage()
  for (const [id, choice] of [
    [first, 0],
    [second, 1],
    [third, 0],
  ] as const) {
    await openRoute(check, `/quiz/${id}`)
    await expect(check.locator('fieldset input').nth(choice), id).toBeChecked()
  }
})

test('a save from a newer version survives, byte for byte, with a notice that says so', async ({
  page,
}) => {
  const newer = JSON.stringify({ state: { futureField: { a: 1 } }, version: 99 })
  await page.addInitScript((saved) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('cap-relation-client', saved)
      sessionStorage.setItem('seeded', '1')
    }
  }, newer)
  await openRoute(page, '/')
  await expect(page.getByRole('status').filter({ hasText: 'version plus récente' })).toContainText(
    'mises de côté, intactes',
  )
  await page.getByRole('button', { name: 'Confort de lecture' }).click()
  await page.getByRole('radio', { name: 'Grande' }).check()
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large')
  const kept = await page.evaluate(() =>
    localStorage.getItem('cap-relation-client:kept-aside-version-99'),
  )
  expect(kept).toBe(newer)
})

test('erasing asks first, then erases everything of the app in this browser', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return
    localStorage.setItem('cap-relation-client:unreadable-backup', '{old answers')
    localStorage.setItem('cap-relation-client:integre', '{"state":{},"version":3}')
    sessionStorage.setItem('seeded', '1')
  })
  await openRoute(page, '/a-propos?section=confidentialite')
  await page.getByRole('button', { name: 'Confort de lecture' }).click()
  await page.getByRole('radio', { name: 'Grande' }).check()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Effacer mes données' }).click()
  const question = page.getByRole('group', { name: /^Tout effacer de ce navigateur/ })
  await expect(question.getByRole('button', { name: 'Annuler' })).toBeFocused()
  await question.getByRole('button', { name: 'Oui, tout effacer' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'effacées' })).toBeVisible()
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
  await expect(heading(page)).toHaveText('À propos')
})
