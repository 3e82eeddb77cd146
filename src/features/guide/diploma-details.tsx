import type { AdmissionSystem, Diploma, Role } from '@/content/schemas'
import { formatList } from '@/lib/i18n'
import { Term } from '@/ui/glossary-term'
import { links } from '@/ui/links'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { STUDENT_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import { AdmissionSystems } from './admission-systems'
import { diplomasInLevelOrder } from './coverage-logic'
import { ReplacedNote, useKindLevel } from './diploma-label'
import { guideMessages } from './messages'

/** "Les formations en détail": one disclosure per diploma, lowest level first. */
export function DiplomaDetails({
  diplomas,
  roles,
  admissions,
}: {
  diplomas: readonly Diploma[]
  roles: readonly Role[]
  admissions: readonly AdmissionSystem[]
}) {
  const t = useMessages(guideMessages)
  return (
    <div className="guide-details">
      <p>{t.detailsLead}</p>
      <div className="diploma-details">
        {diplomasInLevelOrder(diplomas).map((d) => (
          <DiplomaDetail
            key={d.id}
            diploma={d}
            diplomas={diplomas}
            roles={roles}
            admissions={admissions}
          />
        ))}
      </div>
    </div>
  )
}

function DiplomaDetail({
  diploma,
  diplomas,
  roles,
  admissions,
}: {
  diploma: Diploma
  diplomas: readonly Diploma[]
  roles: readonly Role[]
  admissions: readonly AdmissionSystem[]
}) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const kindLevel = useKindLevel()
  const jobs = diploma.jobs.flatMap((id) => roles.filter((r) => r.id === id))
  const sourceIds = [
    ...new Set([
      ...diploma.sources,
      ...(diploma.card?.sources ?? []),
      ...(diploma.admission?.sources ?? []),
    ]),
  ]
  return (
    <details className="diploma-detail">
      <summary>
        <span className="diploma-detail__short">{diploma.short}</span>{' '}
        <span className="diploma-detail__name">{l(diploma.name)}</span>
        {diploma.status === 'replaced' && (
          <span className="diploma-detail__tag"> ({t.replacedTag})</span>
        )}
      </summary>
      <div className="diploma-detail__body">
        <ReplacedNote diploma={diploma} diplomas={diplomas} />
        <dl className="facts">
          <dt>{t.detailLevel}</dt>
          <dd>{kindLevel(diploma)}</dd>
          <dt>{t.detailDuration}</dt>
          <dd>{l(diploma.duration)}</dd>
          <dt>{t.detailEntry}</dt>
          <dd>{l(diploma.entry)}</dd>
          <dt>{t.detailOpenTo}</dt>
          <dd>
            {diploma.openTo.length > 0
              ? formatList(
                  diploma.openTo.map((level) => STUDENT_LEVEL_LABELS[level][locale]),
                  locale,
                )
              : t.detailOpenToNone}
          </dd>
          <dt>
            <Term id="alternance">{t.detailApprenticeship}</Term>
          </dt>
          <dd>{diploma.apprenticeship ? t.yes : t.no}</dd>
          {diploma.card && (
            <>
              <dt>{t.rowLearn}</dt>
              <dd>{l(diploma.card.learn)}</dd>
              <dt>{t.rowPractice}</dt>
              <dd>{l(diploma.card.practice)}</dd>
            </>
          )}
          {diploma.admission && (
            <>
              <dt>{t.rowHow}</dt>
              <dd>
                <AdmissionSystems ids={diploma.admission.via} admissions={admissions} />
                {' — '}
                {l(diploma.admission.how)}
              </dd>
              <dt>{t.rowCost}</dt>
              <dd>{l(diploma.admission.cost)}</dd>
            </>
          )}
          {diploma.registration?.rncp && (
            <>
              <dt>
                <Term id="rncp">{t.detailRncp}</Term>
              </dt>
              <dd>{diploma.registration.rncp}</dd>
            </>
          )}
        </dl>
        <h3 className="diploma-detail__heading">{t.detailUnits}</h3>
        <ul>
          {diploma.units.map((unit) => (
            <li key={unit.code}>
              <strong>{unit.code}</strong> — {l(unit.name)}
              {unit.summary && <span className="unit-summary muted">{l(unit.summary)}</span>}
            </li>
          ))}
        </ul>
        <h3 className="diploma-detail__heading">{t.detailLeadsTo}</h3>
        <p>{l(diploma.leadsTo)}</p>
        {jobs.length > 0 && (
          <>
            <h3 className="diploma-detail__heading">{t.detailJobs}</h3>
            <ul className="inline-list">
              {jobs.map((role) => (
                <li key={role.id}>
                  <a href={links.role(role.id)}>{l(role.title)}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 className="diploma-detail__heading">{t.detailSources}</h3>
        <ul className="source-list">
          {sourceIds.map((id) => (
            <li key={id}>
              <SourceRef id={id} />
            </li>
          ))}
        </ul>
      </div>
    </details>
  )
}
