import { useId, useState, type ReactNode } from 'react'
import type { AdmissionSystem, Diploma, Localized, Role } from '@/content/schemas'
import { formatList } from '@/lib/i18n'
import { Term } from '@/ui/glossary-term'
import { links } from '@/ui/links'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { CERTIFICATION_LEVEL_LABELS, DIPLOMA_KIND_LABELS } from '@/ui/vocabulary-messages'
import { AdmissionSystems } from './admission-systems'
import { guideMessages } from './messages'

interface Row {
  key: string
  label: string
  cell: (d: Diploma) => ReactNode
}

/**
 * Two (or three) diplomas side by side in plain words: a real table whose rows are the questions
 * a student asks (what you do, for whom, how long, how to get in…), its columns the diplomas. The
 * first rows show at once, the others on demand. On a phone each row's label spans the columns
 * and the two answers stay side by side.
 */
export function PlainCards({
  diplomas,
  roles,
  admissions,
}: {
  diplomas: readonly Diploma[]
  roles: readonly Role[]
  admissions: readonly AdmissionSystem[]
}) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const moreId = useId()
  const [more, setMore] = useState(false)
  const text = (value: Localized | undefined) => (value ? l(value) : t.unknown)

  const first: Row[] = [
    { key: 'learn', label: t.rowLearn, cell: (d) => text(d.card?.learn) },
    { key: 'for', label: t.rowForWhom, cell: (d) => text(d.card?.forWhom) },
    { key: 'length', label: t.rowLength, cell: (d) => l(d.duration) },
    {
      key: 'how',
      label: t.rowHow,
      cell: (d) =>
        d.admission ? (
          <>
            <strong className="cards-table__systems">
              <AdmissionSystems ids={d.admission.via} admissions={admissions} />
            </strong>{' '}
            {l(d.admission.how)}
          </>
        ) : (
          t.unknown
        ),
    },
  ]
  const rest: Row[] = [
    { key: 'practice', label: t.rowPractice, cell: (d) => text(d.card?.practice) },
    { key: 'cost', label: t.rowCost, cell: (d) => text(d.admission?.cost) },
    {
      key: 'jobs',
      label: t.rowJobs,
      cell: (d) => {
        const jobs = d.jobs.flatMap((id) => roles.filter((r) => r.id === id))
        return jobs.length > 0 ? (
          <ul className="cards-table__jobs">
            {jobs.map((role) => (
              <li key={role.id}>
                <a href={links.role(role.id)}>{l(role.title)}</a>
              </li>
            ))}
          </ul>
        ) : (
          l(d.leadsTo)
        )
      },
    },
    { key: 'next', label: t.rowNext, cell: (d) => text(d.card?.next) },
  ]
  const body = (rows: Row[]) =>
    rows.map((row) => (
      <tr key={row.key} role="row">
        <th scope="row" role="rowheader">
          {row.label}
        </th>
        {diplomas.map((d) => (
          <td key={d.id} role="cell">
            {row.cell(d)}
          </td>
        ))}
      </tr>
    ))

  return (
    <div className="cards">
      <table className={`cards-table cards-table--${diplomas.length}`} role="table">
        <caption>
          {t.cardsCaption(
            formatList(
              diplomas.map((d) => d.short),
              locale,
            ),
          )}
        </caption>
        <thead>
          <tr role="row">
            <td className="cards-table__corner" />
            {diplomas.map((d) => (
              <th key={d.id} scope="col" role="columnheader">
                {/* Each diploma's own page, with everything the guide knows about it. */}
                <a className="cards-table__short" href={links.diploma(d.id)}>
                  {d.short}
                </a>
                <span className="cards-table__name">{l(d.name)}</span>
                <span className="cards-table__meta">
                  <KindLevel diploma={d} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body(first)}</tbody>
        <tbody id={moreId} hidden={!more}>
          {body(rest)}
        </tbody>
      </table>
      <p className="no-print">
        <button
          type="button"
          className="button button--quiet cards__more"
          aria-expanded={more}
          aria-controls={moreId}
          onClick={() => setMore(!more)}
        >
          {t.moreRows}
        </button>
      </p>
    </div>
  )
}

/** "BTS · Niveau 5 (bac + 2)", the kind and the level each explained by the glossary. */
function KindLevel({ diploma }: { diploma: Diploma }) {
  const locale = useLocale()
  const level = CERTIFICATION_LEVEL_LABELS[diploma.niveau]
  return (
    <>
      <Term id={diploma.kind}>{DIPLOMA_KIND_LABELS[diploma.kind][locale]}</Term> ·{' '}
      <Term id="niveau">{level.name[locale]}</Term> ({level.school[locale]})
    </>
  )
}
