import type { AdmissionSystem, Diploma, Role } from '@/content/schemas'
import { links } from '@/ui/links'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { diplomasInLevelOrder } from './coverage-logic'
import { DiplomaFacts } from './diploma-facts'
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
  const l = useLocalized()
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
        <p className="diploma-detail__page">
          <a href={links.diploma(diploma.id)}>{t.diplomaPageLink(diploma.short)}</a>
        </p>
        <DiplomaFacts
          diploma={diploma}
          diplomas={diplomas}
          roles={roles}
          admissions={admissions}
          headingLevel={3}
        />
      </div>
    </details>
  )
}
