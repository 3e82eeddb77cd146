import { sources } from 'virtual:content'
import { formatContentDate, type Locale } from '@/lib/i18n'
import { links } from './links'
import { useLocale } from './use-locale'

const TEXT = {
  fr: { source: 'Source', unknown: 'source inconnue' },
  en: { source: 'Source', unknown: 'unknown source' },
}

/**
 * "Source : title, publisher, date" for a source id, linked to its entry on the About page.
 * Every figure in the app is shown with one. `locale` sets the language when a part of the page
 * speaks another one than the page (the class mode projects in the class's language).
 */
export function SourceRef({
  id,
  year,
  locale: asked,
}: {
  id: string
  year?: number
  locale?: Locale
}) {
  const pageLocale = useLocale()
  const locale = asked ?? pageLocale
  const source = sources.find((s) => s.id === id)
  const text = TEXT[locale]
  if (!source) return <span className="source-ref">{text.unknown}</span>
  return (
    <span className="source-ref">
      {text.source}
      {locale === 'fr' ? '\u00a0: ' : ': '}
      <a href={links.source(source.id)}>{source.title}</a>, {source.publisher},{' '}
      {formatContentDate(source.date, locale)}
      {year !== undefined && !source.date.startsWith(String(year)) ? ` (${year})` : ''}
    </span>
  )
}
