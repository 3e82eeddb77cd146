import { useEffect } from 'react'
import { pages } from 'virtual:content'
import { pick } from '@/lib/i18n'
import { links } from '@/ui/links'
import { HydrateApart } from '@/ui/hydrate-apart'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useLocale, useMessages, usePageTitle } from '@/ui/use-locale'
import { EraseData } from './erase-data'
import { aboutMessages } from './messages'
import { SourcesList } from './sources-list'
import './about.css'

/** The sections `?section=` can open, and the id of each one's heading. */
const SECTIONS = {
  confidentialite: 'privacy-title',
  sources: 'sources-title',
  accessibilite: 'a11y-title',
} as const
type SectionId = keyof typeof SECTIONS
const isSection = (value: string | null): value is SectionId =>
  value !== null && Object.hasOwn(SECTIONS, value)

export default function AboutPage({ query }: PageProps) {
  const t = useMessages(aboutMessages)
  const locale = useLocale()
  usePageTitle(t.title)
  const privacy = pages.find((p) => p.id === 'confidentialite')
  const accessibility = pages.find((p) => p.id === 'accessibilite')
  const section = query.get('section')
  const cited = query.get('source') ?? undefined

  // `?section=sources&source=<id>` opens the page on that entry: scroll to it and take the focus
  // there, so that the next Tab and a screen reader start from what the link pointed at.
  useEffect(() => {
    const target =
      (cited && document.getElementById(`source-${cited}`)) ||
      (isSection(section) && document.getElementById(SECTIONS[section]))
    if (!target) return
    target.scrollIntoView({ block: 'start' })
    target.focus({ preventScroll: true })
  }, [section, cited])

  const toc: { id: SectionId; label: string }[] = [
    { id: 'confidentialite', label: t.privacyTitle },
    { id: 'sources', label: t.sourcesTitle },
    { id: 'accessibilite', label: t.accessibilityTitle },
  ]

  return (
    <div className="page about-page">
      <header className="about-intro">
        <PageHeading>{t.title}</PageHeading>
        <p className="lead">{t.lead}</p>
      </header>

      <nav className="page-toc" aria-label={t.contents}>
        <ul>
          {toc.map((item) => (
            <li key={item.id}>
              <a href={links.about(item.id)}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <HydrateApart>
        <section aria-labelledby="privacy-title" className="about-section prose lays-out-late">
          <h2 id="privacy-title" tabIndex={-1}>
            {t.privacyTitle}
          </h2>
          {privacy && <div dangerouslySetInnerHTML={{ __html: pick(privacy.html, locale) }} />}
          <EraseData />
        </section>
      </HydrateApart>

      <HydrateApart>
        <section aria-labelledby="sources-title" className="about-section lays-out-late">
          <h2 id="sources-title" tabIndex={-1}>
            {t.sourcesTitle}
          </h2>
          <SourcesList cited={cited} />
        </section>
      </HydrateApart>

      <HydrateApart>
        <section aria-labelledby="a11y-title" className="about-section prose lays-out-late">
          <h2 id="a11y-title" tabIndex={-1}>
            {t.accessibilityTitle}
          </h2>
          {accessibility && (
            <div dangerouslySetInnerHTML={{ __html: pick(accessibility.html, locale) }} />
          )}
        </section>
      </HydrateApart>
    </div>
  )
}
