import { sourceNotes, sources } from 'virtual:content'
import { SOURCE_GROUPS, type SourceGroup } from '@/content/vocabulary'
import { formatContentDate, pick } from '@/lib/i18n'
import { useLocale, useMessages } from '@/ui/use-locale'
import { aboutMessages } from './messages'
import { HydrateApart } from '@/ui/hydrate-apart'

const GROUP_TITLE = {
  article: 'groupArticle',
  sector: 'groupSector',
  law: 'groupLaw',
  diploma: 'groupDiploma',
  jobs: 'groupJobs',
  other: 'groupOther',
} as const satisfies Record<SourceGroup, string>

/** Every source of the content, grouped by kind, each with its date; `cited` is highlighted. */
export function SourcesList({ cited }: { cited?: string }) {
  const t = useMessages(aboutMessages)
  const locale = useLocale()
  return (
    <>
      <p className="prose">{t.sourcesLead(sources.length)}</p>
      {SOURCE_GROUPS.map((group) => {
        const inGroup = sources.filter((s) => s.group === group)
        if (inGroup.length === 0) return null
        return (
          <HydrateApart key={group}>
            <section aria-labelledby={`sources-${group}`} className="source-group">
              <h3 id={`sources-${group}`}>{t[GROUP_TITLE[group]]}</h3>
              <ul className="source-entries">
                {inGroup.map((source) => {
                  const isCited = source.id === cited
                  const note = sourceNotes[source.id]
                  return (
                    <li
                      key={source.id}
                      id={`source-${source.id}`}
                      tabIndex={-1}
                      className="source-entry"
                      data-cited={isCited || undefined}
                      aria-current={isCited ? 'true' : undefined}
                    >
                      {isCited && <p className="source-entry__cited">{t.citedSource}</p>}
                      <p className="source-entry__title">
                        <cite>{source.title}</cite>
                      </p>
                      <p className="source-entry__meta">
                        {source.publisher} ·{' '}
                        <time dateTime={source.date}>{formatContentDate(source.date, locale)}</time>
                      </p>
                      {note && <p className="source-entry__note">{pick(note, locale)}</p>}
                      {source.url && (
                        <p className="source-entry__link">
                          <a href={source.url} rel="noopener noreferrer">
                            {t.openSource}
                            <span className="visually-hidden"> : {source.title}</span>
                          </a>
                        </p>
                      )}
                    </li>
                  )
                })}
              </ul>
            </section>
          </HydrateApart>
        )
      })}
    </>
  )
}
