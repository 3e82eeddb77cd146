/**
 * Build-time only: French typography over the whole content, once it is valid. Every `{ fr, en }`
 * text gets French no-break spaces in its `fr` half; a French source's title and publisher too;
 * the French Markdown pages in their text (never in a tag, an entity or `code`). English stays as
 * written. Ids, dates, codes and URLs are not texts and are never touched.
 */
import { frenchTypography, frenchTypographyHtml } from '../lib/french-typography.ts'
import type { Content, Source } from './schemas.ts'

const isLocalized = (value: object): value is { fr: string; en: string } => {
  const keys = Object.keys(value)
  return (
    keys.length === 2 &&
    typeof (value as { fr?: unknown }).fr === 'string' &&
    typeof (value as { en?: unknown }).en === 'string'
  )
}

/** A copy of `value` in which every `{ fr, en }` pair has French typography in `fr`. */
export function withFrenchTypography<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withFrenchTypography(item)) as T
  if (value === null || typeof value !== 'object') return value
  if (isLocalized(value)) return { fr: frenchTypography(value.fr), en: value.en } as T
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, withFrenchTypography(item)]),
  ) as T
}

const frenchSource = (source: Source): Source =>
  source.lang === 'en'
    ? source
    : {
        ...source,
        title: frenchTypography(source.title),
        publisher: frenchTypography(source.publisher),
      }

export function contentWithFrenchTypography(content: Content): Content {
  return {
    ...withFrenchTypography(content),
    sources: content.sources.map((source) => withFrenchTypography(frenchSource(source))),
    pages: content.pages.map((page) => ({
      id: page.id,
      html: { fr: frenchTypographyHtml(page.html.fr), en: page.html.en },
    })),
  }
}
