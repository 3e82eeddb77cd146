import { sources } from 'virtual:content'
import { formatContentDate } from '@/lib/i18n'
import { links } from './links'
import { useLocale } from './use-locale'

const TEXT = {
  fr: { source: 'Source', unknown: 'source inconnue' },
  en: { source: 'Source', unknown: 'unknown source' },
}

/**
 * "Source : title, publisher, date" for a source id, linked to its entry on the About page.
 * Every figure in the app is shown with one.
 */
export function SourceRef({ id, year }: { id: string; year?: number }) {
  const locale = useLocale()
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
