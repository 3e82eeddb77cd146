import { expect, expectNoAxeViolations, openRoute, test } from './helpers'
import { FIXER_ANSWERS, heading, savedQuiz, seed } from './quiz-helpers'
import { readToTheEnd, spokenSoFar, stubSpeech } from './speech-stub'

const TEXT = {
  fr: {
    listen: 'Écouter',
    pause: 'Pause',
    stop: 'Arrêter',
    start: 'Commencer',
    voice: 'fr-FR',
    panel: 'Confort de lecture',
    slow: 'Lente',
  },
  en: {
    listen: 'Listen',
    pause: 'Pause',
    stop: 'Stop',
    start: 'Start',
    voice: 'en-GB',
    panel: 'Reading comfort',
    slow: 'Slow',
  },
} as const

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim()

for (const lang of ['fr', 'en'] as const) {
  const t = TEXT[lang]

  test(`a question is read aloud, prompt then each choice, in its language (${lang})`, async ({
    page,
  }) => {
    await stubSpeech(page, ['fr-FR', 'en-GB'])
    await openRoute(page, '/quiz?longueur=courte', lang)
    await page.getByRole('button', { name: t.start }).click()
    await expect(page).toHaveURL(/quiz\/\?question=[a-z-]+/)
    const prompt = normalise(await heading(page).innerText())
    const choices = (await page.locator('fieldset label').allInnerTexts()).map(normalise)

    const listen = page.getByRole('button', { name: t.listen })
    await expect(listen).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+L')
    await listen.click()
    // Reading: the prompt is marked, the button now pauses, and Stop is offered.
    await expect(page.locator('[data-reading="true"]')).toHaveText(prompt)
    // The word the voice is on is highlighted (CSS Custom Highlight API).
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('read-aloud-word')?.size ?? 0))
      .toBe(1)
    await expect(page.getByRole('button', { name: t.pause })).toBeFocused()
    await expect(page.getByRole('button', { name: t.stop })).toBeVisible()
    await expectNoAxeViolations(page)

    const spoken = await readToTheEnd(page)
    expect(spoken.map((s) => normalise(s.text))).toEqual([prompt, ...choices])
    expect(new Set(spoken.map((s) => `${s.lang} ${s.voice}`))).toEqual(
      new Set([`${t.voice} Stub ${t.voice}`]),
    )
    await expect(page.getByRole('button', { name: t.listen })).toBeVisible()
    await expect(page.locator('[data-reading]')).toHaveCount(0)
  })

  test(`the top match, its reasons and the next step are read aloud (${lang})`, async ({
    page,
  }) => {
    await stubSpeech(page, ['fr-FR', 'en-GB'])
    await seed(page, savedQuiz({ length: 'short', finished: true, answers: FIXER_ANSWERS }))
    await openRoute(page, '/resultats', lang)
    const top = page.locator('.top-match')
    await top.getByRole('button', { name: t.listen }).click()
    const spoken = (await readToTheEnd(page)).map((s) => normalise(s.text))
    const role = normalise(await top.getByRole('heading', { level: 3 }).first().innerText())
    const reasons = (await top.locator('.match__reasons li').allInnerTexts()).map(normalise)
    const nextStep = normalise(await top.locator('.next-steps > p').first().innerText())
    expect(reasons.length).toBeGreaterThan(0)
    expect(spoken).toEqual(expect.arrayContaining([role, ...reasons, nextStep]))
    expect(spoken.indexOf(role)).toBeLessThan(spoken.indexOf(reasons[0]!))
    expect(spoken.indexOf(reasons.at(-1)!)).toBeLessThan(spoken.indexOf(nextStep))
    expect(new Set((await spokenSoFar(page)).map((s) => s.lang))).toEqual(new Set([t.voice]))
  })

  test(`a job page's first section is read aloud (${lang})`, async ({ page }) => {
    test.slow()
    await stubSpeech(page, ['fr-FR', 'en-GB'])
    await openRoute(page, '/metiers/conseiller-clientele', lang)
    const title = normalise(await heading(page).innerText())
    const pitch = normalise(await page.locator('.role-page__intro .lead').innerText())
    // With a voice, the reading settings offer its speed; the slow one is used from then on.
    await page.getByRole('button', { name: t.panel }).click()
    await page.getByRole('radio', { name: t.slow }).check()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    // The keyboard shortcut starts it from anywhere on the page.
    await page.keyboard.press('Alt+Shift+KeyL')
    await expect(page.getByRole('button', { name: t.pause })).toBeVisible()
    const spoken = await readToTheEnd(page)
    expect(spoken.map((s) => [normalise(s.text), s.lang, s.rate])).toEqual([
      [title, t.voice, 0.75],
      [pitch, t.voice, 0.75],
    ])
  })
}

test('no voice for the language: no button at all, on a question, the results and a job page', async ({
  page,
}) => {
  // An English voice only, and a French one that is an online service: neither reads French.
  await page.addInitScript(() => {
    const voices = [
      { name: 'Local English', lang: 'en-GB', localService: true, default: true },
      { name: 'Online French', lang: 'fr-FR', localService: false, default: false },
    ]
    Object.defineProperty(window, 'speechSynthesis', {
      value: Object.assign(new EventTarget(), {
        getVoices: () => voices,
        speak: () => {
          throw new Error('nothing should be spoken')
        },
        cancel() {},
        pause() {},
        resume() {},
      }),
    })
  })
  await seed(page, savedQuiz({ length: 'short', finished: true, answers: FIXER_ANSWERS }))
  await openRoute(page, '/resultats')
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Écouter' })).toHaveCount(0)
  await openRoute(page, '/metiers/conseiller-clientele')
  await expect(page.getByRole('group', { name: 'Lecture à voix haute' })).toHaveCount(0)
  await openRoute(page, '/quiz?longueur=courte')
  await page.getByRole('button', { name: 'Commencer' }).click()
  await expect(page.getByRole('radio').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Écouter' })).toHaveCount(0)
  // In English the local English voice exists: the button appears.
  await openRoute(page, '/metiers/conseiller-clientele', 'en')
  await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible()
})

test('Chromium here has no voice at all: no button, nothing broken', async ({ page }) => {
  await openRoute(page, '/metiers/conseiller-clientele')
  const voices = await page.evaluate(() => speechSynthesis.getVoices().length)
  test.skip(voices > 0, 'this browser has voices of its own')
  await expect(page.getByRole('button', { name: 'Écouter' })).toHaveCount(0)
})
