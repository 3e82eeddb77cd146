import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Fails with the list of violations, so that a report says what to fix. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

/** Opens a route of the app (`/metiers`) in a language, and waits for its heading. */
export async function openRoute(page: Page, path: string, lang: 'fr' | 'en' = 'fr') {
  const separator = path.includes('?') ? '&' : '?'
  await page.goto(`./#${path}${separator}lang=${lang}`)
  // The page's chunk and content load on demand: on a busy machine that is real work.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 })
}
