import { diplomas, guide, roles, skills, sources } from 'virtual:content'
import { useEffect, useState } from 'react'
import { links } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { navigate } from '@/ui/router'
import type { CertificationLevel } from '@/content/vocabulary'
import { useLocale, useMessages } from '@/ui/use-locale'
import { CERTIFICATION_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import { CoverageBlock } from './coverage-block'
import { diplomasInLevelOrder, type GuideView } from './coverage-logic'
import { DiplomaDetails } from './diploma-details'
import { Disclosure } from './disclosure'
import { readGuideQuery, updateGuideQuery } from './guide-query-logic'
import { ARTICLE_SOURCE_ID, HistorySection } from './history-section'
import { guideMessages } from './messages'
import { PathFinder } from './path-finder'
import { TodaySection } from './today-section'
import './guide.css'
import './cards.css'
import './coverage.css'
import './timeline.css'
import './path.css'
import './details.css'
import './print.css'
import { HydrateApart } from '@/ui/hydrate-apart'

const articleSource = sources.find((s) => s.id === ARTICLE_SOURCE_ID)
const article = articleSource && {
  id: articleSource.id,
  year: Number(articleSource.date.slice(0, 4)),
}
const content = { diplomas, roles, skills, admissions: guide.admissions, chooser: guide.chooser }

/**
 * The training guide, today first: BTS NDRC and BTS MCO in plain words and side by side, with
 * « NDRC ou MCO ? »; "Quelle voie pour moi ?"; then, one tap away each, what the sector said in
 * 2011 and what has changed, every course compared, and every course in detail. Its state lives
 * in the URL (`vue`, `niveau`, `metier`), so a view can be shared or projected and the results
 * page can open it on a case.
 */
export default function GuidePage({ query }: PageProps) {
  const t = useMessages(guideMessages)
  const guideQuery = readGuideQuery(query)
  const update = (change: Parameters<typeof updateGuideQuery>[1]) =>
    navigate('/formations', { replace: true, query: updateGuideQuery(query, change) })

  const [historyOpen, setHistoryOpen] = useState(guideQuery.view === '2011')
  const [allOpen, setAllOpen] = useState(guideQuery.view === 'all')
  const [detailsOpen, setDetailsOpen] = useState(false)
  // A link that names a view (`vue=2011`, `vue=toutes`) opens it, even on a page already shown.
  const [linkedView, setLinkedView] = useState(guideQuery.view)
  if (linkedView !== guideQuery.view) {
    setLinkedView(guideQuery.view)
    if (guideQuery.view === '2011') setHistoryOpen(true)
    if (guideQuery.view === 'all') setAllOpen(true)
  }
  // A shared link to the 2011 comparison or to every course lands on it (a student's own route,
  // when the link carries one, stays first).
  useEffect(() => {
    if (query.has('niveau') || query.has('metier')) return
    const heading = { '2011': 'history-title', all: 'all-title', today: undefined }[guideQuery.view]
    if (heading) document.getElementById(heading)?.scrollIntoView?.({ block: 'start' })
    // Only on arrival: opening a section later must not move the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const toggleView = (view: GuideView, open: boolean, otherOpen: GuideView | undefined) =>
    update({ view: open ? view : (otherOpen ?? 'today') })

  const pathFinder = (
    <PathFinder
      key="path"
      query={guideQuery}
      content={content}
      onChoose={({ level, roleId }) => update({ level, roleId })}
    />
  )
  const today = <TodaySection key="today" content={content} />
  // A student arriving with a level or a role (from the results) sees their route first. Keyed
  // children: React moves the sections rather than remounting them, so their state survives.
  const withContext = query.has('niveau') || query.has('metier')
  const sections = withContext ? [pathFinder, today] : [today, pathFinder]

  return (
    <div className="page guide">
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.lead}</p>
      {!withContext && (
        <p className="no-print guide__jump">
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
      {sections.map((section) => (
        // Keyed as the section, so that a move keeps its state (see above).
        <HydrateApart key={section.key}>{section}</HydrateApart>
      ))}
      <HydrateApart>
        <HistorySection
          diplomas={diplomas}
          skills={skills}
          article={article}
          open={historyOpen}
          onToggle={(open) => {
            setHistoryOpen(open)
            toggleView('2011', open, allOpen ? 'all' : undefined)
          }}
        />
      </HydrateApart>
      <HydrateApart>
        <Disclosure
          id="all"
          title={t.allTitle(diplomas.length)}
          open={allOpen}
          onToggle={(open) => {
            setAllOpen(open)
            toggleView('all', open, historyOpen ? '2011' : undefined)
          }}
          className="guide-section all"
        >
          <AllIntro />
          <CoverageBlock
            diplomas={diplomasInLevelOrder(diplomas)}
            allDiplomas={diplomas}
            skills={skills}
          />
        </Disclosure>
      </HydrateApart>
      <HydrateApart>
        <Disclosure
          id="details"
          title={t.detailsTitle(diplomas.length)}
          open={detailsOpen}
          onToggle={setDetailsOpen}
          className="guide-section details no-print"
        >
          <DiplomaDetails diplomas={diplomas} roles={roles} admissions={guide.admissions} />
        </Disclosure>
      </HydrateApart>
      <p className="guide__glossary no-print">
        <a href={links.glossary()}>{t.glossaryLink}</a>
      </p>
    </div>
  )
}

/** "Les 11 formations du guide, du niveau 4 (niveau bac) au niveau 6 (bac + 3)…" */
function AllIntro() {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const levels = diplomas.map((d) => d.niveau)
  if (levels.length === 0) return null
  const describe = (niveau: CertificationLevel) => {
    const label = CERTIFICATION_LEVEL_LABELS[niveau]
    const name = label.name[locale]
    return `${name.charAt(0).toLowerCase()}${name.slice(1)} (${label.school[locale]})`
  }
  const lowest = Math.min(...levels) as CertificationLevel
  const highest = Math.max(...levels) as CertificationLevel
  return (
    <p className="all__intro">{t.introAll(diplomas.length, describe(lowest), describe(highest))}</p>
  )
}
