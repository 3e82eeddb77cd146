import { profileGroups } from 'virtual:content'
import { PROFILE_MAX, type DimensionLevels } from '@/lib/questionnaire/dimension-levels'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'

const WORDS = ['level0', 'level1', 'level2', 'level3'] as const

/** A line's level: the mean of its measured dimensions (undefined when none was measured). */
export function groupLevel(dimensions: readonly string[], levels: DimensionLevels) {
  const measured = dimensions.flatMap((d) => levels[d as keyof DimensionLevels] ?? [])
  return measured.length ? measured.reduce((a, b) => a + b, 0) / measured.length : undefined
}

/**
 * The lines of the profile that stand out most (level `from` and up, 0–3), strongest first: what
 * "your strengths" and "what we already know" name.
 */
export function strongestGroups(levels: DimensionLevels, from: number, count = 3) {
  return profileGroups
    .map((group) => ({ group, level: groupLevel(group.dimensions, levels) }))
    .filter(
      (g): g is { group: (typeof profileGroups)[number]; level: number } =>
        g.level !== undefined && g.level >= from,
    )
    .sort((a, b) => b.level - a.level)
    .slice(0, count)
}

/** 0–3 in words: peu, un peu, assez, beaucoup. */
export const levelWord = (level: number) =>
  WORDS[Math.min(WORDS.length - 1, Math.floor((level / PROFILE_MAX) * WORDS.length))]!

/**
 * What the answers show, one line per thing a student would name (dimensions that read as the
 * same thing are merged), strongest first; what no question asked says "not measured", never 0.
 * Each line is text (the words), the bar only repeats it.
 */
export function ProfileChart({ levels }: { levels: DimensionLevels }) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const lines = profileGroups
    .map((group, order) => ({ group, order, level: groupLevel(group.dimensions, levels) }))
    .sort((a, b) => (b.level ?? -1) - (a.level ?? -1) || a.order - b.order)
  return (
    <figure className="profile-chart">
      <figcaption className="muted">{t.profileIntro}</figcaption>
      <ul className="profile-chart__lines">
        {lines.map(({ group, level }) => (
          <li key={group.id} className="profile-chart__line" data-measured={level !== undefined}>
            <span className="profile-chart__name">{l(group.name)}</span>
            {level === undefined ? (
              <span className="profile-chart__word muted">{t.notMeasured}</span>
            ) : (
              <>
                <svg
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  className="profile-chart__bar"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect className="profile-chart__track" width="100" height="10" />
                  <rect
                    className="profile-chart__fill"
                    width={Math.max(2, (100 * level) / PROFILE_MAX)}
                    height="10"
                  />
                </svg>
                <strong className="profile-chart__word">{t[levelWord(level)]}</strong>
              </>
            )}
          </li>
        ))}
      </ul>
    </figure>
  )
}
