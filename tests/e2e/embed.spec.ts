import { expect, expectNoAxeViolations, openHostPage, openRoute, test } from './helpers'

test('the embed page has no axe violation in French and English', async ({ page }) => {
  for (const lang of ['fr', 'en'] as const) {
    await openRoute(page, '/integrer', lang)
    await expectNoAxeViolations(page)
  }
})

test('a host page pastes the snippet: the frame sizes itself, uses the colour, keeps its own save', async ({
  page,
  baseURL,
}) => {
  await openRoute(page, '/integrer')
  await page.getByRole('textbox', { name: 'Couleur principale' }).fill('#b42318')
  const snippet = await page
    .getByRole('textbox', { name: 'Code HTML à coller dans votre page' })
    .inputValue()
  expect(snippet).toContain(new URL(baseURL ?? '').origin)

  await openHostPage(
    page,
    `<!doctype html><html lang="fr"><body><h1>Site du lycée</h1>${snippet}</body></html>`,
  )
  const frameElement = page.locator('#cap-relation-client-1')
  const frame = page.frameLocator('#cap-relation-client-1')
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
    'Quel métier de la relation client est fait pour toi ?',
  )
  await expect(frame.getByRole('contentinfo')).toBeHidden()
  await expect
    .poll(async () => (await frameElement.boundingBox())?.height ?? 0)
    .toBeGreaterThan(700)
  const startButton = frame.getByRole('link', { name: /Version courte/ })
  await expect(startButton).toHaveCSS('background-color', 'rgb(180, 35, 24)')

  await frame.getByRole('button', { name: /EN/ }).click()
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
    'Which customer-relations job is right for you?',
  )
  const saves = await page.frames()[1]?.evaluate(() => ({
    embedded: JSON.parse(localStorage.getItem('cap-relation-client:integre') ?? '{}').state
      ?.settings?.locale,
    full: JSON.parse(localStorage.getItem('cap-relation-client') ?? '{}').state?.settings?.locale,
  }))
  expect(saves?.embedded).toBe('en')
  expect(saves?.full).not.toBe('en')
})

test('the host page hears "started" and "completed", and nothing else', async ({ page }) => {
  test.setTimeout(90_000)
  await openRoute(page, '/integrer')
  await page
    .getByRole('combobox', { name: 'Écran de départ' })
    .selectOption({ label: 'Questionnaire, version courte' })
  const snippet = await page
    .getByRole('textbox', { name: 'Code HTML à coller dans votre page' })
    .inputValue()
  await openHostPage(
    page,
    `<!doctype html><html lang="fr"><body><h1>Orientation</h1>${snippet}
     <script>
       window.heard = []
       for (const name of ['started', 'completed'])
         document.addEventListener('cap-relation-client:' + name, () => window.heard.push(name))
     </script></body></html>`,
  )
  const frame = page.frameLocator('#cap-relation-client-1')
  await frame.getByRole('button', { name: 'Commencer' }).click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
    .toEqual(['started'])

  for (let step = 0; step < 40; step++) {
    if (await frame.getByRole('button', { name: 'Voir mes résultats' }).isVisible()) break
    const boxes = frame.locator('fieldset input[type="checkbox"]')
    if (await boxes.count()) {
      await boxes.nth(0).check()
      await boxes.nth(1).check()
    } else await frame.locator('fieldset input[type="radio"]').first().check()
    await frame.getByRole('button', { name: 'Suivant' }).click()
  }
  await frame.getByRole('button', { name: 'Voir mes résultats' }).click()
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Tes résultats')
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
    .toEqual(['started', 'completed'])
})
