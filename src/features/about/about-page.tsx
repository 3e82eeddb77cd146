import { useState } from 'react'
import { pages, sources } from 'virtual:content'
import { formatContentDate, pick } from '@/lib/i18n'
import { SOURCE_GROUPS, type SourceGroup } from '@/content/vocabulary'
import { useAppStore } from '@/store/app-store'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useLocale, useMessages } from '@/ui/use-locale'
import { aboutMessages } from './messages'

const GROUP_TITLE = {
  article: 'groupArticle',
  sector: 'groupSector',
  law: 'groupLaw',
  diploma: 'groupDiploma',
  jobs: 'groupJobs',
  other: 'groupOther',
} as const satisfies Record<SourceGroup, string>

export default function AboutPage(_props: PageProps) {
  const t = useMessages(aboutMessages)
  const locale = useLocale()
  const eraseAll = useAppStore((s) => s.eraseAll)
  const [erased, setErased] = useState(false)
  const privacy = pages.find((p) => p.id === 'confidentialite')

  return (
    <div className="page page-narrow prose">
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.lead}</p>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t.privacyTitle}</h2>
        {privacy && <div dangerouslySetInnerHTML={{ __html: pick(privacy.html, locale) }} />}
        <h3>{t.eraseTitle}</h3>
        <p>{t.eraseText}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            eraseAll()
            setErased(true)
          }}
        >
          {t.eraseButton}
        </button>
        <p role="status">{erased ? t.erased : ''}</p>
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t.sourcesTitle}</h2>
        <p>{t.sourcesLead(sources.length)}</p>
        {SOURCE_GROUPS.map((group) => {
          const inGroup = sources.filter((s) => s.group === group)
          if (inGroup.length === 0) return null
          return (
            <section key={group} aria-labelledby={`sources-${group}`}>
              <h3 id={`sources-${group}`}>{t[GROUP_TITLE[group]]}</h3>
              <ul className="source-list">
                {inGroup.map((source) => (
                  <li key={source.id} id={`source-${source.id}`}>
                    <cite>
                      {source.url ? <a href={source.url}>{source.title}</a> : source.title}
                    </cite>
                    {' — '}
                    {source.publisher}, {formatContentDate(source.date, locale)}.
                    {source.note && <span className="muted"> {pick(source.note, locale)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )
        })}
      </section>

      <section aria-labelledby="a11y-title">
        <h2 id="a11y-title">{t.accessibilityTitle}</h2>
        <p>{t.accessibilityPending}</p>
      </section>
    </div>
  )
}
