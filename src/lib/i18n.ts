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

/** `273 000` in French (narrow no-break space), `273,000` in English. */
export function formatNumber(
  value: number,
  locale: Locale,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], options).format(value)
}

export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value / 100)
}

/** Dates written as YYYY, YYYY-MM or YYYY-MM-DD in the content, shown at the precision they have. */
export function formatContentDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number)
  if (!year) return date
  if (!month) return String(year)
  const at = new Date(Date.UTC(year, month - 1, day ?? 1))
  const formatted = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
  }).format(at)
  // French writes the first of the month as an ordinal: « 1er septembre 2025 ».
  return locale === 'fr' && day === 1 ? formatted.replace(/^1(?=\s)/, '1er') : formatted
}

export function formatList(
  items: string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
) {
  return new Intl.ListFormat(INTL_LOCALES[locale], { style: 'long', type }).format(items)
}
