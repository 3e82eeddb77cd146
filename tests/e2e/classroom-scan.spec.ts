import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../playwright.config'
import { classCodes } from './class-codes'
import { writeQrVideo } from './fake-camera'
import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { announcements, recordAnnouncements } from './live-regions'

const PORT = Number(process.env.E2E_PORT ?? 4173)
const ORIGIN = `http://127.0.0.1:${PORT}`

// Ten students hold up their results QR code in turn: half with today's results link, half with
// the link of after the move to real paths; then someone shows the canteen menu's QR code.
const scanned = classCodes(10, 2026)
const NOT_OURS = 'https://exemple.fr/menu-de-la-cantine'
const video = path.join(tmpdir(), `cap-relation-client-scan-${PORT}.y4m`)
writeQrVideo(video, [
  ...scanned.map((code, i) =>
    i % 2 ? `${ORIGIN}/#/resultats/${code}` : `https://exemple.fr/orientation/resultats/#${code}`,
  ),
  NOT_OURS,
])

test.use({
  launchOptions: {
    ...chromiumLaunchOptions,
    args: [
      ...chromiumLaunchOptions.args,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  },
})

const codesBox = (page: Page) => page.getByRole('textbox', { name: 'Codes de résultat' })

/** Keeps every camera stream the page opens, to check that « Arrêter la caméra » ends them all. */
async function keepStreams(page: Page) {
  await page.addInitScript(() => {
    const streams: MediaStream[] = []
    Object.defineProperty(window, '__streams', { value: streams })
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await open(constraints)
      streams.push(stream)
      return stream
    }
  })
}

test('a class hour: 10 codes scanned, 10 in one messy paste, 10 typed — 30 on the board', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const [pasted, typed] = [classCodes(10, 7), classCodes(10, 99)]
  await recordAnnouncements(page)
  await keepStreams(page)
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await openRoute(page, '/classe?etape=codes')

  await page.getByRole('button', { name: 'Scanner les codes' }).click()
  await expect(page.getByRole('heading', { name: 'Scanner les QR codes des élèves' })).toBeFocused()
  await expect(page.getByText('Caméra prête : montrez un QR code de résultats.')).toBeVisible({
    timeout: 60_000,
  })
  // Chromium plays the video in a loop: every code is read, none twice.
  await expect(page.getByRole('heading', { name: 'La liste : 10 codes' })).toBeVisible({
    timeout: 120_000,
  })
  const said = await announcements(page)
  const received = said.filter((text) => text.startsWith('Reçu :'))
  expect(received.map((text) => text.match(/\((\d+) élèves?\)$/)?.[1])).toEqual(
    Array.from({ length: 10 }, (_, i) => String(i + 1)),
  )
  expect(received.map((text) => text.split(' ')[2]).sort()).toEqual([...scanned].sort())
  // The video comes round again: the same QR codes are flagged, not added; the menu adds nothing.
  await expect(page.getByText('Déjà reçu', { exact: true }).first()).toBeVisible({
    timeout: 60_000,
  })
  await expect
    .poll(() => announcements(page), { timeout: 60_000 })
    .toContain('Ce QR code n’est pas un lien de résultats du questionnaire : rien n’a été ajouté.')
  await expect(page.getByRole('heading', { name: 'La liste : 10 codes' })).toBeVisible()
  await expectNoAxeViolations(page)

  // Keyboard only: stop the camera; every track ends and the focus goes back to the button.
  await page.getByRole('button', { name: 'Arrêter la caméra' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Scanner les codes' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Caméra arrêtée' })).toHaveText(
    'Caméra arrêtée. La liste compte 10 codes.',
  )
  const tracks = await page.evaluate(() =>
    (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((stream) =>
      stream.getTracks().map((track) => track.readyState),
    ),
  )
  expect(tracks.length).toBeGreaterThan(0)
  expect(tracks.every((state) => state === 'ended')).toBe(true)

  // Nothing left this origin while scanning: the QR reader and its WebAssembly are the site's own.
  const elsewhere = requests.filter(
    (url) => !url.startsWith(`${ORIGIN}/`) && !/^(data|blob):/.test(url),
  )
  expect(elsewhere).toEqual([])
  const native = await page.evaluate(() => 'BarcodeDetector' in window)
  if (!native)
    expect(requests.some((url) => /\/assets\/zxing_reader-.*\.wasm$/.test(url))).toBe(true)

  // Ten more in one messy message, ten typed.
  const message = [
    'Bonjour, voici les codes :',
    ...pasted.map(
      (code, i) =>
        [
          `Léa ${i} : ${code.replaceAll('-', '\u2013')}`,
          `${ORIGIN}/#/resultats/${code}`,
          `« ${code.replaceAll('-', '\u00a0')} ».`,
          `"${code.toLowerCase()}"`,
        ][i % 4],
    ),
  ].join('\n')
  await codesBox(page).fill(message)
  await page.getByRole('button', { name: 'Ajouter les codes' }).click()
  await expect(page.getByRole('heading', { name: 'La liste : 20 codes' })).toBeVisible()
  await codesBox(page).focus()
  await page.keyboard.type(typed.join('\n'))
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'La liste : 30 codes' })).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Les étapes de la séance' })
    .getByRole('link', { name: /Tableau de la classe/ })
    .click()
  await expect(page.getByTestId('valid-codes')).toHaveText('30 codes valides')
  const table = page.getByRole('region', { name: 'Code par code (30 élèves)' })
  for (const code of scanned)
    await expect(table.getByRole('link', { name: `Résultats de ${code}` })).toBeVisible()
})

test('a refused camera says so and points to typing; what was typed stays', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
  })
  await openRoute(page, '/classe?etape=codes')
  await codesBox(page).fill('7KQ2')
  await page.getByRole('button', { name: 'Scanner les codes' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'L’accès à la caméra a été refusé. Autorisez la caméra dans les réglages du navigateur, ou tapez et collez les codes dans la zone ci-dessus : rien n’est perdu.',
  )
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Scanner les codes' })).toBeFocused()
  await expect(codesBox(page)).toHaveValue('7KQ2')
})

test('in English too', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined })
  })
  await openRoute(page, '/classe?etape=codes', 'en')
  await page.getByRole('button', { name: 'Scan the codes' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'No camera is available on this device. Type or paste the codes in the box above: nothing is lost.',
  )
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('button', { name: 'Scan the codes' })).toBeFocused()
})
