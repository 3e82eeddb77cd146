/**
 * Why a result code cannot be read, in words: the results page says it to a student, the class
 * mode to a counsellor, beside each code. One catalogue for both, written as a reason that reads
 * on its own (`asSentence`) or after a code ("ABC — 3 caractères sans les tirets…").
 */
import type { Locale } from '@/content/vocabulary'
import { defineMessages } from '@/lib/messages'
import type { ResultCodeError } from '@/lib/questionnaire/result-code-logic'

const codeErrorMessages = defineMessages({
  fr: {
    empty: 'code vide',
    'too-long': (length: number) =>
      `${length} caractères : bien trop long pour un code (20 caractères au plus)`,
    'bad-character': (character: string, position: number) =>
      `en position ${position}, ${character} n’a pas sa place dans un code (chiffres, lettres sauf U, et tirets)`,
    'wrong-length': (symbols: number, short: number, full: number) =>
      `${symbols} caractère${symbols > 1 ? 's' : ''} sans les tirets, alors qu’un code en a ${short} ou ${full} : il en manque ou il y en a en trop`,
    'bad-checksum':
      'faute de frappe : un caractère est faux, ou deux caractères voisins sont inversés',
    'other-version': (version: number, current: number) =>
      `code d’une autre version du questionnaire (version ${version}, celle-ci est la ${current}) : il faut refaire le questionnaire pour obtenir un code lisible ici`,
    'impossible-answers': 'ne correspond à aucune suite de réponses possible',
    visibleCharacter: (character: string) => `le caractère « ${character} »`,
    invisibleCharacter: (codePoint: string) => `un caractère invisible (${codePoint})`,
  },
  en: {
    empty: 'empty code',
    'too-long': (length: number) =>
      `${length} characters: far too long for a code (20 characters at most)`,
    'bad-character': (character: string, position: number) =>
      `at position ${position}, ${character} cannot appear in a code (digits, letters except U, and hyphens)`,
    'wrong-length': (symbols: number, short: number, full: number) =>
      `${symbols} character${symbols === 1 ? '' : 's'} not counting hyphens, while a code has ${short} or ${full}: some are missing or added`,
    'bad-checksum':
      'typing mistake: one character is wrong, or two neighbouring characters are swapped',
    'other-version': (version: number, current: number) =>
      `code from another version of the questionnaire (version ${version}, this is version ${current}): the questionnaire must be taken again to get a code that reads here`,
    'impossible-answers': 'matches no possible set of answers',
    visibleCharacter: (character: string) => `the character “${character}”`,
    invisibleCharacter: (codePoint: string) => `an invisible character (${codePoint})`,
  },
})

/**
 * Characters that look like a space or a hyphen, or show nothing: named, never quoted, since
 * « » around them would show an empty or misleading pair.
 */
const NAMED_CHARACTERS: Record<string, Record<Locale, string>> = {
  '\u00a0': { fr: 'une espace insécable (U+00A0)', en: 'a no-break space (U+00A0)' },
  '\u202f': { fr: 'une espace fine insécable (U+202F)', en: 'a narrow no-break space (U+202F)' },
  '\u2009': { fr: 'une espace fine (U+2009)', en: 'a thin space (U+2009)' },
  '\u200b': { fr: 'une espace sans chasse (U+200B)', en: 'a zero-width space (U+200B)' },
  '\ufeff': {
    fr: 'une espace insécable sans chasse (U+FEFF)',
    en: 'a zero-width no-break space (U+FEFF)',
  },
  '\t': { fr: 'une tabulation', en: 'a tab' },
  '\u00ad': { fr: 'un trait d’union conditionnel (U+00AD)', en: 'a soft hyphen (U+00AD)' },
  '\u2010': { fr: 'un trait d’union typographique (‐)', en: 'a typographic hyphen (‐)' },
  '\u2011': { fr: 'un trait d’union insécable (‑)', en: 'a non-breaking hyphen (‑)' },
  '\u2013': { fr: 'un tiret demi-cadratin (–)', en: 'an en dash (–)' },
  '\u2014': { fr: 'un tiret cadratin (—)', en: 'an em dash (—)' },
  '\u2212': { fr: 'un signe moins (−)', en: 'a minus sign (−)' },
}

const codePointOf = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** A character as a reader can find it: quoted when visible, named when it shows nothing. */
export function characterName(character: string, locale: Locale): string {
  const t = codeErrorMessages[locale]
  const named = NAMED_CHARACTERS[character]
  if (named) return named[locale]
  if (/^[\p{Z}\p{C}]$/u.test(character)) return t.invisibleCharacter(codePointOf(character))
  return t.visibleCharacter(character)
}

/** Why the code cannot be read, as a reason (lower case, no full stop). */
export function codeErrorText(
  error: ResultCodeError,
  locale: Locale,
  symbols: { short: number; full: number },
): string {
  const t = codeErrorMessages[locale]
  switch (error.kind) {
    case 'empty':
      return t.empty
    case 'too-long':
      return t['too-long'](error.length)
    case 'bad-character':
      return t['bad-character'](characterName(error.character, locale), error.position + 1)
    case 'wrong-length':
      return t['wrong-length'](error.symbols, symbols.short, symbols.full)
    case 'bad-checksum':
      return t['bad-checksum']
    case 'other-version':
      return t['other-version'](error.version, error.current)
    case 'impossible-answers':
      return t['impossible-answers']
  }
}

/** A reason written to stand alone: capital first letter, full stop. */
export function asSentence(reason: string): string {
  return `${reason.charAt(0).toLocaleUpperCase()}${reason.slice(1)}.`
}
