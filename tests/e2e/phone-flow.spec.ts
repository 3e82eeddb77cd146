/**
 * The quiz held in one hand: on a 390 × 844 phone and a 320 × 568 one, every question of both
 * lengths keeps its move-on bar on screen after an answer, and the bar never lies on a choice.
 * Three walks per length open every branch (the "envies" choices open the optional sections).
 */
import { readFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { parse } from 'yaml'
import { expect, test, watchCspViolations } from './helpers'

const PHONES = [
  { name: 'phone 390 × 844', viewport: { width: 390, height: 844 } },
  { name: 'small phone 320 × 568', viewport: { width: 320, height: 568 } },
] as const
type Length = 'short' | 'full'

/** Each walk's answer to "envies": between them, they open every optional section. */
const WALKS = [['technique', 'equipe'], ['vendre', 'langues'], ['argent']]
/** Single answers other than the last one, so that follow-up questions open. */
const FIRST_OPTION = new Set(['role-equipe', 'quelle-langue'])

const content = parse(readFileSync('content/questions.yaml', 'utf8')) as {
  questions: { id: string; lengths?: Length[] }[]
}
const questionIds = (length: Length) =>
  content.questions.filter((q) => (q.lengths ?? ['full']).includes(length)).map((q) => q.id)

interface Box {
  top: number
  bottom: number
}
const overlaps = (a: Box, b: Box) => a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5

/** Where things are, in viewport coordinates, at the current scroll. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect()
      return r ? { top: r.top, bottom: r.bottom } : undefined
    }
    const options = [...document.querySelectorAll('.quiz-option')]
    return {
      height: window.innerHeight,
      bar: box(document.querySelector('.quiz__bar')),
      next: box(document.querySelector('.quiz__next')),
      chosen: options.filter((o) => o.querySelector('input:checked')).map((o) => box(o)!),
      options: options.map((o) => box(o)!),
    }
  })

/** Picks this walk's answer: the lowest choice on screen unless a branch needs another. */
async function answer(page: Page, id: string, envies: string[]) {
  const inputs = page.locator('fieldset input')
  const count = await inputs.count()
  if ((await inputs.first().getAttribute('type')) === 'checkbox') {
    const values = id === 'envies' ? envies : []
    if (values.length) for (const value of values) await page.check(`input[value="${value}"]`)
    else for (const i of [count - 2, count - 1]) await inputs.nth(i).check()
  } else await inputs.nth(FIRST_OPTION.has(id) ? 0 : count - 1).check()
}

interface Walk {
  seen: string[]
  /** Questions whose choices and bar fit the first screen without scrolling. */
  fitting: string[]
}

async function walk(
  browser: Browser,
  viewport: (typeof PHONES)[number]['viewport'],
  length: Length,
  envies: string[],
): Promise<Walk> {
  const context = await browser.newContext({ viewport, locale: 'fr-FR', hasTouch: true })
  const violations = await watchCspViolations(context)
  const page = await context.newPage()
  await page.goto('./#/?lang=fr')
  // Home → question 1 in one tap: the length choice is the start.
  await page
    .getByRole('link', { name: length === 'short' ? /Version courte/ : /Version complète/ })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Où en es-tu aujourd’hui ?')

  const result: Walk = { seen: [], fitting: [] }
  for (let step = 0; step < 45 && !/relecture$/.test(page.url()); step++) {
    const id = /quiz\/\?question=([a-z-]+)/.exec(page.url())?.[1] ?? ''
    await expect(page.locator('fieldset input').first()).toBeVisible()
    result.seen.push(id)

    await page.evaluate(() => window.scrollTo(0, 0))
    const before = await measure(page)
    if (before.bar && before.options.every((o) => o.bottom <= before.bar!.top))
      result.fitting.push(id)

    await answer(page, id, envies)
    const after = await measure(page)
    // The move-on control is whole on screen, where the answer left the page.
    expect(after.next, id).toBeDefined()
    expect(after.next!.top, id).toBeGreaterThanOrEqual(0)
    expect(after.next!.bottom, id).toBeLessThanOrEqual(after.height)
    // The bar never lies on the choice just made.
    for (const chosen of after.chosen) expect(overlaps(chosen, after.bar!), id).toBe(false)
    // Scrolled to the end, the bar sits under the last choice, not on it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const end = await measure(page)
    for (const option of end.options) expect(overlaps(option, end.bar!), id).toBe(false)

    const url = page.url()
    await page.getByRole('button', { name: 'Suivant', exact: true }).click()
    await expect(page).not.toHaveURL(url)
  }

  // The short review: "Voir mes résultats" on the first screen, the first stop after the heading.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relis tes réponses')
  const go = page.getByRole('button', { name: 'Voir mes résultats' })
  const box = await go.boundingBox()
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height)
  await page.keyboard.press('Tab')
  await expect(go).toBeFocused()

  expect(violations).toEqual([])
  await context.close()
  return result
}

for (const { name, viewport } of PHONES)
  for (const length of ['short', 'full'] as const)
    test(`${name}, ${length === 'short' ? 'short' : 'full'} quiz: the move-on bar on every question`, async ({
      browser,
    }) => {
      test.setTimeout(240_000)
      const seen = new Set<string>()
      const fitting = new Set<string>()
      for (const envies of WALKS) {
        const done = await walk(browser, viewport, length, envies)
        done.seen.forEach((id) => seen.add(id))
        done.fitting.forEach((id) => fitting.add(id))
      }
      expect([...seen].sort()).toEqual(questionIds(length).sort())
      const below = [...seen].filter((id) => !fitting.has(id))
      const description = `${name}, ${length}: ${fitting.size} of ${seen.size} questions fit one screen with the bar; the bar stays on screen on the others (${below.join(', ') || 'none'})`
      test.info().annotations.push({ type: 'fit', description })
      console.log(description)
    })
