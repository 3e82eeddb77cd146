import { myths, sector, sources } from 'virtual:content'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useLocale, useMessages, usePageTitle } from '@/ui/use-locale'
import { FigureCard } from './figure-card'
import { sectorMessages } from './messages'
import { MythsQuiz } from './myths-quiz'
import { SectorCharts } from './sector-charts'
import { arrangeFigures, yearSpan } from './sector-logic'
import { SectorTimeline } from './sector-timeline'
import './sector.css'

export default function SectorPage(_props: PageProps) {
  const t = useMessages(sectorMessages)
  const locale = useLocale()
  usePageTitle(t.title)
  const { article, others } = arrangeFigures(sector.figures, sources)
  const span = yearSpan(others)

  return (
    <div className="page sector-page">
      <header className="sector-intro">
        <p className="kicker">{t.kicker}</p>
        <PageHeading>{t.title}</PageHeading>
        <p className="lead">{t.lead}</p>
      </header>

      {article.length > 0 && (
        <section aria-labelledby="sector-article">
          <h2 id="sector-article">{t.articleTitle}</h2>
          <p className="section-lead">{t.articleLead}</p>
          <ul className="figure-grid">
            {article.map((pair) => (
              <FigureCard key={pair.figure.id} pair={pair} />
            ))}
          </ul>
        </section>
      )}

      {span && (
        <section aria-labelledby="sector-others">
          <h2 id="sector-others">{t.othersTitle}</h2>
          <p className="section-lead">{t.othersLead(span.from, span.to)}</p>
          <ul className="figure-grid">
            {others.map((figure) => (
              <FigureCard key={figure.id} pair={{ figure }} />
            ))}
          </ul>
        </section>
      )}

      {sector.charts.length > 0 && (
        <section aria-labelledby="sector-charts">
          <h2 id="sector-charts">{t.chartsTitle}</h2>
          <p className="section-lead">{t.chartsLead}</p>
          <SectorCharts charts={sector.charts} />
        </section>
      )}

      {sector.timeline.length > 0 && (
        <section aria-labelledby="sector-timeline">
          <h2 id="sector-timeline">{t.timelineTitle}</h2>
          <p className="section-lead">{t.timelineLead}</p>
          <SectorTimeline events={sector.timeline} />
        </section>
      )}

      <div className="sector-quiz panel">
        <MythsQuiz myths={myths} locale={locale} />
      </div>
    </div>
  )
}
