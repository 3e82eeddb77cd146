import type { AdmissionSystem, Diploma, Role } from '@/content/schemas'
import { formatList } from '@/lib/i18n'
import { Term } from '@/ui/glossary-term'
import { links } from '@/ui/links'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { STUDENT_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import { AdmissionSystems } from './admission-systems'
import { ReplacedNote, useKindLevel } from './diploma-label'
import { guideMessages } from './messages'

/**
 * What the guide knows about one diploma — level, length, entry, cost, units, outcomes, jobs,
 * sources — drawn the same way in the guide's "en détail" list and on the diploma's own page.
 * `headingLevel` keeps the headings in order wherever it sits (under an h2 there, an h1 here).
 */
export function DiplomaFacts({
  diploma,
  diplomas,
  roles,
  admissions,
  headingLevel,
}: {
  diploma: Diploma
  diplomas: readonly Diploma[]
  roles: readonly Role[]
  admissions: readonly AdmissionSystem[]
  headingLevel: 2 | 3
}) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const kindLevel = useKindLevel()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const jobs = diploma.jobs.flatMap((id) => roles.filter((r) => r.id === id))
  const sourceIds = [
    ...new Set([
      ...diploma.sources,
      ...(diploma.card?.sources ?? []),
      ...(diploma.admission?.sources ?? []),
    ]),
  ]
  return (
    <>
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
      <Heading className="diploma-detail__heading">{t.detailUnits}</Heading>
      <ul>
        {diploma.units.map((unit) => (
          <li key={unit.code}>
            <strong>{unit.code}</strong> — {l(unit.name)}
            {unit.summary && <span className="unit-summary muted">{l(unit.summary)}</span>}
          </li>
        ))}
      </ul>
      <Heading className="diploma-detail__heading">{t.detailLeadsTo}</Heading>
      <p>{l(diploma.leadsTo)}</p>
      {jobs.length > 0 && (
        <>
          <Heading className="diploma-detail__heading">{t.detailJobs}</Heading>
          <ul className="inline-list">
            {jobs.map((role) => (
              <li key={role.id}>
                <a href={links.role(role.id)}>{l(role.title)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading className="diploma-detail__heading">{t.detailSources}</Heading>
      <ul className="source-list">
        {sourceIds.map((id) => (
          <li key={id}>
            <SourceRef id={id} />
          </li>
        ))}
      </ul>
    </>
  )
}
