/**
 * The embed on a school's website: a host page on another site (`localhost`, the app being on
 * `127.0.0.1`), with the snippets the "Intégrer" page gives.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, openHostPage, openRoute, test } from './helpers'

type Kind = 'Avec le script (recommandé)' | 'Sans script'

/** The snippet the "Intégrer" page gives for a start screen and a kind. */
async function snippetFor(page: Page, start: string, kind: Kind = 'Avec le script (recommandé)') {
  await openRoute(page, '/integrer')
  await page.getByRole('combobox', { name: 'Écran de départ' }).selectOption({ label: start })
  await page.getByRole('radio', { name: kind }).check()
  return page.getByRole('textbox', { name: 'Code HTML à coller dans votre page' }).inputValue()
}

/** The app's document inside an iframe of the host page. */
async function appIn(page: Page, selector: string) {
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame()
  if (!frame) throw new Error(`no frame for ${selector}`)
  return frame
}

/** The frame's content height (its #root) and the iframe's height on the host page. */
async function heights(page: Page, id: string) {
  const element = page.locator(`#${id}`)
  await element.scrollIntoViewIfNeeded()
  const content = await (
    await appIn(page, `#${id}`)
  ).evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0))
  const box = await element.boundingBox()
  if (!box || content < 200) throw new Error(`frame ${id} not laid out (content ${content} px)`)
  return { content, frame: Math.round(box.height) }
}

/** Each frame's height follows its content within 40 px (the loader sizes it asynchronously). */
async function expectTracked(page: Page, id: string) {
  await expect
    .poll(async () => {
      // A frame between two pages has no content yet: asked again.
      const measured = await heights(page, id).catch(() => undefined)
      return measured ? Math.abs(measured.content - measured.frame) : Infinity
    })
    .toBeLessThanOrEqual(40)
}

/** Answers the question on screen with its first option(s), then "Suivant". */
async function answerQuestion(frame: FrameLocator) {
  const boxes = frame.locator('fieldset input[type="checkbox"]')
  await expect(frame.locator('fieldset input').first()).toBeVisible()
  if (await boxes.count()) await boxes.first().check()
  else await frame.locator('fieldset input[type="radio"]').first().check()
  await frame.getByRole('button', { name: 'Suivant' }).click()
}

const heading = (frame: FrameLocator): Locator => frame.getByRole('heading', { level: 1 })

test('two embeds on another site: each frame follows its own content and names its events', async ({
  page,
}) => {
  test.slow()
  const quiz = await snippetFor(page, 'Questionnaire, version courte')
  const home = await snippetFor(page, 'Accueil')
  await openHostPage(
    page,
    `<!doctype html><html lang="fr"><head><title>Lycée</title></head><body>
     <h1>Orientation au lycée</h1>
     <h2>Le questionnaire</h2>${quiz}
     <h2>Découvrir les métiers</h2>${home}
     <script>
       window.heard = []
       for (const name of ['started', 'completed'])
         document.addEventListener('cap-relation-client:' + name, (event) =>
           window.heard.push(event.detail.frame + ' ' + event.detail.name + ' on ' + event.target.id))
     </script></body></html>`,
    { otherSite: true },
  )
  const first = page.frameLocator('#cap-relation-client-1')
  const second = page.frameLocator('#cap-relation-client-2')
  await expect(heading(first)).toBeVisible()
  await expect(page.locator('#cap-relation-client-1')).toHaveAttribute('allow', 'clipboard-write')
  await expectTracked(page, 'cap-relation-client-1')
  await page.locator('#cap-relation-client-2').scrollIntoViewIfNeeded()
  await expect(heading(second)).toHaveText('Quel métier de la relation client est fait pour toi ?')
  await expectTracked(page, 'cap-relation-client-2')

  // The first frame: the quiz, step by step.
  await page.locator('#cap-relation-client-1').scrollIntoViewIfNeeded()
  await first.getByRole('button', { name: 'Commencer' }).click()
  await expectTracked(page, 'cap-relation-client-1')
  for (let step = 0; step < 3; step++) {
    await answerQuestion(first)
    await expectTracked(page, 'cap-relation-client-1')
  }
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
    .toEqual(['cap-relation-client-1 started on cap-relation-client-1'])

  // The second frame: a long page, then back to a short one: the frame shrinks.
  await page.locator('#cap-relation-client-2').scrollIntoViewIfNeeded()
  const before = await heights(page, 'cap-relation-client-2')
  await second
    .getByRole('link', { name: /métiers/i })
    .first()
    .click()
  // The page itself, not « Chargement… » before it: that frame is tracked too, but short.
  await expect(heading(second)).toHaveText('Métiers')
  await expectTracked(page, 'cap-relation-client-2')
  const long = await heights(page, 'cap-relation-client-2')
  expect(long.frame).toBeGreaterThan(before.frame + 500)
  await second.getByRole('link', { name: 'Cap Relation Client, accueil' }).click()
  await expect(heading(second)).toHaveText('Quel métier de la relation client est fait pour toi ?')
  await expectTracked(page, 'cap-relation-client-2')
  expect((await heights(page, 'cap-relation-client-2')).frame).toBeLessThan(long.frame - 500)
  await expectTracked(page, 'cap-relation-client-1')
})

test('a spoofed message from another frame of the app is ignored', async ({ page, baseURL }) => {
  const quiz = await snippetFor(page, 'Questionnaire, version courte')
  await openHostPage(
    page,
    `<!doctype html><html lang="fr"><head><title>Lycée</title></head><body>${quiz}
     <iframe id="autre" title="Autre page" src="${baseURL}integre.html#/a-propos"></iframe>
     <script>
       window.heard = []
       document.addEventListener('cap-relation-client:completed', () => window.heard.push('completed'))
     </script></body></html>`,
    { otherSite: true },
  )
  await expect(heading(page.frameLocator('#cap-relation-client-1'))).toBeVisible()
  await expectTracked(page, 'cap-relation-client-1')
  const before = await heights(page, 'cap-relation-client-1')
  const other = await appIn(page, '#autre')
  await other.evaluate(() => {
    const spoof = (data: object) =>
      window.parent.postMessage({ source: 'cap-relation-client', ...data }, '*')
    spoof({ type: 'event', name: 'completed' })
    spoof({ type: 'resize', height: 99 })
  })
  // Let the spoofed messages arrive, then check that they changed nothing.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)))
  expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([])
  expect((await heights(page, 'cap-relation-client-1')).frame).toBe(before.frame)
})

test('with third-party storage blocked, a reload mid-quiz resumes where the student was', async ({
  page,
  context,
  baseURL,
}) => {
  test.slow()
  const appOrigin = new URL(baseURL ?? '').origin
  // As when a browser blocks third-party storage: the app's frame may not touch any storage.
  await context.addInitScript((origin) => {
    if (window.location.origin !== origin || window === window.top) return
    const refuse = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    }
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, { get: refuse, configurable: true })
  }, appOrigin)
  const quiz = await snippetFor(page, 'Questionnaire, version courte')
  await openHostPage(
    page,
    `<!doctype html><html lang="fr"><head><title>Lycée</title></head><body>${quiz}</body></html>`,
    { otherSite: true },
  )
  const frame = page.frameLocator('#cap-relation-client-1')
  await frame.getByRole('button', { name: 'Commencer' }).click()
  // The warning is one line, and can be closed.
  const note = frame.getByText('Ce navigateur ne garde rien dans ce cadre')
  await expect(note).toBeVisible()
  await expectNoAxeViolations(page)
  await frame.getByRole('button', { name: 'Fermer ce message' }).click()
  await expect(note).toBeHidden()

  // The frame's address, which the host keeps to resume it, follows each question once it is
  // painted: each answer waits for it, so that the reload below starts from the last one.
  const inFrame = await appIn(page, '#cap-relation-client-1')
  const questionInAddress = () => /^#\/quiz\/[a-z-]+/.exec(new URL(inFrame.url()).hash)?.[0]
  await expect.poll(questionInAddress).toBeDefined()
  for (let step = 0; step < 3; step++) {
    const before = questionInAddress()
    await answerQuestion(frame)
    await expect.poll(questionInAddress).not.toBe(before)
  }
  const reached = await heading(frame).textContent()
  await page.reload()
  await expect(heading(frame)).toHaveText(reached ?? '')
  await frame.getByRole('button', { name: 'Retour' }).click()
  await expect(frame.locator('fieldset input:checked').first()).toBeVisible()

  // A reload of the frame alone resumes too (its address holds the progress).
  const app = await appIn(page, '#cap-relation-client-1')
  await app.evaluate(() => window.location.reload())
  await expect(frame.locator('fieldset input:checked').first()).toBeVisible()
})

test('the script-free snippet works on a phone and scrolls nowhere but the host page', async ({
  page,
}) => {
  test.slow()
  await page.setViewportSize({ width: 390, height: 844 })
  const plain = await snippetFor(page, 'Questionnaire, version courte', 'Sans script')
  expect(plain).not.toContain('<script')
  await openHostPage(
    page,
    `<!doctype html><html lang="fr"><head><title>Lycée</title>
     <meta name="viewport" content="width=device-width, initial-scale=1"></head>
     <body><h1>Orientation</h1>${plain}<p>Bas de page du lycée</p></body></html>`,
    { otherSite: true },
  )
  const frame = page.frameLocator('iframe[data-cap-relation-client]')
  const scrollsInside = async () =>
    (await appIn(page, 'iframe[data-cap-relation-client]')).evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement
      return root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth
    })
  const hostScrollsSideways = () =>
    page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

  await expect(heading(frame)).toBeVisible()
  await expect(frame.getByRole('link', { name: /Ouvrir en plein écran/ })).toBeVisible()
  await expect(frame.getByRole('navigation')).toHaveCount(0)
  await expectNoAxeViolations(page)
  expect(await scrollsInside()).toBe(false)
  expect(await hostScrollsSideways()).toBe(false)
  await frame.getByRole('button', { name: 'Commencer' }).click()
  for (let step = 0; step < 4; step++) {
    await expect(frame.locator('fieldset input').first()).toBeVisible()
    expect(await scrollsInside()).toBe(false)
    expect(await hostScrollsSideways()).toBe(false)
    await answerQuestion(frame)
  }
})

test('a snippet pasted before the loader, with its inline script, still sizes its frame', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin
  await openHostPage(
    page,
    `<!doctype html><html lang="fr"><head><title>Lycée</title></head><body>
<iframe id="cap-relation-client" src="${origin}/integre.html#/?lang=fr&amp;integre=1"
  title="Cap Relation Client" style="width: 100%; min-height: 640px; border: 0;" loading="lazy"></iframe>
<script>
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== '${origin}' || !data || data.source !== 'cap-relation-client') return;
    if (data.type === 'resize') {
      document.getElementById('cap-relation-client').style.height = data.height + 'px';
    }
  });
</script></body></html>`,
    { otherSite: true },
  )
  const frame = page.frameLocator('#cap-relation-client')
  await expect(heading(frame)).toHaveText('Quel métier de la relation client est fait pour toi ?')
  await expect(frame.getByRole('navigation')).toHaveCount(0)
  await expectTracked(page, 'cap-relation-client')
})
