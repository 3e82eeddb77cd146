import { useEffect, type ReactNode } from 'react'
import { pages } from 'virtual:content'
import { pick } from '@/lib/i18n'
import { links } from '@/ui/links'
import { HydrateApart } from '@/ui/hydrate-apart'
import { openOnPart } from '@/ui/open-on-part'
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

  // `?section=sources&source=<id>` opens the page on that entry.
  useEffect(() => {
    const target =
      (cited && document.getElementById(`source-${cited}`)) ||
      (isSection(section) && document.getElementById(SECTIONS[section]))
    if (target) return openOnPart(target)
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

      <AboutSection id={SECTIONS.confidentialite} title={t.privacyTitle} prose>
        {privacy && <div dangerouslySetInnerHTML={{ __html: pick(privacy.html, locale) }} />}
        <EraseData />
      </AboutSection>

      <AboutSection id={SECTIONS.sources} title={t.sourcesTitle}>
        <SourcesList cited={cited} />
      </AboutSection>

      <AboutSection id={SECTIONS.accessibilite} title={t.accessibilityTitle} prose>
        {accessibility && (
          <div dangerouslySetInnerHTML={{ __html: pick(accessibility.html, locale) }} />
        )}
      </AboutSection>
    </div>
  )
}

/**
 * One section of the page, headed for `?section=` to reach; hydrated apart and laid out only
 * near the screen (see HydrateApart).
 */
function AboutSection({
  id,
  title,
  prose = false,
  children,
}: {
  id: string
  title: string
  prose?: boolean
  children: ReactNode
}) {
  return (
    <HydrateApart>
      <section
        aria-labelledby={id}
        className={`about-section lays-out-late${prose ? ' prose' : ''}`}
      >
        <h2 id={id} tabIndex={-1}>
          {title}
        </h2>
        {children}
      </section>
    </HydrateApart>
  )
}
