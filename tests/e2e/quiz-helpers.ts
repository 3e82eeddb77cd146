import { expect, type Browser, type Page } from '@playwright/test'
import { PERSONAS } from '../fixtures/questionnaire/personas'
import { openRoute, watchCspViolations } from './helpers'

/** Presses Tab until the element with this accessible name has the focus (keyboard only). */
export async function tabTo(page: Page, name: string | RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el) return ''
      const labelled = el.getAttribute('aria-label')
      if (labelled) return labelled
      if (el instanceof HTMLInputElement) return el.labels?.[0]?.textContent ?? ''
      return el.textContent ?? ''
    })
    // French text carries no-break spaces (U+00A0, U+202F) where the test types ordinary ones.
    const text = focused.replace(/\s+/g, ' ').trim()
    if (typeof name === 'string' ? text === name : name.test(text)) return
  }
  throw new Error(`Tab never reached ${String(name)}`)
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 })

/** Clicks through the current question: picks the n-th choice (0-based) and presses Next. */
export async function answerWithMouse(page: Page, choice = 0, next = 'Suivant') {
  const inputs = page.locator('fieldset input')
  await inputs.nth(choice).check()
  await page.getByRole('button', { name: next, exact: true }).click()
}

/** A finished questionnaire saved on this device, as a version-2 save (the app migrates it). */
export function savedQuiz(quiz: {
  length: 'short' | 'full'
  answers: Record<string, unknown>
  finished: boolean
  version?: number
}) {
  return JSON.stringify({
    state: {
      settings: {
        locale: 'fr',
        localeChosen: false,
        readingFont: 'system',
        textSize: 'normal',
        lineSpacing: 'normal',
      },
      quiz: { version: 1, ...quiz },
    },
    version: 2,
  })
}

export async function seed(page: Page, value: string) {
  await page.addInitScript((saved) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('cap-relation-client', saved)
      sessionStorage.setItem('seeded', '1')
    }
  }, value)
}

/** The visible "Question n sur m", as numbers. */
export async function progress(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.quiz-progress__text').textContent()) ?? ''
  const match = /Question (\d+) (?:sur|of) (\d+)/.exec(text)
  expect(match, text).not.toBeNull()
  return [Number(match?.[1]), Number(match?.[2])]
}

/** A finished short questionnaire: a bac pro student who likes fixing things and writing. */
export const FIXER_ANSWERS = PERSONAS.fixer

/** A student on their own device (a context of their own): the code their results page shows. */
export async function studentCode(
  browser: Browser,
  answers: Record<string, unknown>,
): Promise<string> {
  const context = await browser.newContext({ locale: 'fr-FR' })
  const violations = await watchCspViolations(context)
  const page = await context.newPage()
  await seed(page, savedQuiz({ length: 'short', finished: true, answers }))
  await openRoute(page, '/resultats')
  const code = (await page.getByTestId('result-code').textContent()) ?? ''
  await context.close()
  expect(violations).toEqual([])
  // Groups of four symbols; the length depends on the questionnaire version and length.
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/)
  return code
}
