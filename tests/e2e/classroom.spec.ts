import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { PERSONAS } from '../fixtures/questionnaire/personas'
import { seed, studentCode, tabTo } from './quiz-helpers'

/** Finished short questionnaires of the students (the results tests' personas). */
const STUDENTS = { fixer: PERSONAS.fixer, leader: PERSONAS.leader }

const TEXT = {
  fr: {
    next: (step: RegExp | string) => ({ name: new RegExp(`^Étape suivante : ${step}`) }),
    project: 'Projeter le lien',
    warmUp: 'Vrai ou faux \\?',
    gather: 'Recueillir les codes',
    board: 'Tableau de la classe',
    english: 'English',
    french: 'Français',
    enter: 'Plein écran pour projeter',
    exit: 'Quitter le plein écran (Échap)',
    qr: 'QR code du lien : ',
    vrai: 'Vrai',
    nextStatement: /^(Affirmation suivante|Voir le score de la classe)$/,
    progress: /^Affirmation (\d+) sur (\d+)$/,
    score: /bonnes? réponses? sur \d+/,
    codes: 'Codes de résultat',
    add: 'Ajouter les codes',
    addAnyway: (code: string) => `Ajouter ${code} une seconde fois`,
    addedAnyway: /^1 code ajouté\. La liste compte 3 codes\.$/,
    rejected: 'Un code n’a pas pu être lu',
    checksum: /faute de frappe/,
    valid: '3 codes valides',
    firstRoles: /^Le métier le plus proche de chaque élève/,
    showTable: 'Voir les données sous forme de tableau',
    csv: 'Télécharger le tableau (CSV)',
    csvHeader:
      'Classe;Code;Longueur;Version du questionnaire;Niveau;Résultat;Métier 1;Score 1 (sur 100);Métier 2;Score 2 (sur 100);Métier 3;Score 3 (sur 100)',
    csvFile: /^tableau-classe-\d{4}-\d{2}-\d{2}\.csv$/,
    separator: ';',
    save: 'Enregistrer la séance (fichier)',
    sessionFile: /^seance-classe-\d{4}-\d{2}-\d{2}\.json$/,
    clear: 'Effacer les codes de la séance',
    confirmClear: 'Oui, effacer les codes',
    import: 'Reprendre une séance enregistrée (fichier .json)',
    imported: 'Fichier importé : 3 nouveaux codes. La liste compte 3 codes.',
    badFile: /^Ce fichier n’a pas pu être importé/,
    print: 'Imprimer le tableau',
    stepsNav: 'Les étapes de la séance',
  },
  en: {
    next: (step: RegExp | string) => ({ name: new RegExp(`^Next step: ${step}`) }),
    project: 'Project the link',
    warmUp: 'True or false\\?',
    gather: 'Gather the codes',
    board: 'Class board',
    english: 'English',
    french: 'Français',
    enter: 'Full screen for the projector',
    exit: 'Leave full screen (Esc)',
    qr: 'QR code for the link: ',
    vrai: 'True',
    nextStatement: /^(Next statement|See the class’s score)$/,
    progress: /^Statement (\d+) of (\d+)$/,
    score: /right answers? out of \d+/,
    codes: 'Result codes',
    add: 'Add the codes',
    addAnyway: (code: string) => `Add ${code} a second time`,
    addedAnyway: /^1 code added\. The list has 3 codes\.$/,
    rejected: 'One code could not be read',
    checksum: /typing mistake/,
    valid: '3 valid codes',
    firstRoles: /^Each student’s closest job/,
    showTable: 'Show the data as a table',
    csv: 'Download the board (CSV)',
    csvHeader:
      'Class,Code,Length,Questionnaire version,Level,Result,Job 1,Score 1 (out of 100),Job 2,Score 2 (out of 100),Job 3,Score 3 (out of 100)',
    csvFile: /^class-board-\d{4}-\d{2}-\d{2}\.csv$/,
    separator: ',',
    save: 'Save the session (file)',
    sessionFile: /^class-session-\d{4}-\d{2}-\d{2}\.json$/,
    clear: 'Clear the session’s codes',
    confirmClear: 'Yes, clear the codes',
    import: 'Carry on with a saved session (.json file)',
    imported: 'File imported: 3 new codes. The list has 3 codes.',
    badFile: /^This file could not be imported/,
    print: 'Print the board',
    stepsNav: 'The steps of the session',
  },
} as const

const zbarAvailable = spawnSync('zbarimg', ['--version']).status === 0

/** No horizontal scrolling at this width. */
async function expectNoOverflow(page: Page, what: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow, what).toBeLessThanOrEqual(0)
}

for (const lang of ['fr', 'en'] as const) {
  const t = TEXT[lang]

  test(`a class hour, end to end (${lang}): set-up, projector, warm-up, codes, board, CSV, session file, reload, print`, async ({
    page,
    browser,
  }, testInfo) => {
    test.slow()
    const codes = [
      await studentCode(browser, STUDENTS.fixer),
      await studentCode(browser, STUDENTS.leader),
      await studentCode(browser, STUDENTS.fixer),
    ]

    // 1. Set up: a short class, in the page's language.
    await openRoute(page, '/classe', lang)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      lang === 'fr' ? 'Mode classe' : 'Class mode',
    )
    await expect(
      page.getByText(lang === 'fr' ? /Ne demandez ni nom ni prénom/ : /Ask for no names/),
    ).toBeVisible()
    await page.getByRole('radio', { name: lang === 'fr' ? t.french : t.english }).check()
    await expectNoAxeViolations(page)

    // 2. The projector view: the link in large type and its QR code.
    await page.getByRole('link', t.next(t.project)).click()
    await expect(page.getByRole('heading', { level: 2, name: t.project })).toBeFocused()
    await expect(page).toHaveURL(/classe\/\?etape=projeter/)
    const link = await page.getByTestId('student-link').textContent()
    expect(link).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/quiz/\\?longueur=courte&lang=${lang}$`),
    )
    const qr = page.getByRole('img', { name: `${t.qr}${link}` })
    await expect(qr).toBeVisible()
    await expectNoAxeViolations(page)
    if (zbarAvailable) {
      // A real QR reader decodes what is on the screen.
      const file = testInfo.outputPath('qr.png')
      await qr.screenshot({ path: file })
      const read = spawnSync('zbarimg', ['-q', '--raw', file], { encoding: 'utf8' })
      expect(read.stdout.trim()).toBe(link)
    }
    await page.getByRole('button', { name: t.enter }).click()
    const exit = page.getByRole('button', { name: t.exit })
    await expect(exit).toBeFocused()
    // The projection covers the window, the site's header included.
    const covers = await page.evaluate(() => {
      const top = document.elementFromPoint(10, 10)
      return !!top?.closest('.classroom-stage') && !top.closest('.site-header')
    })
    expect(covers).toBe(true)
    await expect(page.getByTestId('student-link')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(exit).toBeHidden()
    await expect(page.getByRole('button', { name: t.enter })).toBeFocused()

    // 3. The warm-up, projected and played to the end.
    await page.getByRole('link', t.next(t.warmUp)).click()
    await page.getByRole('button', { name: t.enter }).click()
    const progress = page.getByText(t.progress)
    const total = Number(t.progress.exec((await progress.textContent()) ?? '')?.[2])
    expect(total).toBeGreaterThanOrEqual(8)
    for (let n = 1; n <= total; n++) {
      await expect(progress).toHaveText(t.progress)
      await page.getByRole('button', { name: t.vrai, exact: true }).click()
      if (n === 1) await expectNoAxeViolations(page)
      await page.getByRole('button', { name: t.nextStatement }).click()
    }
    await expect(page.getByText(t.score).first()).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')

    // 4. The codes: three real ones and a typo; the typo stays in the box with its reason.
    await page.getByRole('link', t.next(t.gather)).click()
    const typo = codes[1]!.slice(0, -1) + (codes[1]!.endsWith('0') ? '1' : '0')
    const box = page.getByRole('textbox', { name: t.codes })
    await box.fill([codes[0], typo, codes[1]?.toLowerCase(), codes[2]].join('\n'))
    await page.getByRole('button', { name: t.add }).click()
    // The third code is the first one again: two students with the same answers. Add it anyway.
    await page.getByRole('button', { name: t.addAnyway(codes[2]!) }).click()
    await expect(page.getByRole('status').filter({ hasText: t.addedAnyway })).toBeVisible()
    await expect(box).toHaveValue(typo)
    await expect(page.getByRole('region', { name: t.rejected })).toContainText(t.checksum)
    await expectNoAxeViolations(page)

    // 5. The class board.
    await page.getByRole('link', t.next(t.board)).click()
    await expect(page.getByTestId('valid-codes')).toHaveText(t.valid)
    const chart = page.getByRole('img', { name: t.firstRoles })
    await expect(chart).toBeVisible()
    const figure = page.locator('figure').filter({ has: chart })
    await figure.getByText(t.showTable).click()
    await expect(figure.getByRole('row')).toHaveCount(3)
    await expectNoAxeViolations(page)

    // The CSV: one row per code, no names.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.csv }).click(),
    ])
    expect(csvDownload.suggestedFilename()).toMatch(t.csvFile)
    const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8').replace(/^\uFEFF/, '')
    const rows = csv.trimEnd().split('\r\n')
    expect(rows[0]).toBe(t.csvHeader)
    expect(rows.slice(1).map((row) => row.split(t.separator)[1])).toEqual(codes)

    // The session to a file; cleared; then imported back.
    const [sessionDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: t.save }).click(),
    ])
    expect(sessionDownload.suggestedFilename()).toMatch(t.sessionFile)
    const sessionPath = testInfo.outputPath('session.json')
    await sessionDownload.saveAs(sessionPath)
    expect(JSON.parse(readFileSync(sessionPath, 'utf8')).session.codes).toEqual(codes)
    await page.getByRole('button', { name: t.clear }).click()
    await page.getByRole('button', { name: t.confirmClear }).click()
    await expect(page.getByTestId('valid-codes')).toHaveCount(0)
    const badPath = testInfo.outputPath('bad.json')
    writeFileSync(badPath, 'not a session')
    await page.getByLabel(t.import).setInputFiles(badPath)
    await expect(page.getByRole('alert')).toHaveText(t.badFile)
    await page.getByLabel(t.import).setInputFiles(sessionPath)
    await expect(page.getByRole('status').filter({ hasText: t.imported })).toBeVisible()
    await expect(page.getByTestId('valid-codes')).toHaveText(t.valid)

    // A reload keeps the session.
    await page.reload()
    await expect(page.getByTestId('valid-codes')).toHaveText(t.valid)

    // Print: the board alone, on one A4 page.
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(page.getByRole('navigation', { name: t.stepsNav })).toBeHidden()
    await expect(page.getByRole('button', { name: t.print })).toBeHidden()
    await expect(chart).toBeVisible()
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages).toHaveLength(1)
  })
}

for (const textSize of ['normal', 'large'] as const)
  test(`every step fits 320 px and a 200 % zoom without horizontal scrolling (text ${textSize})`, async ({
    page,
    browser,
  }) => {
    test.slow()
    const code = await studentCode(browser, STUDENTS.leader)
    await seed(
      page,
      JSON.stringify({
        state: {
          settings: { locale: 'fr', textSize },
          quiz: null,
          classroom: { length: 'short', locale: 'fr', warmUp: true, codes: [code, 'ABCD-EFGH-JK'] },
        },
        version: 3,
      }),
    )
    // 320 px wide; and a 1280 px window at 200 % zoom, which lays out as 640 px.
    for (const width of [320, 640])
      for (const step of ['preparer', 'projeter', 'vrai-ou-faux', 'codes', 'tableau']) {
        await page.setViewportSize({ width, height: 700 })
        await openRoute(page, `/classe?etape=${step}`)
        await expectNoOverflow(page, `${step} at ${width} px`)
        if (step === 'codes' && width === 320) {
          await page.getByRole('textbox', { name: 'Codes de résultat' }).fill('x'.repeat(60))
          await page.getByRole('button', { name: 'Ajouter les codes' }).click()
          await expectNoOverflow(page, 'a long bad code at 320 px')
          await expectNoAxeViolations(page)
        }
        if (step === 'projeter') {
          await page.getByRole('button', { name: 'Plein écran pour projeter' }).click()
          await expectNoOverflow(page, `projection at ${width} px`)
          await page.keyboard.press('Escape')
        }
      }
  })

test('keyboard only: set up, move between steps, gather and remove codes', async ({
  page,
  browser,
}) => {
  const code = await studentCode(browser, STUDENTS.fixer)
  await openRoute(page, '/classe')
  // A radio group is one Tab stop; the arrows choose.
  await tabTo(page, /^Courte/)
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: /^Complète/ })).toBeChecked()
  await tabTo(page, 'Étape suivante : Projeter le lien')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Projeter le lien' })).toBeFocused()
  await expect(page.getByTestId('student-link')).toHaveText(/longueur=complete&lang=fr$/)
  // Full screen and back with the keyboard.
  await tabTo(page, 'Plein écran pour projeter')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Quitter le plein écran (Échap)' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Plein écran pour projeter' })).toBeFocused()

  const steps = page.getByRole('navigation', { name: 'Les étapes de la séance' })
  await steps.getByRole('link', { name: /Recueillir les codes/ }).focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { level: 2, name: 'Recueillir les codes de résultat' }),
  ).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'Codes de résultat' })).toBeFocused()
  await page.keyboard.type(`${code}\nZZZ`)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^1 code ajouté\./ })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Codes de résultat' })).toHaveValue('ZZZ')
  await tabTo(page, `Retirer ${code}`)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Aucun code dans la liste' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: `Code ${code} retiré.` })).toBeVisible()
})

test('the projector view fits a 1280 × 720 and a 1920 × 1080 screen without scrolling', async ({
  page,
}) => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height })
    await openRoute(page, '/classe?etape=projeter')
    await page.getByRole('button', { name: 'Plein écran pour projeter' }).click()
    const stage = page.locator('.classroom-stage')
    const fits = await stage.evaluate(
      (el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth,
    )
    expect(fits, `${width} × ${height}`).toBe(true)
    const box = await page.getByRole('img', { name: /^QR code du lien/ }).boundingBox()
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(height * 0.5)
    await page.getByRole('button', { name: 'Quitter le plein écran (Échap)' }).click()
  }
})
