import { describe, expect, it } from 'vitest'
import { START_SCREENS, buildSnippet, embedSrc } from '@/features/embed/embed-logic'

const base = { appUrl: 'https://lycee.example/orientation/', locale: 'fr' as const }

describe('embedSrc', () => {
  it('opens every start screen in the chosen language, in embed mode', () => {
    const urls = START_SCREENS.map((start) => embedSrc({ ...base, start }))
    expect(urls).toEqual([
      'https://lycee.example/orientation/integre.html#/?lang=fr&integre=1',
      'https://lycee.example/orientation/integre.html#/quiz?longueur=courte&lang=fr&integre=1',
      'https://lycee.example/orientation/integre.html#/quiz?longueur=complete&lang=fr&integre=1',
      'https://lycee.example/orientation/integre.html#/metiers?lang=fr&integre=1',
      'https://lycee.example/orientation/integre.html#/formations?lang=fr&integre=1',
      'https://lycee.example/orientation/integre.html#/secteur?lang=fr&integre=1',
    ])
  })

  it('points at the embed entry beside the page, wherever the page was opened', () => {
    const src = (appUrl: string) => embedSrc({ ...base, appUrl, start: 'accueil' })
    expect(src('https://lycee.example/orientation/index.html')).toBe(
      'https://lycee.example/orientation/integre.html#/?lang=fr&integre=1',
    )
    expect(src('https://lycee.example/orientation/integre.html')).toBe(
      'https://lycee.example/orientation/integre.html#/?lang=fr&integre=1',
    )
  })

  it('carries the accent without # and ignores a hash already in the app URL', () => {
    expect(
      embedSrc({
        ...base,
        appUrl: 'https://a.example/#/metiers',
        start: 'accueil',
        locale: 'en',
        accent: '#B42318',
      }),
    ).toBe('https://a.example/integre.html#/?lang=en&integre=1&couleur=b42318')
  })
})

describe('buildSnippet', () => {
  it('listens only to the app origin and escapes the title', () => {
    const snippet = buildSnippet({
      ...base,
      start: 'quiz-court',
      title: 'Quiz "orientation" <test>',
    })
    expect(snippet).toContain(`event.origin !== 'https://lycee.example'`)
    expect(snippet).toContain('title="Quiz &quot;orientation&quot; &lt;test>"')
    expect(snippet).toContain(
      'src="https://lycee.example/orientation/integre.html#/quiz?longueur=courte&amp;lang=fr&amp;integre=1"',
    )
  })
})
