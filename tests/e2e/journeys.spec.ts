import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { FIXER_ANSWERS, heading, savedQuiz, seed } from './quiz-helpers'

/** The student journey across features: results → training guide → job page → back. */
const FIXER = savedQuiz({ length: 'short', finished: true, answers: FIXER_ANSWERS })

for (const lang of ['fr', 'en'] as const) {
  test(`results open the training guide on the student's level and top role (${lang})`, async ({
    page,
  }) => {
    const t =
      lang === 'fr'
        ? {
            results: 'Tes résultats',
            guideLink: /^Voir les formations pour devenir/,
            level: 'Où en es-tu ?',
            role: 'Quel métier vises-tu ?',
            best: /meilleure|couvre le mieux/i,
          }
        : {
            results: 'Your results',
            guideLink: /^See the training to become/,
            level: 'Where are you now?',
            role: 'Which job are you aiming for?',
            best: /best/i,
          }
    await seed(page, FIXER)
    await openRoute(page, '/resultats', lang)
    await expect(heading(page)).toHaveText(t.results)
    const top = page.getByRole('article').first()
    const roleName = (await top.getByRole('heading').first().textContent())?.trim() ?? ''

    await top.getByRole('link', { name: t.guideLink }).click()
    await expect(page).toHaveURL(/formations\/\?niveau=bac-pro&metier=support-technique/)
    await expect(page.getByRole('combobox', { name: t.level })).toHaveValue('bac-pro')
    await expect(page.getByRole('combobox', { name: t.role })).toHaveValue('support-technique')
    await expect(page.getByRole('combobox', { name: t.role }).locator('option:checked')).toHaveText(
      roleName,
    )
    await expect(page.getByRole('heading', { name: t.best }).first()).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goBack()
    await expect(heading(page)).toHaveText(t.results)
  })
}

test('a job page leads to the guide on that job, and the guide back to the job', async ({
  page,
}) => {
  await openRoute(page, '/metiers/planificateur')
  await page.getByRole('link', { name: 'Voir les formations pour ce métier' }).click()
  await expect(page).toHaveURL(/formations\/\?metier=planificateur/)
  await expect(page.getByRole('combobox', { name: 'Quel métier vises-tu ?' })).toHaveValue(
    'planificateur',
  )
  await page
    .getByRole('link', { name: /fiche métier/i })
    .first()
    .click()
  await expect(heading(page)).toContainText('planification')
})
