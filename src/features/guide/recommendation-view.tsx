import type { Ref } from 'react'
import type { AdmissionSystem, Skill } from '@/content/schemas'
import { asCoverageLevel } from '@/content/vocabulary'
import { formatPercent } from '@/lib/i18n'
import { links } from '@/ui/links'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { COVERAGE_LEVEL_LABELS, STUDENT_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import { DiplomaName } from './diploma-label'
import { FitsTable } from './fits-table'
import { RouteCard, stepKey } from './route-card'
import { guideMessages } from './messages'
import type { Recommendation } from './route-logic'

interface RecommendationViewProps {
  recommendation: Recommendation
  skills: readonly Skill[]
  admissions: readonly AdmissionSystem[]
  headingRef: Ref<HTMLHeadingElement>
}

/** The answer to "Quelle voie pour moi ?", each recommendation with its "parce que…". */
export function RecommendationView({
  recommendation,
  skills,
  admissions,
  headingRef,
}: RecommendationViewProps) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const { level, role, routes, openToLevel, best, gaps } = recommendation
  const levelLabel = level && STUDENT_LEVEL_LABELS[level][locale]
  const roleTitle = role && l(role.title)
  const share = (ratio: number) => formatPercent(Math.round(ratio * 100), locale)
  // A step already detailed in an earlier route (the same bac pro, say) only points back to it.
  const firstShown = new Map<string, number>()
  const shownIn = routes.map((route, i) =>
    route.steps.map((step) => {
      const key = stepKey(step)
      const earlier = firstShown.get(key)
      if (earlier === undefined) firstShown.set(key, i + 1)
      return earlier
    }),
  )

  return (
    <div className="recommendation">
      <h3 id="result-title" ref={headingRef} tabIndex={-1}>
        {t.resultTitle}
      </h3>
      <p className="recommendation__context">
        {levelLabel && roleTitle
          ? t.resultFor(levelLabel, roleTitle)
          : levelLabel
            ? t.resultForLevel(levelLabel)
            : roleTitle && t.resultForRole(roleTitle)}
      </p>

      {levelLabel && role && (
        <>
          <h4>{t.routesTitle}</h4>
          {routes.length > 0 ? (
            <ol className="routes">
              {routes.map((route, i) => (
                <RouteCard
                  key={route.target.id}
                  admissions={admissions}
                  shownIn={shownIn[i]}
                  route={route}
                  number={i + 1}
                  levelLabel={levelLabel}
                  experience={role.entry.experience ? l(role.entry.text) : undefined}
                  roleTitle={l(role.title)}
                  share={share(route.coverage.ratio)}
                />
              ))}
            </ol>
          ) : (
            <>
              <p>{t.noRoute}</p>
              <blockquote className="quote">{l(role.entry.text)}</blockquote>
            </>
          )}
        </>
      )}

      {levelLabel && !role && (
        <>
          <h4>{t.openTitle}</h4>
          <ul className="open-list">
            {openToLevel.map((d) => (
              <li key={d.id}>
                <DiplomaName diploma={d} />
              </li>
            ))}
          </ul>
          <p className="path__invite">{t.pickRole}</p>
        </>
      )}

      {role && !levelLabel && <p className="path__invite">{t.pickLevel}</p>}

      {role && best && (
        <>
          <h4>{t.bestTitle}</h4>
          <p className="best">
            <DiplomaName diploma={best.diploma} />
          </p>
          <p className="because">
            {best.reachable && best.among === 1
              ? t.bestOnly(best.diploma.short, share(best.coverage.ratio))
              : best.reachable
                ? t.bestBecauseReachable(best.diploma.short, share(best.coverage.ratio))
                : t.bestBecause(best.diploma.short, share(best.coverage.ratio))}
            {best.reachable === false && <> {t.bestNotReachable(best.diploma.short)}</>}
          </p>
          <details className="score-how">
            <summary>{t.fitsTitle}</summary>
            <FitsTable recommendation={recommendation} skills={skills} />
            <h5 className="score-how__title">{t.scoreHow}</h5>
            <p>{t.scoreExplained}</p>
          </details>

          <h4>{t.gapsTitle}</h4>
          {gaps.length === 0 ? (
            <p>{t.noGaps(best.diploma.short)}</p>
          ) : (
            <ul className="gaps">
              {gaps.map((gap) => (
                <li key={gap.skill.id} className="gap">
                  <p className="gap__skill">{l(gap.skill.name)}</p>
                  <p className="because">
                    {t.gapBecause(
                      l(gap.skill.name),
                      COVERAGE_LEVEL_LABELS[asCoverageLevel(gap.needed)][locale],
                      best.diploma.short,
                      COVERAGE_LEVEL_LABELS[asCoverageLevel(gap.has)][locale],
                    )}
                  </p>
                  <p className="gap__fill-title">{t.fillTitle}</p>
                  <ul>
                    {gap.skill.fillGaps.map((fill, i) => (
                      <li key={i}>{l(fill)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={links.role(role.id)}>{t.roleLink(l(role.title))}</a>
          </p>
        </>
      )}
    </div>
  )
}
