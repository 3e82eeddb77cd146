import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { FIXER_ANSWERS, heading } from './quiz-helpers'

interface Text {
  fr: string
  en: string
}
interface ContentQuestion {
  id: string
  prompt: Text
  promptEasy: Text
  options?: { id: string; label: Text; labelEasy: Text }[]
}
const QUESTIONS: ContentQuestion[] = (
  parse(readFileSync('content/questions.yaml', 'utf8')) as { questions: ContentQuestion[] }
).questions
const byId = new Map(QUESTIONS.map((q) => [q.id, q]))

/** French typography adds no-break spaces and curly apostrophes the YAML does not have. */
const plain = (s: string) =>
  s
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/’/g, "'")
    .trim()

/** Turns « Lecture facile » on from the reading settings panel. */
async function turnEasyReadOn(page: Page, lang: 'fr' | 'en') {
  const t =
    lang === 'fr'
      ? { panel: 'Confort de lecture', on: 'Phrases courtes et mots simples' }
      : { panel: 'Reading comfort', on: 'Short sentences and simple words' }
  await page.getByRole('button', { name: t.panel }).click()
  await page.getByRole('radio', { name: t.on }).check()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
}

/** Goes through the full quiz, checking each question's words; returns the ids seen. */
async function walkQuiz(page: Page, lang: 'fr' | 'en', envies: string[], easy: boolean) {
  const seen: string[] = []
  const next = lang === 'fr' ? 'Suivant' : 'Next'
  await page.getByRole('button', { name: lang === 'fr' ? 'Commencer' : 'Start' }).click()
  for (let step = 0; step < 40; step++) {
    await expect(page).toHaveURL(/quiz\/\?question=[a-z-]+/)
    const url = page.url()
    if (/relecture/.test(url)) break
    const id = /quiz\/\?question=([a-z-]+)/.exec(url)![1]!
    const question = byId.get(id)!
    const wording = easy ? question.promptEasy : question.prompt
    await expect
      .poll(async () => plain((await heading(page).textContent()) ?? ''))
      .toBe(plain(wording[lang]))
    seen.push(id)
    const labels = (await page.locator('fieldset label').allInnerTexts()).map(plain)
    if (question.options)
      expect(labels).toEqual(
        question.options.map((o) => plain((easy ? o.labelEasy : o.label)[lang])),
      )
    if (step === 3) await expectNoAxeViolations(page)
    if (id === 'envies')
      for (const choice of envies) await page.locator(`input[value="${choice}"]`).check()
    else await page.locator('fieldset input').first().check()
    await page.getByRole('button', { name: next, exact: true }).click()
    await expect(page).not.toHaveURL(url)
  }
  return seen
}

test('« Lecture facile » changes every question’s wording, and survives a reload', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await openRoute(page, '/quiz?longueur=complete')
  await turnEasyReadOn(page, 'fr')
  await page.reload()
  // The intro's HTML is pre-rendered: its buttons are on screen before the app runs them.
  await expect(page.locator('html[data-app="running"]')).toBeAttached({ timeout: 15_000 })
  await expect(heading(page)).toBeVisible()
  await page.getByRole('button', { name: 'Confort de lecture' }).click()
  await expect(page.getByRole('radio', { name: 'Phrases courtes et mots simples' })).toBeChecked()
  await page.keyboard.press('Escape')

  // The full questionnaire, with two deep-dive sections open (the unit tests check that every
  // question of every section has its easy wording).
  await openRoute(page, '/quiz?longueur=complete')
  const seen = await walkQuiz(page, 'fr', ['technique', 'equipe'], true)
  expect(seen.length).toBeGreaterThanOrEqual(25)
  // The review lists the questions and answers in the same easy wording.
  await expect(heading(page)).toHaveText('Relis tes réponses')
  await expect(page.getByText(plain(byId.get('envies')!.promptEasy.fr))).toBeVisible()
})

test('in English too, and the usual wording is back when it is turned off', async ({ page }) => {
  test.setTimeout(180_000)
  await openRoute(page, '/quiz?longueur=courte', 'en')
  await turnEasyReadOn(page, 'en')
  const easy = await walkQuiz(page, 'en', ['technique'], true)
  expect(easy.length).toBeGreaterThan(10)
  const review = page
    .getByRole('list')
    .filter({ hasText: plain(byId.get('niveau')!.promptEasy.en) })
  await expect(review).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Reading comfort' }).click()
  await page.getByRole('radio', { name: 'Usual wording' }).check()
  await page.keyboard.press('Escape')
  await expect(page.getByText(plain(byId.get('niveau')!.prompt.en))).toBeVisible()
})

test('the results in easy-read: each reason a short sentence, the easy next step; axe clean', async ({
  page,
}) => {
  await page.addInitScript((answers) => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    localStorage.setItem(
      'cap-relation-client',
      JSON.stringify({
        state: {
          settings: { locale: 'fr', localeChosen: false, easyRead: true },
          quiz: { version: 2, length: 'short', answers, finished: true },
        },
        version: 3,
      }),
    )
  }, FIXER_ANSWERS)
  await openRoute(page, '/resultats')
  const top = page.locator('.top-match')
  // The fixer's level is bac pro: the easy next step for it.
  await expect(top.locator('.next-steps > p').first()).toHaveText(
    'Regarde les BTS pour ce métier. Souvent, on peut les faire en alternance.',
  )
  await expect(top.getByText(/Tu aimes chercher une panne/)).toBeVisible()
  await expectNoAxeViolations(page)
})
