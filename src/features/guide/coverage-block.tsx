import { useState } from 'react'
import type { Diploma, Skill } from '@/content/schemas'
import { COVERAGE_LEVELS } from '@/content/vocabulary'
import { formatList } from '@/lib/i18n'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { CoverageBadge } from './coverage-badge'
import { skillsLeftThin } from './coverage-logic'
import { CoverageMatrix, cellKey } from './coverage-matrix'
import { guideMessages } from './messages'

interface CoverageBlockProps {
  /** The columns. */
  diplomas: readonly Diploma[]
  allDiplomas: readonly Diploma[]
  skills: readonly Skill[]
  /** Shows the print button (one per page is enough: it prints every open comparison). */
  printable?: boolean
}

/** A coverage comparison: its legend, "every justification", the matrix, and what it leaves thin. */
export function CoverageBlock({ diplomas, allDiplomas, skills, printable }: CoverageBlockProps) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const [openCells, setOpenCells] = useState<ReadonlySet<string>>(new Set())
  const [showAll, setShowAll] = useState(false)
  const names = formatList(
    diplomas.map((d) => d.short),
    locale,
  )
  const thin = skillsLeftThin(diplomas, skills)

  const toggle = (key: string) => {
    if (showAll) {
      const everyCell = diplomas.flatMap((d) => skills.map((s) => cellKey(d, s)))
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
    <div className="coverage-block">
      <div className="compare__tools">
        <div className="legend" role="group" aria-label={t.legendTitle}>
          <span className="legend__title" aria-hidden="true">
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
            {t.showAllWhy} <span className="visually-hidden">({names})</span>
          </label>
          {printable && (
            <button type="button" className="button button--quiet" onClick={() => window.print()}>
              {t.print}
            </button>
          )}
        </div>
      </div>
      {printable && <p className="print-hint no-print muted">{t.printHint}</p>}
      <CoverageMatrix
        diplomas={diplomas}
        allDiplomas={allDiplomas}
        skills={skills}
        caption={t.caption(names)}
        isOpen={(key) => showAll || openCells.has(key)}
        onToggle={toggle}
      />
      <p className="compare__thin">
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
  )
}
