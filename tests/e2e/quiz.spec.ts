import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { answerWithMouse, heading, progress, savedQuiz, seed, tabTo } from './quiz-helpers'

test('the short quiz with the keyboard alone, focus on each question, no axe violation (FR)', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const started = Date.now()
  await openRoute(page, '/quiz?longueur=courte')
  await expect(heading(page)).toHaveText('Questionnaire')
  await expect(page.getByRole('radio', { name: /Version courte/ })).toBeChecked()
  await expectNoAxeViolations(page)
  await tabTo(page, 'Commencer')
  await page.keyboard.press('Enter')

  let questions = 0
  let last: [number, number] = [0, Infinity]
  while (!/relecture$/.test(page.url())) {
    await expect(page).toHaveURL(/quiz\/\?question=[a-z-]+$/)
    await expect(heading(page)).toBeFocused()
    const [n, m] = await progress(page)
    expect(n).toBe(last[0] + 1)
    expect(m).toBeLessThanOrEqual(last[1])
    last = [n, m]
    questions++
    if (questions <= 4 || questions % 4 === 0) await expectNoAxeViolations(page)

    const checkbox = page.locator('fieldset input[type="checkbox"]').first()
    const url = page.url()
    // Into the choices: the first Tab from the heading lands on the first one.
    await page.keyboard.press('Tab')
    if (await checkbox.count()) {
      await page.keyboard.press('Space')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Space')
      await expect(page.locator('fieldset input:checked')).toHaveCount(2)
    } else {
      // Arrow keys move between radios and select; nothing moves on by itself.
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowUp')
      await expect(page.locator('fieldset input:checked')).toHaveCount(1)
      await expect(page).toHaveURL(url)
    }
    await tabTo(page, 'Suivant')
    await page.keyboard.press('Enter')
    await expect(page).not.toHaveURL(url)
  }
  expect(questions).toBeGreaterThanOrEqual(12)
  expect(questions).toBeLessThanOrEqual(16)
  expect(questions).toBe(last[1])

  await expect(heading(page)).toHaveText('Relis tes réponses')
  await expect(heading(page)).toBeFocused()
  await expect(page.getByRole('button', { name: /^Modifier la réponse à/ })).toHaveCount(questions)
  await expectNoAxeViolations(page)
  await tabTo(page, 'Voir mes résultats')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/resultats\/$/)
  await expect(heading(page)).toHaveText('Tes résultats')
  await expect(page.getByTestId('result-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  test.info().annotations.push({
    type: 'timing',
    description: `short quiz by keyboard, ${questions} questions, ${((Date.now() - started) / 1000).toFixed(1)} s (machine time with axe checks)`,
  })
})

test('reload in the middle: the same question, every answer kept; the URL follows each question', async ({
  page,
}) => {
  await openRoute(page, '/quiz?longueur=courte')
  await page.getByRole('button', { name: 'Commencer' }).click()
  await expect(page).toHaveURL(/quiz\/\?question=niveau$/)
  await page.getByRole('radio', { name: 'Je prépare un bac pro' }).check()
  await page.getByRole('button', { name: 'Suivant', exact: true }).click()
  await page.getByRole('radio', { name: /Installer le matériel/ }).check()
  await page.getByRole('button', { name: 'Suivant', exact: true }).click()
  await expect(page).toHaveURL(/quiz\/\?question=expose$/)
  await page.getByRole('radio', { name: /Chercher les informations/ }).check()

  await page.reload()
  await expect(page).toHaveURL(/quiz\/\?question=expose$/)
  await expect(heading(page)).toHaveText(/Vous préparez un exposé/)
  await expect(page.getByRole('radio', { name: /Chercher les informations/ })).toBeChecked()
  expect(await progress(page)).toEqual([3, expect.any(Number)])
  await page.getByRole('button', { name: 'Retour' }).click()
  await expect(page.getByRole('radio', { name: /Installer le matériel/ })).toBeChecked()
  await page.getByRole('button', { name: 'Retour' }).click()
  await expect(page.getByRole('radio', { name: 'Je prépare un bac pro' })).toBeChecked()
})

test('the browser Back and Forward buttons move between questions', async ({ page }) => {
  await openRoute(page, '/quiz?longueur=complete')
  await page.getByRole('button', { name: 'Commencer' }).click()
  await answerWithMouse(page, 4)
  await answerWithMouse(page, 0)
  await expect(page).toHaveURL(/quiz\/\?question=expose$/)
  const [n, m] = await progress(page)
  await page.goBack()
  await expect(page).toHaveURL(/quiz\/\?question=portes-ouvertes$/)
  await expect(heading(page)).toHaveText(/journée portes ouvertes/)
  await expect(page.locator('fieldset input').first()).toBeChecked()
  await page.goBack()
  await expect(heading(page)).toHaveText('Où en es-tu aujourd’hui ?')
  await page.goForward()
  await page.goForward()
  await expect(page).toHaveURL(/quiz\/\?question=expose$/)
  expect(await progress(page)).toEqual([n, m])
  // A question further on cannot be opened by typing its address: the quiz opens the first
  // question still to answer (here, the one it was on) and puts the address right.
  await page.goto('./#/quiz/regles')
  await expect(page).toHaveURL(/quiz\/\?question=expose$/)
  await expect(heading(page)).toHaveText(/Vous préparez un exposé/)
})

test('a branch opens from an earlier answer and closes again, dropping its answers', async ({
  page,
}) => {
  await seed(
    page,
    savedQuiz({
      length: 'short',
      finished: false,
      answers: {
        niveau: 'adulte',
        'portes-ouvertes': 'materiel',
        expose: 'chercher',
        'client-colere': 'ecouter',
        'box-panne': 'diagnostiquer',
        'trente-chats': 'jongler',
        'nouvelle-offre': 'defi',
        planning: 'calculer',
        'nouvelle-collegue': 'former',
        'reseau-plainte': 'verifier',
        urgence: 'organiser',
      },
    }),
  )
  await openRoute(page, '/quiz/envies')
  await expect(heading(page)).toHaveText(/Parmi ces activités/)
  await page.getByRole('checkbox', { name: /Dépanner/ }).check()
  await page.getByRole('checkbox', { name: /langue des signes/ }).check()
  // A third choice is refused, and the student is told why.
  await page.getByRole('checkbox', { name: /Convaincre/ }).check({ trial: true })
  await page.getByRole('checkbox', { name: /Convaincre/ }).click()
  await expect(page.getByRole('checkbox', { name: /Convaincre/ })).not.toBeChecked()
  await expect(page.getByRole('alert')).toHaveText(/2 réponses au plus/)
  await page.getByRole('button', { name: 'Suivant', exact: true }).click()
  await answerWithMouse(page, 3) // telephone-journee
  await answerWithMouse(page, 3) // calme
  await expect(heading(page)).toHaveText(/Guider quelqu’un à distance/)
  await answerWithMouse(page, 4)
  await expect(heading(page)).toHaveText(/Quelle langue/)
  await answerWithMouse(page, 1)
  await expect(heading(page)).toHaveText('Relis tes réponses')
  await expect(page.getByText('La langue des signes française (LSF)')).toBeVisible()

  await page.getByRole('button', { name: /Modifier la réponse à « Parmi ces activités/ }).click()
  await page.getByRole('checkbox', { name: /langue des signes/ }).uncheck()
  await page.getByRole('button', { name: 'Suivant', exact: true }).click()
  await expect(heading(page)).toHaveText('Relis tes réponses')
  await expect(page.getByText('La langue des signes française (LSF)')).toHaveCount(0)
  const saved = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('cap-relation-client') ?? '{}'),
  )
  expect(saved.state.quiz.answers['quelle-langue']).toBeUndefined()
  expect(saved.state.quiz.answers['guider-distance']).toBe(5)
})

test('answers to questions that no longer exist are dropped, with a notice', async ({ page }) => {
  await seed(
    page,
    savedQuiz({
      length: 'short',
      finished: false,
      answers: { niveau: 'adulte', 'question-retiree': 'oui', expose: 'option-retiree' },
    }),
  )
  await openRoute(page, '/quiz')
  await expect(
    page.getByRole('status').filter({ hasText: 'Le questionnaire a changé' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Reprendre là où j’en étais' }).click()
  await expect(page).toHaveURL(/quiz\/\?question=portes-ouvertes$/)
})

for (const lang of ['fr', 'en'] as const) {
  test(`every kind of quiz screen has no axe violation (${lang}), at 320 px too`, async ({
    page,
  }) => {
    // Seven axe runs: each is real work that takes seconds on a busy machine.
    test.setTimeout(120_000)
    await page.setViewportSize({ width: 320, height: 700 })
    await openRoute(page, '/quiz?longueur=complete', lang)
    await expectNoAxeViolations(page)
    const next = lang === 'fr' ? 'Suivant' : 'Next'
    await page.getByRole('button', { name: lang === 'fr' ? 'Commencer' : 'Start' }).click()
    for (let i = 0; i < 6; i++) {
      await expectNoAxeViolations(page)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      )
      expect(overflow).toBe(false)
      await answerWithMouse(page, 1, next)
    }
    // Pressing Next without an answer says what to do instead of moving on.
    await page.getByRole('button', { name: next, exact: true }).click({ force: true })
    await expect(page.getByRole('alert')).toHaveText(
      lang === 'fr' ? /Choisis une réponse/ : /Choose an answer/,
    )
    await expectNoAxeViolations(page)
  })
}
