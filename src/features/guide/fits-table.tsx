import { asCoverageLevel } from '@/content/vocabulary'
import type { Skill } from '@/content/schemas'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { CoverageBadge } from './coverage-badge'
import { guideMessages } from './messages'
import type { Recommendation } from './route-logic'

/** The target job's skills: the level each needs, and the level the best diploma gives. */
export function FitsTable({
  recommendation,
  skills,
}: {
  recommendation: Recommendation
  skills: readonly Skill[]
}) {
  const t = useMessages(guideMessages)
  const l = useLocalized()
  const { best } = recommendation
  if (!best) return null
  return (
    <table className="data-table fits">
      <caption>{t.fitsCaption(best.diploma.short)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.skillHeader}</th>
          <th scope="col">{t.needHeader}</th>
          <th scope="col">{t.hasHeader(best.diploma.short)}</th>
        </tr>
      </thead>
      <tbody>
        {best.coverage.fits.map((fit) => {
          const skill = skills.find((s) => s.id === fit.skill)
          return (
            <tr key={fit.skill}>
              <th scope="row">{skill ? l(skill.name) : fit.skill}</th>
              <td>
                <CoverageBadge level={asCoverageLevel(fit.needed)} />
              </td>
              <td>
                <CoverageBadge level={fit.has} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
