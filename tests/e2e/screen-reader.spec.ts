import { expect, openRoute, test } from './helpers'
import { announcements, recordAnnouncements } from './live-regions'
import { FIXER_ANSWERS, savedQuiz, seed } from './quiz-helpers'

/**
 * The screen-reader pass: the accessibility tree of a question, the review, the results and a
 * class-mode step (roles, names, order), and what the live regions announce — each change once,
 * in order. Snapshots are partial: they name what a screen reader must meet, in that order.
 */
test('a question: its group named by the prompt, the heading, the help, each choice, the actions', async ({
  page,
}) => {
  await recordAnnouncements(page)
  await openRoute(page, '/quiz?longueur=courte')
  await page.getByRole('button', { name: 'Commencer' }).click()
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - main:
      - paragraph: Ton parcours
      - status: Question 1 sur 16
      - group "Où en es-tu aujourd’hui ?":
        - heading "Où en es-tu aujourd’hui ?" [level=1]
        - paragraph: /Cette réponse ne compte pas dans les résultats/
        - radio "Je suis en 3e"
        - radio "Je suis au lycée général ou technologique"
        - radio "Je prépare un bac pro"
        - radio /J’ai le bac et je continue mes études/
        - radio "Je suis adulte et je veux changer de métier"
      - button "Retour"
      - button "Passer cette question"
      - button "Suivant" [disabled]
  `)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  // Next without an answer: the hint once; the same press again says nothing new.
  const next = page.getByRole('button', { name: 'Suivant', exact: true })
  await next.dispatchEvent('click')
  await expect(page.getByRole('alert')).toHaveText('Choisis une réponse, ou passe la question.')
  await next.dispatchEvent('click')
  await page.getByRole('radio', { name: 'Je prépare un bac pro' }).check()
  await next.click()
  const progress = page.locator('.quiz-progress').getByRole('status')
  await expect(progress).toHaveText('Question 2 sur 16')
  await page.locator('fieldset input').first().check()
  await next.click()
  await expect(progress).toHaveText('Question 3 sur 16')
  // The hint is gone on a new question: nothing left to announce from it.
  await expect(page.locator('.quiz-question__hint')).toHaveText('')
  expect(await announcements(page)).toEqual([
    'Question 1 sur 16',
    'Choisis une réponse, ou passe la question.',
    'Question 2 sur 16',
    'Question 3 sur 16',
  ])
})

test('the review: one list item per question, its answer, and a button naming the question', async ({
  page,
}) => {
  await seed(page, savedQuiz({ length: 'short', finished: true, answers: FIXER_ANSWERS }))
  await openRoute(page, '/quiz/relecture')
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - main:
      - heading "Relis tes réponses" [level=1]
      - paragraph: /tu peux encore changer une réponse/
      - button "Voir mes résultats"
      - button "Retour"
      - heading /\\d+ réponses/ [level=2]
      - list:
        - listitem:
          - paragraph: Je prépare un bac pro
          - paragraph: Où en es-tu aujourd’hui ?
          - button "Modifier la réponse à « Où en es-tu aujourd’hui ? »": Modifier
        - listitem:
          - paragraph: "Installer le matériel : ordinateurs, son, vidéoprojecteur"
          - paragraph: /Ton établissement organise une journée portes ouvertes/
          - button /Modifier la réponse à « Ton établissement/
  `)
  await expect(page.locator('.quiz-review').getByRole('listitem')).toHaveCount(
    Object.keys(FIXER_ANSWERS).length,
  )
})

test('the results: the top match as a region, its role, closeness, reasons and next step; no live announcement on arrival', async ({
  page,
}) => {
  await recordAnnouncements(page)
  await seed(page, savedQuiz({ length: 'short', finished: true, answers: FIXER_ANSWERS }))
  await openRoute(page, '/resultats')
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - main:
      - heading "Tes résultats" [level=1]
      - paragraph: /D’après 14 réponses/
      - region "Le métier le plus proche de toi":
        - heading "Le métier le plus proche de toi" [level=2]
        - article "Conseiller·ère support technique":
          - heading "Conseiller·ère support technique" [level=3]:
            - link "Conseiller·ère support technique"
          - paragraph: /Proche \\d+ %/
          - heading "Pourquoi" [level=3]
          - list:
            - listitem: /^Technique, dépannage/
            - listitem: /^Chercher, analyser/
          - heading "Et maintenant ?" [level=3]
          - paragraph: Regarde les BTS qui mènent à ce métier, souvent en alternance.
      - region "Ton code de résultat":
        - heading "Ton code de résultat" [level=2]
        - paragraph:
          - strong: /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/
        - paragraph:
          - button "Copier le code"
          - button "Copier le lien"
        - status
      - region "D’autres métiers proches"
  `)
  await page.getByRole('button', { name: 'Copier le code' }).click()
  await expect(page.locator('.results-code__status')).not.toHaveText('')
  const said = await announcements(page)
  expect(said).toHaveLength(1)
})

test('a class-mode step: the steps as navigation, then the step’s region, its field and list', async ({
  page,
}) => {
  await recordAnnouncements(page)
  await openRoute(page, '/classe?etape=codes')
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - main:
      - heading "Mode classe" [level=1]
      - navigation "Les étapes de la séance":
        - list:
          - listitem:
            - link "Préparer"
          - listitem:
            - link "Projeter le lien"
          - listitem:
            - link /Vrai ou faux/
          - listitem:
            - link "Recueillir les codes"
          - listitem:
            - link "Tableau de la classe"
      - region "Recueillir les codes de résultat":
        - heading "Recueillir les codes de résultat" [level=2]
        - textbox "Codes de résultat"
        - paragraph:
          - button "Ajouter les codes"
        - region "Aucun code dans la liste"
  `)
  expect(await announcements(page)).toEqual([])
})
