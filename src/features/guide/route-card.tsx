import type { AdmissionSystem } from '@/content/schemas'
import { formatContentDate } from '@/lib/i18n'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { AdmissionSystems } from './admission-systems'
import { DiplomaName } from './diploma-label'
import { guideMessages } from './messages'
import type { Route, RuleId, Step } from './route-logic'

type GuideCatalogue = (typeof guideMessages)['fr']

/** The "parce que" of each rule of the level (route-logic's LEVEL_TIERS). */
export function ruleText(t: GuideCatalogue, rule: RuleId): string {
  const texts: Record<RuleId, string> = {
    'affelnet-vocational': t.ruleAffelnetVocational,
    'parcoursup-higher': t.ruleParcoursupHigher,
    'parcoursup-bts-bac-pro': t.ruleParcoursupBtsBacPro,
    'specialise-after-bac': t.ruleSpecialiseAfterBac,
    'work-then-title': t.ruleWorkThenTitle,
    'title-work-study': t.ruleTitleWorkStudy,
    'adult-title': t.ruleAdultTitle,
  }
  return texts[rule]
}

/** One recommended route as steps from the student's level to the job: how to get into each. */
export function RouteCard({
  route,
  number,
  levelLabel,
  experience,
  roleTitle,
  share,
  admissions,
  shownIn = [],
}: {
  route: Route
  number: number
  levelLabel: string
  experience?: string
  roleTitle: string
  share: string
  admissions: readonly AdmissionSystem[]
  /** For each step, the number of an earlier route that already detailed the same step. */
  shownIn?: readonly (number | undefined)[]
}) {
  const t = useMessages(guideMessages)
  const rules = [...new Set(route.steps.map((step) => step.rule))]
  return (
    <li className="route-card">
      <p className="route-card__label">{t.routeLabel(number)}</p>
      <ol className="route-steps">
        <li className="route-step route-step--start">
          <span className="route-step__kicker">{t.stepStart}</span>
          <span>{levelLabel}</span>
        </li>
        {route.steps.map((step, i) => (
          <RouteStep key={i} step={step} admissions={admissions} shownIn={shownIn[i]} />
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
      <p className="because">
        {rules.map((rule) => ruleText(t, rule)).join(' ')}{' '}
        {t.routeCoverage(route.target.short, share)}
      </p>
    </li>
  )
}

function RouteStep({
  step,
  admissions,
  shownIn,
}: {
  step: Step
  admissions: readonly AdmissionSystem[]
  shownIn?: number
}) {
  const t = useMessages(guideMessages)
  const l = useLocalized()
  const [first] = step.choices
  const systems = step.systems.flatMap((id) => admissions.filter((s) => s.id === id))
  const usual = systems[0]
  const calendar = systems.find((s) => s.calendar)
  return (
    <li className="route-step">
      <div className="route-step__choices">
        {step.choices.map((diploma, j) => (
          <span key={diploma.id} className="route-step__choice">
            {j > 0 && <span className="route-step__or">{t.or}</span>}
            <DiplomaName diploma={diploma} />
          </span>
        ))}
      </div>
      {shownIn !== undefined && <p className="route-step__same">{t.sameStep(shownIn)}</p>}
      {first && shownIn === undefined && (
        <dl className="route-step__facts">
          <dt>{t.stepHow}</dt>
          <dd>
            <strong>
              <AdmissionSystems ids={step.systems} admissions={admissions} />
            </strong>
            {first.admission && <> — {l(first.admission.how)}</>}
          </dd>
          {usual && (
            <>
              <dt>{t.stepWhen}</dt>
              <dd>
                {l(usual.when)}
                {calendar && <CalendarDetails system={calendar} />}
              </dd>
            </>
          )}
          <dt>{t.stepLength}</dt>
          <dd>{l(first.duration)}</dd>
          {first.admission && (
            <>
              <dt>{t.stepCost}</dt>
              <dd>{l(first.admission.cost)}</dd>
            </>
          )}
        </dl>
      )}
    </li>
  )
}

/** A published admission calendar, dated, behind a native disclosure. */
function CalendarDetails({ system }: { system: AdmissionSystem }) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const { calendar } = system
  if (!calendar) return null
  const date = (value: string) => formatContentDate(value, locale)
  return (
    <details className="calendar">
      <summary>{t.calendarTitle(l(system.name), calendar.session)}</summary>
      <ul className="calendar__steps">
        {calendar.steps.map((step, i) => (
          <li key={i}>
            <strong>
              {step.until ? (
                t.calendarUntil(date(step.date), date(step.until))
              ) : (
                <time dateTime={step.date}>{date(step.date)}</time>
              )}
            </strong>{' '}
            — {l(step.text)}
          </li>
        ))}
      </ul>
      {calendar.note && <p className="muted">{l(calendar.note)}</p>}
      <SourceRef id={calendar.source} />
    </details>
  )
}

/** A key for a step: the same courses from the same level are the same step. */
export const stepKey = (step: Step) => `${step.level}:${step.choices.map((d) => d.id).join('|')}`
