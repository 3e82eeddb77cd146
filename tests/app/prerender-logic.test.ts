import { describe, expect, it } from 'vitest'
import {
  DESCRIPTION_LENGTH,
  describe as describePage,
  fileOfPath,
  MAX_WAIT_MS,
  pageDocument,
  rootFromPath,
  siteMap,
  starterModule,
} from '@/app/prerender-logic'

const TEMPLATE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Le site." />
    <title>Cap Relation Client</title>
    <script type="module" crossorigin src="./assets/index-1.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

const LEAD =
  'Faire réussir une équipe de conseillers au quotidien : organiser, écouter, faire progresser.'

describe('pre-rendered page files', () => {
  it('puts each page in its own folder, with the way back to the root', () => {
    expect(fileOfPath('/')).toBe('index.html')
    expect(fileOfPath('/metiers/superviseur')).toBe('metiers/superviseur/index.html')
    expect(rootFromPath('/')).toBe('./')
    expect(rootFromPath('/metiers')).toBe('../')
    expect(rootFromPath('/metiers/superviseur')).toBe('../../')
  })

  it('writes the page, its title, description, base, CSS and Open Graph tags', () => {
    const html = pageDocument(TEMPLATE, {
      path: '/metiers/superviseur',
      html: `<h1>Superviseur·e</h1><p>Court.</p><p>${LEAD}</p>`,
      title: 'Superviseur·e · Cap Relation Client',
      css: ['assets/roles-1.css'],
      siteUrl: 'https://school.example/orientation/',
    })
    expect(html).toMatch(/<meta charset="UTF-8" \/>\s*<base href="..\/..\/" \/>/)
    expect(html).toContain('<title>Superviseur·e · Cap Relation Client</title>')
    expect(html).toContain(`<meta name="description" content="${LEAD}" />`)
    expect(html).toContain(
      '<link rel="canonical" href="https://school.example/orientation/metiers/superviseur/" />',
    )
    expect(html).toContain(
      '<meta property="og:title" content="Superviseur·e · Cap Relation Client" />',
    )
    expect(html).toContain('<link rel="stylesheet" href="./assets/roles-1.css" />')
    expect(html).toContain('<div id="root" data-page="/metiers/superviseur"><h1>Superviseur·e</h1>')
    expect(html).not.toContain('noindex')
  })

  it('gives a personal page its frame only, never to hydrate nor to index', () => {
    const html = pageDocument(TEMPLATE, {
      path: '/resultats',
      personal: true,
      html: `<header>Cap</header><main><p role="status">Chargement…</p></main><p>${LEAD}</p>`,
      title: 'Résultats · Cap Relation Client',
      css: [],
      siteUrl: 'https://school.example/',
      code: ['assets/results-page-1.js', 'assets/qr-code-1.js'],
    })
    expect(html).toContain('<meta name="robots" content="noindex" />')
    // It loads the app at once, and its own code along with it.
    expect(html).toContain(
      '<div id="root" data-page="/resultats" data-shell=""><header>Cap</header><main>',
    )
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="./assets/results-page-1.js" />',
    )
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/qr-code-1.js" />')
    expect(html).not.toContain('canonical')
    expect(html).toContain('<meta name="description" content="Le site." />')
  })

  it('escapes what it writes into attributes', () => {
    const html = pageDocument(TEMPLATE, {
      path: '/metiers',
      html: '<h1>x</h1>',
      title: 'A "quoted" <title> & more',
      css: [],
    })
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;title&gt; &amp; more</title>')
    expect(html).not.toContain('canonical')
  })

  it('refuses a template it cannot fill in', () => {
    expect(() =>
      pageDocument('<html><head></head><body></body></html>', {
        path: '/',
        html: '',
        title: 't',
        css: [],
      }),
    ).toThrow(/charset/)
  })
})

describe('the description', () => {
  it('is the first paragraph of some length after the heading, as text', () => {
    expect(
      describePage(
        `<p>Avant le titre, assez long pour compter, mais hors de la page elle-même.</p><h1>T</h1><p>Court.</p><p>Une <strong>phrase</strong> d&#39;au moins soixante caractères, avec&nbsp;des espaces.</p>`,
      ),
    ).toBe(
      'Une phrase d\u2019au moins soixante caractères, avec\u00a0des espaces.'.replace(
        '\u2019',
        "'",
      ),
    )
  })

  it('is cut at a word, with an ellipsis, when long', () => {
    const long = `<h1>T</h1><p>${'mot '.repeat(80)}</p>`
    const text = describePage(long)
    expect(text?.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH)
    expect(text).toMatch(/mot…$/)
  })

  it('is absent when no paragraph is long enough', () => {
    expect(describePage('<h1>T</h1><p>Court.</p>')).toBeUndefined()
  })
})

describe('the site map', () => {
  it('lists every page at its full address', () => {
    const xml = siteMap('https://school.example/orientation/', ['/', '/metiers/superviseur'])
    expect(xml).toContain('<loc>https://school.example/orientation/</loc>')
    expect(xml).toContain('<loc>https://school.example/orientation/metiers/superviseur/</loc>')
    expect(xml.match(/<url>/g)).toHaveLength(2)
  })
})

describe('the starter', () => {
  /** Runs the starter's code against a page with or without HTML, in a browser with or without paint timing. */
  function runStarter({ html, paintTiming }: { html: boolean; paintTiming: boolean }) {
    const loads: string[] = []
    const timers: { run: () => void; ms: number }[] = []
    const frames: (() => void)[] = []
    let observer: { callback: (list: unknown, o: { disconnect(): void }) => void; off: boolean }
    class FakeObserver {
      static supportedEntryTypes = paintTiming ? ['paint', 'largest-contentful-paint'] : []
      constructor(callback: typeof observer.callback) {
        observer = { callback, off: false }
      }
      observe() {}
    }
    const self = { PerformanceObserver: paintTiming ? FakeObserver : undefined }
    const preloads: string[] = []
    const document = {
      getElementById: () => ({ hasChildNodes: () => html }),
      createElement: () => ({}),
      head: { append: (link: { rel: string; href: string }) => preloads.push(link.href) },
    }
    const code = starterModule('index-abc.js', ['react-dom-abc.js', 'store-abc.js'])
      .replace('import.meta.url', 'moduleUrl')
      .replace('import(', 'load(')
    new Function(
      'self',
      'document',
      'PerformanceObserver',
      'setTimeout',
      'requestAnimationFrame',
      'load',
      'moduleUrl',
      code,
    )(
      self,
      document,
      FakeObserver,
      (run: () => void, ms = 0) => timers.push({ run, ms }),
      (run: () => void) => frames.push(run),
      (file: string) => {
        loads.push(file)
        return Promise.resolve()
      },
      'https://school.example/site/assets/start-abc.js',
    )
    const paint = (name: string) =>
      observer.off ||
      observer.callback(
        { getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) },
        { disconnect: () => (observer.off = true) },
      )
    const runTimers = (ms: number) =>
      timers.splice(0).forEach((t) => (t.ms <= ms ? t.run() : timers.push(t)))
    return { loads, preloads, timers, frames, paint, runTimers }
  }

  const APP = ['./react-dom-abc.js', './store-abc.js', './index-abc.js']
  /** Lets the starter's promises settle, running the pauses it asks for, but no longer timer. */
  async function settle(page: ReturnType<typeof runStarter>) {
    for (let round = 0; round < 20; round++) {
      await Promise.resolve()
      page.runTimers(0)
    }
  }

  it('loads the app once the page has painted its text, and only once', async () => {
    const page = runStarter({ html: true, paintTiming: true })
    page.paint('first-paint')
    await settle(page)
    expect(page.loads).toEqual([])
    page.paint('first-contentful-paint')
    await settle(page)
    expect(page.loads).toEqual(APP)
    page.runTimers(MAX_WAIT_MS)
    await settle(page)
    expect(page.loads).toEqual(APP)
  })

  it('fetches all the chunks at once, then runs them one task at a time', async () => {
    const page = runStarter({ html: true, paintTiming: true })
    page.paint('first-contentful-paint')
    page.runTimers(0)
    expect(page.preloads).toEqual(
      APP.map((file) => new URL(file, 'https://school.example/site/assets/').href),
    )
    expect(page.loads).toEqual(['./react-dom-abc.js'])
    // Its modules have run; the next chunk waits for a task of its own (a timer).
    for (let round = 0; round < 5; round++) await Promise.resolve()
    expect(page.loads).toEqual(['./react-dom-abc.js'])
    expect(page.timers.some((timer) => timer.ms === 0)).toBe(true)
    await settle(page)
    expect(page.loads).toEqual(APP)
  })

  it('loads the app after MAX_WAIT_MS when no paint is reported', async () => {
    const page = runStarter({ html: true, paintTiming: true })
    page.runTimers(MAX_WAIT_MS - 1)
    await settle(page)
    expect(page.loads).toEqual([])
    page.runTimers(MAX_WAIT_MS)
    await settle(page)
    expect(page.loads).toEqual(APP)
  })

  it.each([
    { html: false, paintTiming: true },
    { html: true, paintTiming: false },
  ])('starts at the first frame on an empty page or without paint timing (%o)', async (setup) => {
    const page = runStarter(setup)
    expect(page.loads).toEqual([])
    page.frames.splice(0).forEach((frame) => frame())
    await settle(page)
    expect(page.loads).toEqual(APP)
  })
})
