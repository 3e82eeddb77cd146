import { useId } from 'react'
import type { Diploma, Skill } from '@/content/schemas'
import { SourceRef } from '@/ui/source-ref'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { CoverageCellContent } from './coverage-cell'
import { summarizeCoverage } from './coverage-logic'
import { DiplomaLabel, ReplacedNote, useKindLevel } from './diploma-label'
import { guideMessages } from './messages'

export interface MatrixProps {
  /** The columns of this view. */
  diplomas: readonly Diploma[]
  /** Every diploma, to name replacements. */
  allDiplomas: readonly Diploma[]
  skills: readonly Skill[]
  caption: string
  isOpen: (cellKey: string) => boolean
  onToggle: (cellKey: string) => void
}

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
 * The coverage matrix twice over: a real table (rows = skills, columns = diplomas) for wide
 * screens and print, and one card per diploma for phones. CSS shows one of them; both read the
 * same disclosure state, so nothing depends on which one the reader sees.
 */
export function CoverageMatrix(props: MatrixProps) {
  const { diplomas, skills } = props
  const t = useMessages(guideMessages)
  const sources = numberSources(diplomas, skills)
  return (
    <>
      <CoverageTable {...props} sources={sources} />
      <CoverageCards {...props} sources={sources} />
      <div className="matrix-sources">
        <h3 className="matrix-sources__title">{t.tableSources}</h3>
        <ol>
          {[...sources.keys()].map((id) => (
            <li key={id}>
              <SourceRef id={id} />
            </li>
          ))}
        </ol>
      </div>
    </>
  )
}

type WithSources = MatrixProps & { sources: Map<string, number> }

/** One diploma × skill cell's content, the same in the table and in the cards. */
function MatrixCell({
  diploma,
  skill,
  idPrefix,
  isOpen,
  onToggle,
  sources,
}: Pick<WithSources, 'isOpen' | 'onToggle' | 'sources'> & {
  diploma: Diploma
  skill: Skill
  idPrefix: string
}) {
  const l = useLocalized()
  const cell = diploma.coverage[skill.id]
  if (!cell) return null
  const key = cellKey(diploma, skill)
  return (
    <CoverageCellContent
      cell={cell}
      id={`${idPrefix}-${key}`}
      skillName={l(skill.name)}
      diplomaName={diploma.short}
      sourceNumber={sources.get(cell.source) ?? 0}
      open={isOpen(key)}
      onToggle={() => onToggle(key)}
    />
  )
}

function CoverageTable({
  diplomas,
  allDiplomas,
  skills,
  caption,
  isOpen,
  onToggle,
  sources,
}: WithSources) {
  const t = useMessages(guideMessages)
  const l = useLocalized()
  const id = useId()
  return (
    <div className={`matrix-table-wrap matrix--${diplomas.length > 3 ? 'many' : 'few'}`}>
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
                return (
                  <td key={d.id} className={cell ? `level-${cell.level}` : undefined}>
                    <MatrixCell
                      diploma={d}
                      skill={skill}
                      idPrefix={id}
                      isOpen={isOpen}
                      onToggle={onToggle}
                      sources={sources}
                    />
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
    </div>
  )
}

function CoverageCards({ diplomas, allDiplomas, skills, isOpen, onToggle, sources }: WithSources) {
  const t = useMessages(guideMessages)
  const l = useLocalized()
  const kindLevel = useKindLevel()
  const id = useId()
  return (
    <ul className="matrix-cards">
      {diplomas.map((d) => {
        const s = summarizeCoverage(d, skills)
        return (
          <li key={d.id} className="matrix-card">
            <h3 className="matrix-card__title">{d.short}</h3>
            <p className="matrix-card__name">{l(d.name)}</p>
            <p className="matrix-card__meta">
              {kindLevel(d)}
              <ReplacedNote diploma={d} diplomas={allDiplomas} />
            </p>
            <p className="matrix-card__summary">
              {t.labelled(t.summaryHeader, t.summary(s.covered, s.total, s.core))}
            </p>
            <ul className="matrix-card__skills">
              {skills.map((skill) => {
                const cell = d.coverage[skill.id]
                return (
                  <li key={skill.id} className={cell ? `level-${cell.level}` : undefined}>
                    <span className="matrix-card__skill">{l(skill.name)}</span>
                    <MatrixCell
                      diploma={d}
                      skill={skill}
                      idPrefix={id}
                      isOpen={isOpen}
                      onToggle={onToggle}
                      sources={sources}
                    />
                  </li>
                )
              })}
            </ul>
          </li>
        )
      })}
    </ul>
  )
}
