import { describe, expect, it } from 'vitest'
import { asSentence, characterName, codeErrorText } from '@/ui/code-error-text'

const symbols = { short: 11, full: 15 }

describe('characterName', () => {
  // The build gives French its no-break spaces (src/app/typography-plugin.ts): U+202F inside « »,
  // U+00A0 before « : ».
  it('quotes a visible character', () => {
    expect(characterName('U', 'fr')).toBe('le caractère «\u202fU\u202f»')
    expect(characterName('é', 'en')).toBe('the character “é”')
  })

  it('names spaces and dashes that a quote would hide or disguise, never quoting them', () => {
    expect(characterName('\u00a0', 'fr')).toBe('une espace insécable (U+00A0)')
    expect(characterName('\u00a0', 'en')).toBe('a no-break space (U+00A0)')
    expect(characterName('\u202f', 'fr')).toBe('une espace fine insécable (U+202F)')
    expect(characterName('–', 'fr')).toBe('un tiret demi-cadratin (–)')
    expect(characterName('—', 'en')).toBe('an em dash (—)')
    expect(characterName('\u200b', 'fr')).toBe('une espace sans chasse (U+200B)')
  })

  it('gives the code point of any other invisible character', () => {
    expect(characterName('\u2060', 'fr')).toBe('un caractère invisible (U+2060)')
    expect(characterName('\u0007', 'en')).toBe('an invisible character (U+0007)')
    for (const c of ['\u00a0', '\u2009', '\u200b', '\u2060', '\u00ad'])
      expect(characterName(c, 'fr')).not.toMatch(/«/)
  })
})

describe('codeErrorText', () => {
  it('says where an unknown character is, 1-based, in both languages', () => {
    const error = { kind: 'bad-character', character: '\u00a0', position: 4 } as const
    expect(codeErrorText(error, 'fr', symbols)).toBe(
      'en position 5, une espace insécable (U+00A0) n’a pas sa place dans un code (chiffres, lettres sauf U, et tirets)',
    )
    expect(codeErrorText(error, 'en', symbols)).toBe(
      'at position 5, a no-break space (U+00A0) cannot appear in a code (digits, letters except U, and hyphens)',
    )
  })

  it('gives the lengths a code may have, and the versions', () => {
    expect(codeErrorText({ kind: 'wrong-length', symbols: 1 }, 'en', symbols)).toBe(
      '1 character not counting hyphens, while a code has 11 or 15: some are missing or added',
    )
    expect(codeErrorText({ kind: 'other-version', version: 2, current: 3 }, 'fr', symbols)).toMatch(
      /^code d’une autre version du questionnaire \(version 2, celle-ci est la 3\)/,
    )
  })

  it('reads as a sentence on its own', () => {
    expect(asSentence(codeErrorText({ kind: 'bad-checksum' }, 'fr', symbols))).toBe(
      'Faute de frappe\u00a0: un caractère est faux, ou deux caractères voisins sont inversés.',
    )
    expect(asSentence(codeErrorText({ kind: 'empty' }, 'en', symbols))).toBe('Empty code.')
  })
})
