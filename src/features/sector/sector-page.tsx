import { useEffect, type ReactNode } from 'react'
import { myths, sector, sources } from 'virtual:content'
import { verifiedOn } from '@/lib/verified-on'
import { VerifiedOn } from '@/ui/certification-status'
import { MythsQuiz } from '@/ui/myths-quiz/myths-quiz'
import { href } from '@/ui/router'
import { HydrateApart } from '@/ui/hydrate-apart'
import { openOnPart } from '@/ui/open-on-part'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useLocale, useMessages, usePageTitle } from '@/ui/use-locale'
import { FigureCard } from './figure-card'
import { sectorMessages } from './messages'
import { SectorCharts } from './sector-charts'
import { SectorExplainers } from './sector-explainers'
import { arrangeFigures, checkedSourcesOfSector, groupByYear, yearSpan } from './sector-logic'
import { SectorTimeline } from './sector-timeline'
import './sector.css'

/** The sections `?section=` can open, and the id of each one's heading. */
const SECTIONS = {
  aujourdhui: 'sector-today',
  'chiffres-2011': 'sector-article',
  'autres-chiffres': 'sector-others',
  graphiques: 'sector-charts',
  dates: 'sector-timeline',
  'vrai-ou-faux': 'sector-myths',
} as const
type SectionId = keyof typeof SECTIONS
const isSection = (value: string | null): value is SectionId =>
  value !== null && Object.hasOwn(SECTIONS, value)

export default function SectorPage({ query }: PageProps) {
  const t = useMessages(sectorMessages)
  const locale = useLocale()
  usePageTitle(t.title)
  const { article, others } = arrangeFigures(sector.figures, sources)
  const span = yearSpan(others)
  const section = query.get('section')

  // `?section=vrai-ou-faux` opens the page on that section, focus included.
  useEffect(() => {
    const heading = isSection(section) && document.getElementById(SECTIONS[section])
    if (heading) return openOnPart(heading)
  }, [section])

  const toc: { id: SectionId; label: string; shown: boolean }[] = [
    { id: 'aujourdhui', label: t.tocToday, shown: sector.explainers.length > 0 },
    { id: 'chiffres-2011', label: t.tocArticle, shown: article.length > 0 },
    { id: 'autres-chiffres', label: t.tocOthers, shown: !!span },
    { id: 'graphiques', label: t.chartsTitle, shown: sector.charts.length > 0 },
    { id: 'dates', label: t.timelineTitle, shown: sector.timeline.length > 0 },
    { id: 'vrai-ou-faux', label: t.mythsTitle, shown: true },
  ]

  return (
    <div className="page sector-page">
      <header className="sector-intro">
        <p className="kicker">{t.kicker}</p>
        <PageHeading>{t.title}</PageHeading>
        <p className="lead">{t.lead}</p>
        <p>
          <a
            className="button button--primary"
            href={href('/secteur', { section: 'vrai-ou-faux' })}
          >
            {t.playQuiz}
          </a>
        </p>
      </header>

      <nav className="page-toc" aria-label={t.contents}>
        <ul>
          {toc
            .filter((item) => item.shown)
            .map((item) => (
              <li key={item.id}>
                <a href={href('/secteur', { section: item.id })}>{item.label}</a>
              </li>
            ))}
        </ul>
      </nav>

      {sector.explainers.length > 0 && (
        <PageSection id={SECTIONS.aujourdhui} title={t.todayTitle} lead={t.todayLead}>
          <SectorExplainers explainers={sector.explainers} />
        </PageSection>
      )}

      {article.length > 0 && (
        <PageSection id={SECTIONS['chiffres-2011']} title={t.articleTitle} lead={t.articleLead}>
          <ul className="figure-grid">
            {article.map((pair) => (
              <FigureCard key={pair.figure.id} pair={pair} />
            ))}
          </ul>
        </PageSection>
      )}

      {span && (
        <PageSection
          id={SECTIONS['autres-chiffres']}
          title={t.othersTitle}
          lead={t.othersLead(span.from, span.to)}
        >
          {groupByYear(others).map(({ year, figures }) => (
            <section key={year} aria-labelledby={`sector-year-${year}`} className="figure-year">
              <h3 id={`sector-year-${year}`} className="figure-year__title">
                {year}
              </h3>
              <ul className="figure-grid">
                {figures.map((figure) => (
                  <FigureCard key={figure.id} pair={{ figure }} />
                ))}
              </ul>
            </section>
          ))}
        </PageSection>
      )}

      {sector.charts.length > 0 && (
        <PageSection id={SECTIONS.graphiques} title={t.chartsTitle} lead={t.chartsLead}>
          <SectorCharts charts={sector.charts} />
        </PageSection>
      )}

      {sector.timeline.length > 0 && (
        <PageSection id={SECTIONS.dates} title={t.timelineTitle} lead={t.timelineLead}>
          <SectorTimeline events={sector.timeline} />
        </PageSection>
      )}

      <HydrateApart>
        <div className="sector-quiz panel">
          <MythsQuiz myths={myths} locale={locale} titleId={SECTIONS['vrai-ou-faux']} />
        </div>
      </HydrateApart>
      <VerifiedOn verification={verifiedOn(checkedSourcesOfSector(sector, myths), sources)} />
    </div>
  )
}

/** A section of the page that `?section=` can open: its heading takes the focus. */
function PageSection({
  id,
  title,
  lead,
  children,
}: {
  id: string
  title: string
  lead: string
  children: ReactNode
}) {
  return (
    <HydrateApart>
      <section aria-labelledby={id} className="lays-out-late">
        <h2 id={id} tabIndex={-1}>
          {title}
        </h2>
        <p className="section-lead">{lead}</p>
        {children}
      </section>
    </HydrateApart>
  )
}
