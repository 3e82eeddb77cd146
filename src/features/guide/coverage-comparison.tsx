import { useState } from 'react'
import type { Diploma, Skill } from '@/content/schemas'
import { COVERAGE_LEVELS } from '@/content/vocabulary'
import { formatList } from '@/lib/i18n'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { CERTIFICATION_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import { CoverageBadge } from './coverage-badge'
import {
  activeYears,
  currentReplacement,
  diplomasForView,
  diplomasOf2011,
  diplomasOfToday,
  GUIDE_VIEWS,
  skillsLeftThin,
  type GuideView,
} from './coverage-logic'
import { CoverageMatrix, cellKey } from './coverage-matrix'
import { guideMessages } from './messages'

/** The source of the 2011 framing: the article the project starts from. */
export const ARTICLE_SOURCE_ID = 'article-semaine-2011'

interface ComparisonProps {
  view: GuideView
  onViewChange: (view: GuideView) => void
  diplomas: readonly Diploma[]
  skills: readonly Skill[]
}

/** "Comparer les diplômes": the view switch, what the view shows, and the matrix. */
export function CoverageComparison({ view, onViewChange, diplomas, skills }: ComparisonProps) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const [openCells, setOpenCells] = useState<ReadonlySet<string>>(new Set())
  const [showAll, setShowAll] = useState(false)

  const shorts = (list: readonly Diploma[]) =>
    formatList(
      list.map((d) => d.short),
      locale,
    )
  const viewLabels: Record<GuideView, string> = {
    '2011': t.view2011(shorts(diplomasOf2011(diplomas))),
    today: t.viewToday(shorts(diplomasOfToday(diplomas))),
    all: t.viewAll(diplomas.length),
  }
  const columns = diplomasForView(view, diplomas)
  const thin = skillsLeftThin(columns, skills)

  const toggle = (key: string) => {
    if (showAll) {
      const everyCell = columns.flatMap((d) => skills.map((s) => cellKey(d, s)))
      setOpenCells(new Set(everyCell.filter((k) => k !== key)))
      setShowAll(false)
      return
    }
    const next = new Set(openCells)
    if (next.has(key)) next.delete(key)
    else next.add(key)
    setOpenCells(next)
  }

  return (
    <section aria-labelledby="compare-title" className="guide-section compare">
      <h2 id="compare-title">{t.compareTitle}</h2>
      <fieldset className="view-switch no-print">
        <legend>{t.viewLegend}</legend>
        <div className="view-switch__options">
          {GUIDE_VIEWS.map((v) => (
            <label key={v} className="view-switch__option">
              <input
                type="radio"
                name="guide-view"
                value={v}
                checked={view === v}
                onChange={() => onViewChange(v)}
              />
              <span>{viewLabels[v]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="compare__intro">
        <ViewIntro view={view} diplomas={diplomas} columns={columns} />
        <p>
          {thin.length > 0
            ? t.thinSkills(
                formatList(
                  thin.map((s) => l(s.name)),
                  locale,
                ),
              )
            : t.noThinSkills}
        </p>
      </div>

      <div className="compare__tools">
        <div className="legend" role="group" aria-labelledby="legend-title">
          <span id="legend-title" className="legend__title">
            {t.legendTitle}
          </span>
          <ul className="legend__list">
            {[...COVERAGE_LEVELS].reverse().map((level) => (
              <li key={level}>
                <CoverageBadge level={level} />
              </li>
            ))}
          </ul>
        </div>
        <div className="compare__controls no-print">
          <label className="choice">
            <input
              type="checkbox"
              checked={showAll}
              onChange={(event) => {
                setShowAll(event.target.checked)
                if (!event.target.checked) setOpenCells(new Set())
              }}
            />
            {t.showAllWhy}
          </label>
          <button type="button" className="button button--quiet" onClick={() => window.print()}>
            {t.print}
          </button>
        </div>
      </div>
      <p className="print-hint no-print muted">{t.printHint}</p>

      <CoverageMatrix
        diplomas={columns}
        allDiplomas={diplomas}
        skills={skills}
        caption={t.caption(viewLabels[view])}
        isOpen={(key) => showAll || openCells.has(key)}
        onToggle={toggle}
      />
    </section>
  )
}

function ViewIntro({
  view,
  diplomas,
  columns,
}: {
  view: GuideView
  diplomas: readonly Diploma[]
  columns: readonly Diploma[]
}) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  if (view === '2011')
    return (
      <p>
        {t.intro2011(
          formatList(
            columns.map((d) => d.short),
            locale,
          ),
        )}{' '}
        <SourceRef id={ARTICLE_SOURCE_ID} />
      </p>
    )
  if (view === 'today') {
    const replacements = diplomasOf2011(diplomas).flatMap((old) => {
      const successor = currentReplacement(old, diplomas)
      if (!successor) return []
      const until = activeYears(old).until
      return [t.replacementItem(old.short, successor.short, until ? String(until) : '')]
    })
    return <p>{t.introToday(formatList(replacements, locale))}</p>
  }
  const levels = columns.map((d) => d.niveau)
  const describe = (niveau: (typeof levels)[number]) => {
    const label = CERTIFICATION_LEVEL_LABELS[niveau]
    const name = label.name[locale]
    return `${name.charAt(0).toLowerCase()}${name.slice(1)} (${label.school[locale]})`
  }
  if (levels.length === 0) return null
  return (
    <p>
      {t.introAll(
        columns.length,
        describe(Math.min(...levels) as (typeof levels)[number]),
        describe(Math.max(...levels) as (typeof levels)[number]),
      )}
    </p>
  )
}
