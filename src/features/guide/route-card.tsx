import { formatList } from '@/lib/i18n'
import { useLocale, useMessages } from '@/ui/use-locale'
import { DiplomaName } from './diploma-label'
import { guideMessages } from './messages'
import type { Route } from './route-logic'

/** One recommended route as steps, from the student's level to the target job, with its "parce que". */
export function RouteCard({
  route,
  number,
  levelLabel,
  experience,
  roleTitle,
  share,
}: {
  route: Route
  number: number
  levelLabel: string
  experience?: string
  roleTitle: string
  share: string
}) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const first = route.steps.length > 1 ? route.steps[0] : undefined
  const entry = first
    ? t.openAfter(
        formatList(
          first.map((d) => d.short),
          locale,
          'disjunction',
        ),
      )
    : t.openFromLevel
  const listed = route.listedBy === 'diploma' ? t.listedByDiploma : t.listedByRole
  return (
    <li className="route-card">
      <p className="route-card__label">{t.routeLabel(number)}</p>
      <ol className="route-steps">
        <li className="route-step route-step--start">
          <span className="route-step__kicker">{t.stepStart}</span>
          <span>{levelLabel}</span>
        </li>
        {route.steps.map((step, i) => (
          <li key={i} className="route-step">
            {step.map((diploma, j) => (
              <span key={diploma.id} className="route-step__choice">
                {j > 0 && <span className="route-step__or">{t.or}</span>}
                <DiplomaName diploma={diploma} />
              </span>
            ))}
          </li>
        ))}
        {experience && (
          <li className="route-step route-step--experience">
            <span className="route-step__kicker">{t.stepExperience}</span>
            <span>{experience}</span>
          </li>
        )}
        <li className="route-step route-step--goal">
          <span className="route-step__kicker">{t.stepGoal}</span>
          <span>{roleTitle}</span>
        </li>
      </ol>
      <p className="because">{t.routeBecause(route.target.short, entry, listed, share)}</p>
    </li>
  )
}
