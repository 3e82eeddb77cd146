import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'

const TEXT = {
  fr: {
    view2011: 'En 2011 : BTS MUC et BTS NRC',
    viewToday: 'Aujourd’hui : BTS MCO et BTS NDRC',
    viewAll: 'Toutes les formations (11)',
    level: 'Où en es-tu ?',
    role: 'Quel métier vises-tu ?',
    levelValue: 'Bac pro',
    roleValue: "Superviseur·e / responsable d'équipe",
    route: 'Voie 1',
    because: /^Parce que .+ est accessible depuis ton niveau/,
    best: 'La formation qui couvre le mieux ce métier',
    gaps: 'Ce qu’il te restera à apprendre',
    table: /^Couverture des compétences du secteur/,
    skill: 'Maîtrise de plusieurs canaux',
    why: /Pourquoi \?/,
  },
  en: {
    view2011: 'In 2011: BTS MUC and BTS NRC',
    viewToday: 'Today: BTS MCO and BTS NDRC',
    viewAll: 'All routes (11)',
    level: 'Where are you now?',
    role: 'Which job are you aiming for?',
    levelValue: 'Vocational baccalauréat (bac pro)',
    roleValue: 'Supervisor / team leader',
    route: 'Route 1',
    because: /^Because .+ is open to you from your level/,
    best: 'The course that covers this job best',
    gaps: 'What you will still have to learn',
    table: /^Coverage of the sector's skills/,
    skill: 'Mastery of several channels',
    why: /Why\?/,
  },
} as const

/** The column headers of the comparison, by their short name (`abbr`). */
const diplomaColumns = (page: Page) =>
  page
    .locator('.matrix-table thead th[scope="col"][abbr]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('abbr')))

for (const lang of ['fr', 'en'] as const) {
  const t = TEXT[lang]

  test.describe(`the training guide in ${lang}`, () => {
    test('opens from the results on the level and role, then switches MUC/NRC → MCO/NDRC → all', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 })
      await openRoute(page, '/formations?niveau=bac-pro&metier=superviseur', lang)

      const level = page.getByRole('combobox', { name: t.level })
      const role = page.getByRole('combobox', { name: t.role })
      await expect(level).toHaveValue('bac-pro')
      await expect(level.locator('option:checked')).toHaveText(t.levelValue)
      await expect(role).toHaveValue('superviseur')
      await expect(role.locator('option:checked')).toHaveText(t.roleValue)
      await expect(page.getByText(t.route, { exact: true })).toBeVisible()
      await expect(page.getByText(t.because).first()).toBeVisible()
      await expect(page.getByRole('heading', { name: t.best })).toBeVisible()
      await expect(page.getByRole('heading', { name: t.gaps })).toBeVisible()
      // The guide's sections come in this order when a case is given.
      await expect(page.locator('.guide-section > h2').first()).toHaveText(
        lang === 'fr' ? 'Quelle voie pour moi ?' : 'Which route for me?',
      )

      await expect(page.getByRole('radio', { name: t.view2011 })).toBeChecked()
      await expect(page.getByRole('table', { name: t.table })).toBeVisible()
      expect(await diplomaColumns(page)).toEqual(['BTS MUC', 'BTS NRC'])
      await expectNoAxeViolations(page)

      await page.getByRole('radio', { name: t.viewToday }).check()
      await expect(page).toHaveURL(/vue=aujourdhui/)
      await expect(page).toHaveURL(/niveau=bac-pro&metier=superviseur/)
      expect(await diplomaColumns(page)).toEqual(['BTS MCO', 'BTS NDRC'])
      await expectNoAxeViolations(page)

      await page.getByRole('radio', { name: t.viewAll }).check()
      await expect(page).toHaveURL(/vue=toutes/)
      expect(await diplomaColumns(page)).toHaveLength(11)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      )
      expect(overflow).toBe(false)
      await expectNoAxeViolations(page)

      // A shared link opens the same view.
      await page.reload()
      await expect(page.getByRole('radio', { name: t.viewAll })).toBeChecked()
    })

    test('on a phone, the matrix is one card per diploma with nothing lost', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      await openRoute(page, '/formations?vue=aujourdhui', lang)
      await expect(page.locator('.matrix-table')).toBeHidden()
      const cards = page.locator('.matrix-card')
      await expect(cards).toHaveCount(2)
      await expect(cards.first().getByRole('heading', { level: 3 })).toHaveText('BTS MCO')
      // Every skill, with its level and its justification on demand.
      await expect(cards.first().locator('.matrix-card__skills > li')).toHaveCount(11)
      const toggle = cards.first().getByRole('button', { name: t.why }).first()
      await toggle.click()
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      await expect(cards.first().locator('.why').first()).toBeVisible()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      )
      expect(overflow).toBe(false)
      await expectNoAxeViolations(page)
    })

    test('the print view fits A4 landscape, every justification shown, no controls', async ({
      page,
    }) => {
      // A4 landscape (297 × 210 mm) less 10 mm margins, at 96 CSS px per inch.
      const printable = {
        width: Math.floor((277 / 25.4) * 96),
        height: Math.floor((190 / 25.4) * 96),
      }
      await page.setViewportSize(printable)
      for (const view of ['2011', 'toutes']) {
        await openRoute(page, `/formations?vue=${view}`, lang)
        await page.emulateMedia({ media: 'print' })
        const table = page.locator('.matrix-table')
        await expect(table).toBeVisible()
        await expect(page.locator('.matrix-cards')).toBeHidden()
        await expect(page.locator('.view-switch')).toBeHidden()
        await expect(
          page.getByRole('button', {
            name: lang === 'fr' ? 'Imprimer le comparatif' : 'Print the comparison',
          }),
        ).toBeHidden()
        const whys = table.locator('.why')
        const count = await whys.count()
        expect(count).toBe(view === '2011' ? 22 : 121)
        for (const i of [0, count - 1]) await expect(whys.nth(i)).toBeVisible()
        const box = await table.boundingBox()
        expect(box && box.x + box.width).toBeLessThanOrEqual(printable.width)
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        )
        expect(overflow).toBe(false)
        await page.emulateMedia({ media: 'screen' })
      }
      // The print stylesheet asks for A4 landscape: the PDF's pages are 842 × 595 points.
      await page.emulateMedia({ media: 'print' })
      const pdf = await page.pdf({ preferCSSPageSize: true })
      const boxes = new Set(pdf.toString('latin1').match(/MediaBox\s*\[[^\]]*\]/g))
      expect([...boxes].map((b) => b.match(/[\d.]+/g)?.map((n) => Math.round(Number(n))))).toEqual([
        [0, 0, 842, 595],
      ])
    })

    test('a screen reader gets the row and column headers of a cell', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 })
      await openRoute(page, '/formations', lang)
      const table = page.getByRole('table', { name: t.table })
      await expect(table.getByRole('columnheader')).toHaveCount(3)
      await expect(table.getByRole('rowheader', { name: t.skill })).toBeVisible()
      await expect(table.getByRole('columnheader', { name: /BTS NRC/ })).toBeVisible()

      // The headers a cell is announced with, as the HTML table model gives them.
      const headers = await table.evaluate((el, skill) => {
        const tableEl = el as HTMLTableElement
        const row = [...tableEl.tBodies[0]!.rows].find(
          (r) => r.querySelector('th[scope="row"]')?.textContent === skill,
        )!
        const cell = row.cells[2]!
        const column = tableEl.tHead!.rows[0]!.cells[cell.cellIndex]!
        return {
          row: row.querySelector('th')?.getAttribute('scope'),
          rowText: row.querySelector('th')?.textContent,
          column: column.getAttribute('scope'),
          columnAbbr: column.getAttribute('abbr'),
          cellTag: cell.tagName,
        }
      }, t.skill)
      expect(headers).toEqual({
        row: 'row',
        rowText: t.skill,
        column: 'col',
        columnAbbr: 'BTS NRC',
        cellTag: 'TD',
      })
      await expect(table.getByRole('row', { name: new RegExp(t.skill) })).toMatchAriaSnapshot(`
        - row:
          - rowheader "${t.skill}"
          - cell
          - cell
      `)

      // The justification opens from the keyboard and says what it is about.
      const toggle = table.getByRole('button', { name: new RegExp(`${t.skill}, BTS NRC`) })
      await toggle.focus()
      await page.keyboard.press('Enter')
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      const panel = page.locator(`#${await toggle.getAttribute('aria-controls')}`)
      await expect(panel).toBeVisible()
      await expect(panel.locator('.source-ref')).toBeVisible()
    })

    test('works without a quiz result, and says so for an unknown level or role', async ({
      page,
    }) => {
      await openRoute(page, '/formations?niveau=cm2&metier=astronaute', lang)
      await expect(page.getByRole('alert')).toContainText('cm2')
      await expect(page.getByRole('alert')).toContainText('astronaute')
      await page.getByRole('combobox', { name: t.level }).selectOption('adulte')
      await page.getByRole('combobox', { name: t.role }).selectOption('conseiller-clientele')
      await page
        .getByRole('button', { name: lang === 'fr' ? 'Voir ma voie' : 'Show my route' })
        .click()
      await expect(page).toHaveURL(/niveau=adulte&metier=conseiller-clientele/)
      await expect(page.getByRole('alert')).toHaveCount(0)
      await expect(
        page.getByRole('heading', { level: 3, name: lang === 'fr' ? 'Ta voie' : 'Your route' }),
      ).toBeFocused()
      await expect(page.getByText(t.route, { exact: true })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

test('projected at 1280 × 720, the 2011 comparison keeps large type', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openRoute(page, '/formations')
  const size = await page
    .locator('.matrix-table tbody th')
    .first()
    .evaluate((th) => parseFloat(getComputedStyle(th).fontSize))
  expect(size).toBeGreaterThanOrEqual(19)
  await expectNoAxeViolations(page)
})
