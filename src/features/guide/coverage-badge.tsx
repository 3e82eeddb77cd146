import type { CoverageLevel } from '@/content/vocabulary'
import { useLocale } from '@/ui/use-locale'
import { COVERAGE_LEVEL_LABELS } from '@/ui/vocabulary-messages'

const R = 8
const C = 10

/** The filled share of the disc for each level: a different shape per level, never colour alone. */
function wedge(level: CoverageLevel): string | undefined {
  if (level === 0 || level === 3) return undefined
  const angle = (level / 3) * 2 * Math.PI
  const x = C + R * Math.sin(angle)
  const y = C - R * Math.cos(angle)
  return `M${C} ${C} L${C} ${C - R} A${R} ${R} 0 ${angle > Math.PI ? 1 : 0} 1 ${x.toFixed(2)} ${y.toFixed(2)} Z`
}

/** A disc filled by thirds (empty, one third, two thirds, full), drawn beside the level's word. */
export function CoverageIcon({ level }: { level: CoverageLevel }) {
  const path = wedge(level)
  return (
    <svg
      className="coverage-icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx={C} cy={C} r={R} className="coverage-icon__ring" />
      {level === 3 && <circle cx={C} cy={C} r={R} className="coverage-icon__fill" />}
      {path && <path d={path} className="coverage-icon__fill" />}
      {level === 0 && <line x1="5" y1="15" x2="15" y2="5" className="coverage-icon__ring" />}
    </svg>
  )
}

/** A coverage level in words, with its icon. */
export function CoverageBadge({ level }: { level: CoverageLevel }) {
  const locale = useLocale()
  return (
    <span className={`coverage coverage--${level}`}>
      <CoverageIcon level={level} />
      <span className="coverage__label">{COVERAGE_LEVEL_LABELS[level][locale]}</span>
    </span>
  )
}
