import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'

// axe reads every cell of large comparison tables; on a busy two-core machine that alone can
// take tens of seconds, so these tests get room to do that real work.
test.describe.configure({ timeout: 120_000 })

const PHONE = { width: 390, height: 844 }

const TEXT = {
  fr: {
    todayTitle: 'BTS NDRC ou BTS MCO ?',
    cards: 'BTS NDRC et BTS MCO en bref',
    learnRow: 'Ce que tu apprends et fais',
    more: 'Stages, coût, métiers et suite',
    history: 'Ce que le secteur disait en 2011, et ce qui a changé',
    all: 'Comparer toutes les formations (11)',
    chooser: 'BTS NDRC ou BTS MCO ? Réponds à 3 questions',
    verdict: /^Plutôt le BTS (NDRC|MCO)\s:\s\d de tes 3 réponses/,
    level: 'Où en es-tu ?',
    role: 'Quel métier vises-tu ?',
    levelValue: 'Bac pro',
    roleValue: 'Superviseur·e / responsable d’équipe',
    route: 'Voie 1',
    because: /^Avec un bac pro, le BTS est la suite la plus courante/,
    how: 'Comment entrer',
    calendar: /^Calendrier Parcoursup 2026/,
    best: 'La formation qui couvre le mieux ce métier',
    gaps: 'Ce qu’il te restera à apprendre',
    todayTable: 'Couverture des compétences du secteur : BTS NDRC et BTS MCO',
    table2011: 'Couverture des compétences du secteur : BTS MUC et BTS NRC',
    skill: 'Maîtrise de plusieurs canaux',
    why: /Pourquoi \?/,
    print: 'Imprimer',
    term: 'Parcoursup',
    definition: /plateforme nationale pour s’inscrire|plateforme nationale pour s'inscrire/,
    glossary: 'Les mots du guide',
  },
  en: {
    todayTitle: 'BTS NDRC or BTS MCO?',
    cards: 'BTS NDRC and BTS MCO at a glance',
    learnRow: 'What you learn and do',
    more: 'Placements, cost, jobs and what next',
    history: 'What the sector said in 2011, and what has changed',
    all: 'Compare every course (11)',
    chooser: 'BTS NDRC or BTS MCO? Answer 3 questions',
    verdict: /^Rather the BTS (NDRC|MCO): \d of your 3 answers/,
    level: 'Where are you now?',
    role: 'Which job are you aiming for?',
    levelValue: 'Vocational baccalauréat (bac pro)',
    roleValue: 'Supervisor / team leader',
    route: 'Route 1',
    because: /^With a bac pro, a BTS is the most common next step/,
    how: 'How to get in',
    calendar: /^Parcoursup calendar 2026/,
    best: 'The course that covers this job best',
    gaps: 'What you will still have to learn',
    todayTable: 'Coverage of the sector’s skills: BTS NDRC and BTS MCO',
    table2011: 'Coverage of the sector’s skills: BTS MUC and BTS NRC',
    skill: 'Mastery of several channels',
    why: /Why\?/,
    print: 'Print',
    term: 'Parcoursup',
    definition: /national platform for applying/,
    glossary: 'Words of the guide',
  },
} as const

/** The column headers of a comparison table, by their short name (`abbr`). */
const diplomaColumns = (table: Locator) =>
  table
    .locator('thead th[scope="col"][abbr]')
    .evaluateAll((ths) => ths.map((th) => th.getAttribute('abbr')))

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

for (const lang of ['fr', 'en'] as const) {
  const t = TEXT[lang]

  test.describe(`the training guide in ${lang}`, () => {
    test('opens from the results on the level and role, today first, 2011 and every course one tap away', async ({
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
      const route = page.getByRole('listitem').filter({ hasText: t.route }).first()
      await expect(route.getByText(t.because)).toBeVisible()
      await expect(route.getByText(t.how, { exact: true }).first()).toBeVisible()
      await route.getByText(t.calendar).click()
      await expect(route.locator('.calendar__steps').getByText(/2026/).first()).toBeVisible()
      await expect(page.getByRole('heading', { name: t.best })).toBeVisible()
      await expect(page.getByRole('heading', { name: t.gaps })).toBeVisible()
      // With a case, the route comes first, then today's diplomas.
      await expect(page.locator('.guide-section > h2').first()).toHaveText(
        lang === 'fr' ? 'Quelle voie pour moi ?' : 'Which route for me?',
      )
      await expect(page.getByRole('heading', { level: 2, name: t.todayTitle })).toBeVisible()
      expect(await diplomaColumns(page.getByRole('table', { name: t.todayTable }))).toEqual([
        'BTS NDRC',
        'BTS MCO',
      ])

      const history = page.getByRole('button', { name: t.history })
      await expect(history).toHaveAttribute('aria-expanded', 'false')
      await history.click()
      await expect(page).toHaveURL(/vue=2011/)
      await expect(page).toHaveURL(/niveau=bac-pro&metier=superviseur/)
      const table2011 = page.getByRole('table', { name: t.table2011 })
      expect(await diplomaColumns(table2011)).toEqual(['BTS MUC', 'BTS NRC'])
      await expect(
        page
          .getByRole('region', { name: t.history })
          .getByRole('link', {
            name: 'La semaine de la relation client',
          })
          .first(),
      ).toBeVisible()

      await page.getByRole('button', { name: t.all }).click()
      await expect(page).toHaveURL(/vue=toutes/)
      const scroller = page.getByRole('region', {
        name: /tableau à faire défiler|scrollable table/,
      })
      expect(await diplomaColumns(scroller.getByRole('table'))).toHaveLength(11)
      expect(await overflows(page)).toBe(false)
      // Once, with the route, today's pair, 2011 and every course open together.
      await expectNoAxeViolations(page)

      // A shared link opens the same view.
      await page.reload()
      await expect(page.getByRole('button', { name: t.all })).toHaveAttribute(
        'aria-expanded',
        'true',
        { timeout: 15_000 },
      )
    })

    test('on a phone, today’s two BTS side by side in at most six screens, nothing lost', async ({
      page,
    }) => {
      await page.setViewportSize(PHONE)
      await openRoute(page, '/formations', lang)
      await expect(page.getByRole('heading', { level: 2, name: t.todayTitle })).toBeVisible()
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      expect(height).toBeLessThanOrEqual(6 * PHONE.height)

      // The plain answers: two columns side by side, under a label spanning both.
      const cards = page.getByRole('table', { name: t.cards })
      const learn = cards.getByRole('row', { name: new RegExp(t.learnRow) })
      const [ndrc, mco] = await learn.getByRole('cell').all()
      const a = await ndrc!.boundingBox()
      const b = await mco!.boundingBox()
      expect(Math.abs(a!.y - b!.y)).toBeLessThan(2)
      expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.width)
      await page.getByRole('button', { name: t.more }).click()
      await expect(cards.getByRole('rowheader')).toHaveCount(8)

      // The coverage: a real table, its two columns side by side too.
      const table = page.getByRole('table', { name: t.todayTable })
      await expect(table).toBeVisible()
      const row = table.getByRole('row', { name: new RegExp(t.skill) })
      const [first, second] = await row.getByRole('cell').all()
      expect(
        Math.abs((await first!.boundingBox())!.y - (await second!.boundingBox())!.y),
      ).toBeLessThan(2)
      const toggle = row.getByRole('button', { name: t.why }).first()
      await toggle.click()
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      await expect(row.locator('.why').first()).toBeVisible()
      expect(await overflows(page)).toBe(false)
      await expectNoAxeViolations(page)
      await page.emulateMedia({ colorScheme: 'dark' })
      await expectNoAxeViolations(page)
    })

    test('on a phone, every course scrolls sideways in its own region, the page does not', async ({
      page,
    }) => {
      await page.setViewportSize(PHONE)
      await openRoute(page, '/formations?vue=toutes', lang)
      const scroller = page.getByRole('region', {
        name: /tableau à faire défiler|scrollable table/,
      })
      await expect(scroller).toBeVisible()
      const [inner, outer] = await scroller.evaluate((el) => [el.scrollWidth, el.clientWidth])
      expect(inner).toBeGreaterThan(outer!)
      expect(await overflows(page)).toBe(false)
      // The skill names stay in view while the table scrolls.
      await scroller.evaluate((el) => el.scrollTo({ left: 400 }))
      const skill = scroller.getByRole('rowheader', { name: t.skill })
      const box = await skill.boundingBox()
      const region = await scroller.boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(region!.x - 1)
      await expectNoAxeViolations(page)
    })

    test('« NDRC ou MCO ? » answers in three questions, with the reasons', async ({ page }) => {
      await openRoute(page, '/formations', lang)
      await page.getByRole('button', { name: t.chooser }).click()
      const groups = page.getByRole('group').filter({ has: page.getByRole('radio') })
      await expect(groups).toHaveCount(3)
      for (const group of await groups.all()) await group.getByRole('radio').first().check()
      await expect(page.getByText(t.verdict)).toBeVisible()
      await expect(page.locator('.chooser__reasons li')).toHaveCount(3)
      await expectNoAxeViolations(page)
    })

    test('a glossary word shows its definition on tap, inside the screen, and the glossary has its page', async ({
      page,
    }) => {
      await page.setViewportSize(PHONE)
      await openRoute(page, '/formations', lang)
      const word = page
        .getByRole('table', { name: t.cards })
        .getByRole('button', { name: t.term })
        .last()
      await word.click()
      await expect(word).toHaveAttribute('aria-expanded', 'true')
      const bubble = page.locator(`[id="${await word.getAttribute('aria-describedby')}"]`)
      await expect(bubble).toHaveText(t.definition)
      await expect(bubble).toBeVisible()
      const box = await bubble.boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width)
      expect(await overflows(page)).toBe(false)
      await expectNoAxeViolations(page)
      await page.keyboard.press('Escape')
      await expect(word).toHaveAttribute('aria-expanded', 'false')

      await page.getByRole('link', { name: t.glossary }).first().click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.glossary)
      await expect(page.getByRole('term').filter({ hasText: 'RNCP' })).toBeVisible()
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
      for (const [view, name, cells] of [
        ['2011', t.table2011, 22],
        ['toutes', undefined, 121],
      ] as const) {
        await openRoute(page, `/formations?vue=${view}`, lang)
        await page.emulateMedia({ media: 'print' })
        const table = name
          ? page.getByRole('table', { name })
          : page.locator('.matrix--many .matrix-table')
        await expect(table).toBeVisible()
        await expect(page.getByRole('button', { name: t.print })).toBeHidden()
        await expect(page.locator('.compare__controls').first()).toBeHidden()
        const whys = table.locator('.why')
        const count = await whys.count()
        expect(count).toBe(cells)
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
      const table = page.getByRole('table', { name: t.todayTable })
      await expect(table.getByRole('columnheader')).toHaveCount(3)
      await expect(table.getByRole('rowheader', { name: t.skill })).toBeVisible()
      await expect(table.getByRole('columnheader', { name: /BTS MCO/ })).toBeVisible()

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
        columnAbbr: 'BTS MCO',
        cellTag: 'TD',
      })
      await expect(table.getByRole('row', { name: new RegExp(t.skill) })).toMatchAriaSnapshot(`
        - row:
          - rowheader "${t.skill}"
          - cell
          - cell
      `)

      // The justification opens from the keyboard and says what it is about.
      const toggle = table.getByRole('button', { name: new RegExp(`${t.skill}, BTS MCO`) })
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

test('the first route for an adviser, from each level, on a phone', async ({ page }) => {
  await page.setViewportSize(PHONE)
  const expected = [
    ['troisieme', 'Bac pro', 'Affelnet'],
    ['lycee-gt', 'BTS', 'Parcoursup'],
    ['bac-pro', 'BTS', 'Parcoursup'],
    ['post-bac', 'BTS', 'Parcoursup'],
    ['adulte', 'TP CRCD', 'France Travail'],
  ] as const
  for (const [level, course, way] of expected) {
    await openRoute(page, `/formations?niveau=${level}&metier=conseiller-clientele`)
    const first = page.locator('.route-card').first()
    const step = first.locator('.route-step').nth(1)
    await expect(step.locator('.diploma-name strong').first()).toContainText(course)
    await expect(step.locator('.route-step__facts dd').first()).toContainText(way)
    expect(await overflows(page)).toBe(false)
  }
  await expectNoAxeViolations(page)
})

test('projected at 1280 × 720, today’s comparison keeps large type', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openRoute(page, '/formations')
  const size = await page
    .getByRole('table', { name: TEXT.fr.todayTable })
    .locator('tbody th')
    .first()
    .evaluate((th) => parseFloat(getComputedStyle(th).fontSize))
  expect(size).toBeGreaterThanOrEqual(19)
  await expectNoAxeViolations(page)
})
