import type { Locale } from '@/content/vocabulary'

export type { Locale }
export interface Localized {
  fr: string
  en: string
}

export const DEFAULT_LOCALE: Locale = 'fr'
const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' }

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en'
}

/** The text in the active language. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale]
}

/**
 * Numbers, dates and lists are written here by hand for the two languages and the few forms the
 * app uses. The first Intl formatter a page builds loads the browser's locale data: on a slow
 * phone that cost a page of figures 100 to 300 ms of blocked main thread. Anything else falls
 * back to Intl (one formatter per locale and options, made once). A test holds the hand-written
 * forms equal to Intl's.
 */
const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format)
    numberFormats.set(key, (format = new Intl.NumberFormat(INTL_LOCALES[locale], options)))
  return format
}

const NNBSP = '\u202f'
const NBSP = '\u00a0'
const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  fr: { group: NNBSP, decimal: ',' },
  en: { group: ',', decimal: '.' },
}

/**
 * A non-negative number's shortest decimal form (the digits Intl starts from), rounded half away
 * from zero to at most `max` fraction digits, with at least `min`, thousands grouped.
 * Undefined for what this does not write (negative, not finite, exponent form).
 */
function decimal(value: number, locale: Locale, max: number, min = 0): string | undefined {
  const text = String(value)
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined
  const [whole, fraction = ''] = text.split('.') as [string, string?]
  let digits = whole + fraction.slice(0, max).padEnd(max, '0')
  if (fraction.charCodeAt(max) >= 53) {
    // Round up: add one to the last kept digit, carrying.
    const out = digits.split('')
    let at = out.length - 1
    while (at >= 0 && out[at] === '9') out[at--] = '0'
    if (at >= 0) out[at] = String(Number(out[at]) + 1)
    else out.unshift('1')
    digits = out.join('')
  }
  const int = digits.slice(0, digits.length - max)
  let frac = digits.slice(digits.length - max).replace(/0+$/, '')
  frac = frac.padEnd(min, '0')
  const { group, decimal } = SEPARATORS[locale]
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, group)
  return frac ? `${grouped}${decimal}${frac}` : grouped
}

const COMPACT: { size: number; fr: string; en: string }[] = [
  { size: 1e9, fr: 'Md', en: 'bn' },
  { size: 1e6, fr: 'M', en: 'm' },
]

/** Euros as Intl writes them: `1 234 €` / `€1,234`; compact from a million: `3,56 Md €` / `€3.56bn`. */
function euros(value: number, locale: Locale, max: number, compact: boolean): string | undefined {
  // Intl writes euros with two fraction digits at least, unless asked for fewer; compact amounts
  // drop trailing zeros (as browsers write them: « 12 M € », not « 12,00 M € »).
  const min = compact ? 0 : Math.min(2, max)
  let amount: string | undefined
  let unit = ''
  if (!compact) amount = decimal(value, locale, max, min)
  else {
    const step = COMPACT.findIndex((c) => value >= c.size)
    if (step < 0 || value >= 1e12) return undefined
    let at = step
    amount = decimal(value / COMPACT[at]!.size, locale, max, min)
    // 999,999 M rounds to 1 000,00 M: Intl then writes 1,00 Md.
    const whole = amount?.split(SEPARATORS[locale].decimal)[0]?.replace(/\D/g, '')
    if (at > 0 && Number(whole) >= 1000) {
      at--
      amount = decimal(value / COMPACT[at]!.size, locale, max, min)
    }
    unit = COMPACT[at]![locale]
  }
  if (amount === undefined) return undefined
  if (locale === 'fr') return `${amount}${NBSP}${unit && `${unit}${NBSP}`}€`
  return `€${amount}${unit}`
}

/** `273 000` in French (narrow no-break space), `273,000` in English. */
export function formatNumber(
  value: number,
  locale: Locale,
  options: Intl.NumberFormatOptions = {},
): string {
  const {
    style = 'decimal',
    currency,
    maximumFractionDigits,
    notation = 'standard',
    ...rest
  } = options
  const written =
    Object.keys(rest).length > 0
      ? undefined
      : style === 'decimal' && notation === 'standard'
        ? decimal(value, locale, maximumFractionDigits ?? 3)
        : style === 'currency' && currency === 'EUR'
          ? euros(value, locale, maximumFractionDigits ?? 2, notation === 'compact')
          : undefined
  return written ?? numberFormat(locale, options).format(value)
}

/** A percentage (22 for 22 %), rounded to a whole number: `22 %` / `22%`. */
export function formatPercent(value: number, locale: Locale): string {
  const written = decimal(value, locale, 0)
  if (written === undefined)
    return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100)
  return locale === 'fr' ? `${written}${NBSP}%` : `${written}%`
}

const MONTHS: Record<Locale, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}

/** Dates written as YYYY, YYYY-MM or YYYY-MM-DD in the content, shown at the precision they have. */
export function formatContentDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number)
  if (!year) return date
  const name = month && MONTHS[locale][month - 1]
  if (!name) return String(year)
  if (!day) return `${name} ${year}`
  // French writes the first of the month as an ordinal: « 1er septembre 2025 ».
  return `${locale === 'fr' && day === 1 ? '1er' : day} ${name} ${year}`
}

const LIST_WORDS: Record<Locale, Record<'conjunction' | 'disjunction', string>> = {
  fr: { conjunction: 'et', disjunction: 'ou' },
  en: { conjunction: 'and', disjunction: 'or' },
}

export function formatList(
  items: string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
) {
  if (items.length < 2) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${LIST_WORDS[locale][type]} ${items.at(-1)}`
}

const collationKeys = new Map<string, string>()

/**
 * What text sorts by in French and English, as the browser's collator sorts it at its first level:
 * accents and case set aside, œ and æ as two letters, spaces before punctuation before digits
 * before letters. (Building the browser's collator costs a slow phone 100 ms or more.)
 */
function collationKey(text: string): string {
  let key = collationKeys.get(text)
  if (key !== undefined) return key
  key = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    // Spaces, then punctuation and symbols, sort before digits and letters.
    .replace(/[^\sa-z0-9]/g, '!')
    .replace(/\s+/g, ' ')
  collationKeys.set(text, key)
  return key
}

/**
 * Compares two texts in alphabetical order, for sort(): letters as a dictionary orders them (see
 * collationKey); texts that differ only by accents or case in a fixed order after that.
 */
export function compareText(a: string, b: string): number {
  const ka = collationKey(a)
  const kb = collationKey(b)
  if (ka !== kb) return ka < kb ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}
