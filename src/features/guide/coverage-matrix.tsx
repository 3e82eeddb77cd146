import { useId } from 'react'
import type { Diploma, Skill } from '@/content/schemas'
import { SourceRef } from '@/ui/source-ref'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { CoverageCellContent } from './coverage-cell'
import { summarizeCoverage } from './coverage-logic'
import { DiplomaLabel } from './diploma-label'
import { guideMessages } from './messages'

export interface MatrixProps {
  /** The columns of this comparison. */
  diplomas: readonly Diploma[]
  /** Every diploma, to name replacements. */
  allDiplomas: readonly Diploma[]
  skills: readonly Skill[]
  caption: string
  isOpen: (cellKey: string) => boolean
  onToggle: (cellKey: string) => void
}

/** Above this many columns the table scrolls sideways, its skill column kept in view. */
export const FEW_COLUMNS = 3

export const cellKey = (diploma: Diploma, skill: Skill) => `${diploma.id}--${skill.id}`

/** Each source cited by the cells, numbered in reading order (row by row), for the print. */
function numberSources(diplomas: readonly Diploma[], skills: readonly Skill[]) {
  const numbers = new Map<string, number>()
  for (const skill of skills)
    for (const diploma of diplomas) {
      const source = diploma.coverage[skill.id]?.source
      if (source && !numbers.has(source)) numbers.set(source, numbers.size + 1)
    }
  return numbers
}

/**
 * The coverage matrix: a real table (rows = skills, columns = diplomas) on every screen. Two or
 * three diplomas fit side by side even on a phone, with short labels and the column names kept
 * in view; more scroll sideways in a focusable region with the skill names kept in view. Each
 * cell is a level in words and shape, which discloses its justification.
 */
export function CoverageMatrix(props: MatrixProps) {
  const { diplomas, allDiplomas, skills, caption, isOpen, onToggle } = props
  const t = useMessages(guideMessages)
  const l = useLocalized()
  const id = useId()
  const sources = numberSources(diplomas, skills)
  const many = diplomas.length > FEW_COLUMNS
  const table = (
    <table className="matrix-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="matrix-table__corner">
            {t.skillHeader}
          </th>
          {diplomas.map((d) => (
            <th key={d.id} scope="col" abbr={d.short} className="matrix-table__diploma">
              <DiplomaLabel diploma={d} diplomas={allDiplomas} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {skills.map((skill) => (
          <tr key={skill.id}>
            <th scope="row">{l(skill.name)}</th>
            {diplomas.map((d) => {
              const cell = d.coverage[skill.id]
              const key = cellKey(d, skill)
              return (
                <td key={d.id} className={cell ? `level-${cell.level}` : undefined}>
                  {cell && (
                    <CoverageCellContent
                      cell={cell}
                      id={`${id}-${key}`}
                      skillName={l(skill.name)}
                      diplomaName={d.short}
                      sourceNumber={sources.get(cell.source) ?? 0}
                      open={isOpen(key)}
                      onToggle={() => onToggle(key)}
                    />
                  )}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.summaryHeader}</th>
          {diplomas.map((d) => {
            const s = summarizeCoverage(d, skills)
            return <td key={d.id}>{t.summary(s.covered, s.total, s.core)}</td>
          })}
        </tr>
      </tfoot>
    </table>
  )
  return (
    <>
      {many ? (
        <>
          <p className="matrix-scroll-hint no-print">{t.scrollHint}</p>
          <div
            className="matrix-table-wrap matrix--many"
            role="region"
            aria-label={t.scrollLabel(caption)}
            tabIndex={0}
          >
            {table}
          </div>
        </>
      ) : (
        <div className="matrix-table-wrap matrix--few">{table}</div>
      )}
      <div className="matrix-sources">
        <h4 className="matrix-sources__title">{t.tableSources}</h4>
        <ol>
          {[...sources.keys()].map((sourceId) => (
            <li key={sourceId}>
              <SourceRef id={sourceId} />
            </li>
          ))}
        </ol>
      </div>
    </>
  )
}
