import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'

const TEXT = {
  fr: {
    people: '273\u202f000',
    articleTitle: 'En 2011, ce que disait l’article de départ',
    chartTitle: 'Salariés des centres de contact par pays (2011)',
    showTable: 'Voir les données sous forme de tableau',
    trackSector: 'Secteur',
    trackTraining: 'Formation',
    quiz: 'Vrai ou faux ?',
    play: 'Jouer au « Vrai ou faux ? »',
    progress: /^Affirmation (\d+) sur (\d+)$/,
    true: 'Vrai',
    false: 'Faux',
    verdict: /^(Bonne réponse\s!|Mauvaise réponse\.)$/,
    next: /^(Affirmation suivante|Voir mon score)$/,
    score: /^(\d+) bonnes? réponses? sur (\d+)$/,
    replay: 'Rejouer',
  },
  en: {
    people: '273,000',
    articleTitle: 'In 2011: what the starting article said',
    chartTitle: 'Contact-centre employees by country (2011)',
    showTable: 'Show the data as a table',
    trackSector: 'Sector',
    trackTraining: 'Training',
    quiz: 'True or false?',
    play: 'Play “True or false?”',
    progress: /^Statement (\d+) of (\d+)$/,
    true: 'True',
    false: 'False',
    verdict: /^(Right answer!|Wrong answer\.)$/,
    next: /^(Next statement|See my score)$/,
    score: /^(\d+) right answers? out of (\d+)$/,
    replay: 'Play again',
  },
} as const

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '')

for (const lang of ['fr', 'en'] as const) {
  const t = TEXT[lang]
  test.describe(`Le secteur in ${lang}`, () => {
    test('figures with year and source, charts with their tables, the timeline', async ({
      page,
    }) => {
      await openRoute(page, '/secteur', lang)
      const article = page.getByRole('region', { name: t.articleTitle })
      const card = article.getByRole('listitem').filter({ hasText: t.people })
      await expect(card).toContainText('2011')
      await expect(card.getByRole('link').first()).toHaveAttribute(
        'href',
        /a-propos\/\?section=sources&source=/,
      )
      const chart = page.getByRole('figure', { name: t.chartTitle })
      await expect(chart.getByRole('img', { name: t.chartTitle })).toBeVisible()
      await chart.getByText(t.showTable).click()
      await expect(chart.getByRole('table')).toBeVisible()
      await expect(chart.getByRole('rowheader').first()).toBeVisible()
      const timeline = page.getByRole('list').filter({ hasText: t.trackTraining }).last()
      await expect(timeline.getByText(t.trackSector).first()).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('the myths quiz, played to the end with the keyboard', async ({ page }) => {
      // A dozen statements, each answered and left by keyboard, and two axe runs.
      test.slow()
      await openRoute(page, '/secteur', lang)
      await page.getByRole('link', { name: t.play }).click()
      await expect(page.getByRole('heading', { level: 2, name: t.quiz })).toBeFocused()
      const progress = page.getByText(t.progress)
      const total = Number(t.progress.exec((await progress.textContent()) ?? '')?.[2])
      expect(total).toBeGreaterThanOrEqual(8)

      for (let n = 1; n <= total; n++) {
        await expect(progress).toHaveText(t.progress)
        expect(t.progress.exec((await progress.textContent()) ?? '')?.[1]).toBe(String(n))
        // From the heading or the statement, Tab reaches "True", and once more "False".
        await page.keyboard.press('Tab')
        if (n % 2) await page.keyboard.press('Tab')
        expect(await focusedText(page)).toBe(n % 2 ? t.false : t.true)
        await page.keyboard.press('Enter')
        expect(await focusedText(page)).toMatch(t.verdict)
        await expect(page.getByRole('status').filter({ hasText: t.verdict })).toBeAttached()
        if (n === 1) await expectNoAxeViolations(page)
        // Past the source links to "Next".
        for (let i = 0; i < 10 && !t.next.test(await focusedText(page)); i++)
          await page.keyboard.press('Tab')
        await page.keyboard.press('Enter')
        // The next statement takes the focus (the last "Next" leads to the score).
        if (n < total) await expect(page.locator(':focus')).toHaveClass(/myths-quiz__statement/)
      }
      expect(await focusedText(page)).toMatch(t.score)
      await expect(page.getByRole('paragraph').filter({ hasText: t.score })).toBeVisible()
      await expectNoAxeViolations(page)
      await page.getByRole('button', { name: t.replay }).click()
      await expect(progress).toHaveText(t.progress)
      expect(t.progress.exec((await progress.textContent()) ?? '')?.[1]).toBe('1')
    })

    test('on a phone, mid-quiz, fits the width and passes axe', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      await openRoute(page, '/secteur?section=vrai-ou-faux', lang)
      await page.getByRole('button', { name: t.false, exact: true }).click()
      expect(await focusedText(page)).toMatch(t.verdict)
      await expectNoAxeViolations(page)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    })
  })
}
