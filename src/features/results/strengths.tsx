import type { DimensionLevels } from '@/lib/questionnaire/dimension-levels'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { levelWord, strongestGroups } from './profile-chart'

/** From "assez" (level 1.5 of 3) up: a strength worth naming. */
export const STRENGTH_FROM = 1.5

/** The student's three strongest traits, in words ("Technique, dépannage : beaucoup"). */
export function useStrengths(levels: DimensionLevels): string[] {
  const l = useLocalized()
  return strongestGroups(levels, STRENGTH_FROM).map(({ group }) => l(group.name))
}

export function Strengths({ levels }: { levels: DimensionLevels }) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const strong = strongestGroups(levels, STRENGTH_FROM)
  if (!strong.length) return null
  return (
    <div className="strengths">
      <p className="strengths__title">{t.strengthsTitle}</p>
      <ul className="strengths__list">
        {strong.map(({ group, level }) => (
          <li key={group.id} className="strengths__item">
            <strong>{l(group.name)}</strong>{' '}
            <span className="strengths__word">{t[levelWord(level)]}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
