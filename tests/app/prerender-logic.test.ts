import { describe, expect, it } from 'vitest'
import {
  DESCRIPTION_LENGTH,
  describe as describePage,
  fileOfPath,
  pageDocument,
  rootFromPath,
  siteMap,
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

  it('leaves a personal page empty and asks search engines not to index it', () => {
    const html = pageDocument(TEMPLATE, {
      path: '/resultats',
      title: 'Résultats · Cap Relation Client',
      css: [],
      siteUrl: 'https://school.example/',
    })
    expect(html).toContain('<meta name="robots" content="noindex" />')
    expect(html).toContain('<div id="root"></div>')
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
