// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  NBSP,
  NNBSP,
  frenchTypography,
  frenchTypographyHtml,
  typographyProblems,
} from '@/lib/french-typography'

/** Shows the invisible spaces, so that a failing expectation can be read. */
const show = (s: string) => s.replace(/\u202f/g, '⟨202F⟩').replace(/\u00a0/g, '⟨A0⟩')

describe('frenchTypography', () => {
  it.each([
    ['Vrai ou faux ?', `Vrai ou faux${NNBSP}?`],
    ['Vrai ou faux?', `Vrai ou faux${NNBSP}?`],
    ['Attention ! On ferme ; demain', `Attention${NNBSP}! On ferme${NNBSP}; demain`],
    ['Source : Insee', `Source${NBSP}: Insee`],
    ['Note: texte', `Note${NBSP}: texte`],
    ['« Bonjour »', `«${NNBSP}Bonjour${NNBSP}»`],
    ['«Bonjour»', `«${NNBSP}Bonjour${NNBSP}»`],
    ['80 % des salariés, 20% des cas', `80${NNBSP}% des salariés, 20${NNBSP}% des cas`],
    ['273 000 personnes', `273${NNBSP}000 personnes`],
    ['1 000 000 de salariés', `1${NNBSP}000${NNBSP}000 de salariés`],
    ['14,6 € de l’heure', `14,6${NBSP}€ de l’heure`],
    ['3,56 Md €', `3,56${NBSP}Md${NBSP}€`],
    ['de 10 h à 13 h, puis 8 h 45', `de 10${NBSP}h à 13${NBSP}h, puis 8${NBSP}h${NBSP}45`],
    ['Insee Première n° 1931', `Insee Première n°${NBSP}1931`],
    [' : suite d’un « ${…} »', `${NBSP}: suite d’un «${NNBSP}\${…}${NNBSP}»`],
    [' ?', `${NNBSP}?`],
    ["Aujourd'hui, l'information qu'elle donne", 'Aujourd’hui, l’information qu’elle donne'],
  ])('%s', (input, expected) => {
    expect(show(frenchTypography(input))).toBe(show(expected))
  })

  it.each([
    'https://www.insee.fr/fr/statistiques/6670636?a=1 : voir',
    '10:30',
    'Voir ?lang=en',
    'a != b',
    'mot (?)',
    '`code : ici`',
    'A &amp; B',
    'le 02 46 78 01 00',
    'TP-00483 06',
    'contact@exemple.fr',
    '8 heures',
    "https://exemple.fr/l'accueil",
    "'entre guillemets droits'",
  ])('leaves code-like text alone: %s', (input) => {
    const out = frenchTypography(input)
    // Only the prose part of the first example changes (the space before « : » after the URL).
    if (input.startsWith('https://')) expect(out).toBe(input.replace(' : ', `${NBSP}: `))
    else expect(show(out)).toBe(show(input))
  })

  it('is idempotent on any text', () => {
    const alphabet = fc.constantFrom(...'ab 19 :;!?%€«»°nN\u00a0\u202f,.h'.split(''))
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const once = frenchTypography(chars.join(''))
        expect(frenchTypography(once)).toBe(once)
      }),
    )
  })

  it('leaves no line starting with « ? », « : » or « » » once applied', () => {
    const fixed = frenchTypography('Est-ce vrai ? Oui : « non »')
    expect(fixed.split(/[ \n]/).some((word) => /^[?:»]/.test(word))).toBe(false)
  })
})

describe('frenchTypographyHtml', () => {
  it('spaces the text between tags, never a tag, an attribute or code', () => {
    const html = '<p>Voir <a href="https://x.fr/?a=b">le lien</a> : ok ; <code>a : b</code></p>'
    expect(show(frenchTypographyHtml(html))).toBe(
      show(
        `<p>Voir <a href="https://x.fr/?a=b">le lien</a>${NBSP}: ok${NNBSP}; <code>a : b</code></p>`,
      ),
    )
  })
})

describe('typographyProblems', () => {
  it('finds every ordinary space French does not want, and names it', () => {
    const problems = typographyProblems(
      'Vrai ou faux ? « mot » 20 % 273 000 n° 3 14 € 10 h Note : x',
    )
    expect(problems.map((p) => p.message)).toEqual([
      'ordinary space before « ; ! ? »',
      'ordinary space inside « »',
      'ordinary space inside « »',
      'ordinary space (or none) before « % »',
      'ordinary space inside a number',
      'ordinary space after « n° »',
      'ordinary space (or none) between a number and its unit',
      'ordinary space (or none) between a number and its unit',
      'ordinary space before « : »',
    ])
    expect(problems[0]?.excerpt).toContain('faux ?')
  })

  it('finds a missing space and a line starting with punctuation', () => {
    expect(typographyProblems('Pourquoi?').map((p) => p.message)).toEqual([
      'no space before « ; ! ? »',
    ])
    expect(typographyProblems('«mot»').map((p) => p.message)).toEqual([
      'no space inside « »',
      'no space inside « »',
    ])
    expect(typographyProblems('une phrase\n? suite').map((p) => p.message)).toContain(
      'a line starts with « ; : ! ? » »',
    )
  })

  it('finds nothing once the transform has run, nor in URLs and times', () => {
    const raw = 'En 2011 : 273 000 personnes ; 80 % ! « Vrai » 14,6 € n° 5 10 h 30 ?'
    expect(typographyProblems(raw).length).toBeGreaterThan(5)
    expect(typographyProblems(frenchTypography(raw))).toEqual([])
    expect(typographyProblems('https://a.fr/?x=1 10:30')).toEqual([])
  })
})
