/**
 * The results moment on a phone: the top match on the first screen with the student's strengths,
 * a reveal that can be skipped (and never plays with reduced motion), and a share card made on
 * the device whose QR code a real reader decodes to the results link.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { FIXER_ANSWERS, savedQuiz, seed } from './quiz-helpers'

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
]

for (const viewport of PHONES)
  test(`${viewport.width} × ${viewport.height}: the top match and its strengths on the first screen, the reveal skippable`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await seed(page, savedQuiz({ length: 'short', finished: true, answers: FIXER_ANSWERS }))
    await openRoute(page, '/resultats')
    const role = page.locator('.match--top .match__role')
    await expect(role).toHaveText('Conseiller·ère support technique')
    const box = await role.boundingBox()
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height)
    await expect(page.locator('.strengths__item').first()).toContainText('Technique, dépannage')

    // The first showing plays the reveal; it can be skipped, and then is gone.
    const skip = page.getByRole('button', { name: 'Passer l’animation' })
    // (It may end by itself first: pressed only while it is there, without waiting for it.)
    await page
      .locator('.top-match__skip')
      .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()))
    await expect(skip).toBeHidden()
    await expectNoAxeViolations(page)
    // Shown again in this tab: no reveal.
    await page.reload()
    await expect(role).toBeVisible()
    await expect(skip).toHaveCount(0)
  })

test('with reduced motion, the results never animate', async ({ browser }) => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    locale: 'fr-FR',
    viewport: PHONES[0],
  })
  const page = await context.newPage()
  await seed(page, savedQuiz({ length: 'short', finished: true, answers: FIXER_ANSWERS }))
  await openRoute(page, '/resultats')
  await expect(page.locator('.match--top .match__role')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Passer l’animation' })).toHaveCount(0)
  await expect(page.locator('.top-match[data-revealing]')).toHaveCount(0)
  await context.close()
})

test('the share card: a PNG made on the device, its QR code decodes to the results link', async ({
  page,
}, testInfo) => {
  await page.setViewportSize(PHONES[0]!)
  await seed(page, savedQuiz({ length: 'short', finished: true, answers: FIXER_ANSWERS }))
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await openRoute(page, '/resultats')
  const code = (await page.getByTestId('result-code').textContent()) ?? ''
  const link = await page.evaluate((c) => `${window.location.origin}/resultats/?code=${c}`, code)
  const before = requests.length

  await page.getByRole('button', { name: 'Créer mon image' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Ton image est prête.' })).toBeVisible()
  const card = page.getByRole('img', { name: /^Image à partager : mon métier le plus proche/ })
  await expect(card).toBeVisible()
  await expect(card).toHaveAccessibleName(/Conseiller·ère support technique/)

  // The PNG itself: 1080 × 1350, and a real QR reader finds the results link in it.
  const png = await card.evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL('image/png'))
  const bytes = Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64')
  expect(bytes.readUInt32BE(16)).toBe(1080)
  expect(bytes.readUInt32BE(20)).toBe(1350)
  const file = testInfo.outputPath('share-card.png')
  writeFileSync(file, bytes)
  const read = spawnSync('zbarimg', ['-q', '--raw', file], { encoding: 'utf8' })
  expect(read.status, read.stderr).toBe(0)
  expect(read.stdout.trim()).toBe(link)

  // Saved as a file; nothing was sent anywhere to make it.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Enregistrer l’image' }).click()
  expect((await download).suggestedFilename()).toBe('mes-resultats-cap-relation-client.png')
  expect(requests.slice(before).filter((url) => !url.startsWith('blob:'))).toEqual([])
  await expectNoAxeViolations(page)
})
