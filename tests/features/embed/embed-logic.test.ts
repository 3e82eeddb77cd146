import { describe, expect, it } from 'vitest'
import {
  PLAIN_HEIGHTS,
  START_SCREENS,
  buildSnippet,
  embedSrc,
  hostPolicyLines,
  loaderSrc,
} from '@/features/embed/embed-logic'

const base = { appUrl: 'https://lycee.example/orientation/', locale: 'fr' as const }
const entry = 'https://lycee.example/orientation/integre.html?integre=1'

describe('embedSrc', () => {
  it('opens every start screen in the chosen language, its settings before the hash', () => {
    const urls = START_SCREENS.map((start) => embedSrc({ ...base, start }))
    expect(urls).toEqual([
      `${entry}#/?lang=fr`,
      `${entry}#/quiz?longueur=courte&lang=fr`,
      `${entry}#/quiz?longueur=complete&lang=fr`,
      `${entry}#/metiers?lang=fr`,
      `${entry}#/formations?lang=fr`,
      `${entry}#/secteur?lang=fr`,
    ])
  })

  it('points at the embed entry beside the page, wherever the page was opened', () => {
    const src = (appUrl: string) => embedSrc({ ...base, appUrl, start: 'accueil' })
    expect(src('https://lycee.example/orientation/index.html?x=1')).toBe(`${entry}#/?lang=fr`)
    expect(src('https://lycee.example/orientation/integre.html')).toBe(`${entry}#/?lang=fr`)
  })

  it('carries the accent without # and the height steps, ignoring a hash in the app URL', () => {
    expect(
      embedSrc({
        ...base,
        appUrl: 'https://a.example/#/metiers',
        start: 'accueil',
        locale: 'en',
        accent: '#B42318',
        heightSteps: true,
      }),
    ).toBe('https://a.example/integre.html?integre=1&couleur=b42318&paliers=1#/?lang=en')
  })
})

describe('buildSnippet', () => {
  const options = { ...base, start: 'quiz-court' as const, title: 'Quiz "orientation" <test>' }

  it('gives the loader one script by address, no inline code, and a frame it recognises', () => {
    const snippet = buildSnippet('loader', options)
    expect(snippet).toContain('<iframe data-cap-relation-client src=')
    expect(snippet).toContain(
      '<script src="https://lycee.example/orientation/embed.js" async></script>',
    )
    expect(snippet).toContain('allow="clipboard-write" loading="lazy"')
    expect(snippet).toContain('title="Quiz &quot;orientation&quot; &lt;test>"')
    expect(snippet).toContain(`src="${entry}#/quiz?longueur=courte&amp;lang=fr"`)
  })

  it('makes the plain snippet the frame alone, at its start screen’s height', () => {
    const snippet = buildSnippet('plain', options)
    expect(snippet).not.toContain('<script')
    expect(snippet).toContain(`height: ${PLAIN_HEIGHTS['quiz-court']}px`)
    expect(snippet.startsWith('<iframe')).toBe(true)
    expect(snippet.endsWith('</iframe>')).toBe(true)
  })
})

describe('the host page’s policy and the loader address', () => {
  it('name the app’s origin for scripts and frames', () => {
    expect(hostPolicyLines(base.appUrl)).toEqual([
      'script-src https://lycee.example',
      'frame-src https://lycee.example',
    ])
    expect(loaderSrc('https://a.example/app/index.html#/quiz')).toBe(
      'https://a.example/app/embed.js',
    )
  })
})
