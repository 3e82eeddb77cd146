import type { CoverageCell as Cell } from '@/content/schemas'
import { SourceRef } from '@/ui/source-ref'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { CoverageBadge } from './coverage-badge'
import { guideMessages } from './messages'

interface CoverageCellProps {
  cell: Cell
  /** Unique in the page: the table and the cards each render every cell. */
  id: string
  /** Names the button for assistive technologies: "Why? Skill, Diploma". */
  skillName: string
  diplomaName: string
  /** Number of the cell's source in the printed list of sources. */
  sourceNumber: number
  open: boolean
  onToggle: () => void
}

/**
 * A coverage level in words and icon, which is also the button that discloses its one-line
 * justification. The justification is always in the DOM (and always printed); on screen it shows
 * on demand.
 */
export function CoverageCellContent({
  cell,
  id,
  skillName,
  diplomaName,
  sourceNumber,
  open,
  onToggle,
}: CoverageCellProps) {
  const t = useMessages(guideMessages)
  const l = useLocalized()
  return (
    <div className="cell">
      <button
        type="button"
        className="cell-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={onToggle}
      >
        <CoverageBadge level={cell.level} /> <span className="cell-toggle__hint">{t.why}</span>{' '}
        <span className="visually-hidden">{t.whyFor(skillName, diplomaName)}</span>
      </button>
      <div id={id} className="why" hidden={!open}>
        <p className="why__text">
          {l(cell.why)} <span className="why__note">[{sourceNumber}]</span>
        </p>
        <span className="why__source">
          <SourceRef id={cell.source} />
        </span>
      </div>
    </div>
  )
}
