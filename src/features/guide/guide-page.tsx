import { diplomas, roles, skills, sources } from 'virtual:content'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { navigate } from '@/ui/router'
import { useMessages } from '@/ui/use-locale'
import { ARTICLE_SOURCE_ID, CoverageComparison } from './coverage-comparison'
import { DiplomaDetails } from './diploma-details'
import { readGuideQuery, updateGuideQuery } from './guide-query-logic'
import { guideMessages } from './messages'
import { PathFinder } from './path-finder'
import { ReformTimeline } from './reform-timeline'
import './guide.css'
import './coverage.css'
import './timeline.css'
import './path.css'
import './details.css'
import './print.css'

const articleSource = sources.find((s) => s.id === ARTICLE_SOURCE_ID)
const article = articleSource && {
  id: articleSource.id,
  year: Number(articleSource.date.slice(0, 4)),
}
const content = { diplomas, roles, skills }

/**
 * The training guide: the 2011 diplomas against the sector's skills, today's, every route;
 * the reforms; and "Quelle voie pour moi ?". Its state lives in the URL (`vue`, `niveau`,
 * `metier`), so a view can be shared or projected and the results page can open it on a case.
 */
export default function GuidePage({ query }: PageProps) {
  const t = useMessages(guideMessages)
  const guideQuery = readGuideQuery(query)
  const update = (change: Parameters<typeof updateGuideQuery>[1]) =>
    navigate('/formations', { replace: true, query: updateGuideQuery(query, change) })

  const comparison = (
    <CoverageComparison
      key="compare"
      view={guideQuery.view}
      onViewChange={(view) => update({ view })}
      diplomas={diplomas}
      skills={skills}
    />
  )
  const pathFinder = (
    <PathFinder
      key="path"
      query={guideQuery}
      content={content}
      onChoose={({ level, roleId }) => update({ level, roleId })}
    />
  )
  // A student arriving with a level or a role (from the results) sees their route first. Keyed
  // children: React moves the sections rather than remounting them, so their state survives.
  const withContext = query.has('niveau') || query.has('metier')
  const sections = withContext ? [pathFinder, comparison] : [comparison, pathFinder]

  return (
    <div className="page guide">
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.lead}</p>
      {!withContext && (
        <p className="no-print">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              const heading = document.getElementById('path-title')
              heading?.scrollIntoView()
              heading?.focus()
            }}
          >
            {t.jumpToPath}
          </button>
        </p>
      )}
      {sections}
      <ReformTimeline diplomas={diplomas} article={article} />
      <DiplomaDetails diplomas={diplomas} roles={roles} />
    </div>
  )
}
