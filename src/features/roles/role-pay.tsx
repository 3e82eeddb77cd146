import { figures } from 'virtual:content'
import type { Fact, PayRange, Role } from '@/content/schemas'
import { formatContentDate, formatNumber } from '@/lib/i18n'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { roleMessages } from './messages'
import { smicMultiple } from './role-page-logic'

/**
 * "Ce que ça paie": what the job pays in words a teenager reads — a starting and an experienced
 * net monthly range when a source gives them (and what no source gave otherwise), the SMIC of the
 * year as the legal floor, the collective agreement, and other sourced facts. Every amount is dated.
 */
export function RolePay({ role }: { role: Role }) {
  const t = useMessages(roleMessages)
  const l = useLocalized()
  const locale = useLocale()
  const { pay } = role
  const floor = figures.find((f) => f.id === pay.floor)
  const euros = (value: number) =>
    formatNumber(value, locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })

  const range = (value: PayRange) => (
    <>
      {t.payRange(euros(value.min), euros(value.max))}
      {floor &&
        ` (${t.paySmicRatio(
          formatNumber(smicMultiple(value.min, floor.value), locale),
          formatNumber(smicMultiple(value.max, floor.value), locale),
          String(floor.year),
        )})`}
      . <SourceRef id={value.source} year={Number(value.asOf.slice(0, 4))} />
    </>
  )
  const unknown = pay.unknown ? l(pay.unknown) : ''

  return (
    <section aria-labelledby="role-pay" className="card role-pay">
      <h2 id="role-pay">{t.payTitle}</h2>
      <p className="role-pay__lead">{t.payLead}</p>
      <dl className="fact-list">
        {!pay.start && !pay.experienced ? (
          <div>
            <dt>{t.payBoth}</dt>
            <dd>{unknown}</dd>
          </div>
        ) : (
          <>
            <div>
              <dt>{t.payStart}</dt>
              <dd>{pay.start ? range(pay.start) : unknown}</dd>
            </div>
            <div>
              <dt>{t.payExperienced}</dt>
              <dd>{pay.experienced ? range(pay.experienced) : unknown}</dd>
            </div>
          </>
        )}
        {floor && (
          <div>
            <dt>{t.payFloor}</dt>
            <dd>
              {t.payFloorText(euros(floor.value), String(floor.year))}{' '}
              <SourceRef id={floor.source} year={floor.year} />
              {floor.note && (
                <p className="role-pay__floor-note">
                  {l(floor.note)} <SourceRef id={floor.noteSource ?? floor.source} />
                </p>
              )}
            </dd>
          </div>
        )}
        {pay.agreement && (
          <div>
            <dt>{t.payAgreement}</dt>
            <dd>
              <FactText fact={pay.agreement} />
            </dd>
          </div>
        )}
      </dl>
      {pay.facts && pay.facts.length > 0 && (
        <>
          <h3 className="role-pay__more">{t.payMore}</h3>
          {pay.facts.map((fact) => (
            <p key={fact.text.fr}>
              <FactText fact={fact} />
            </p>
          ))}
        </>
      )}
    </section>
  )
}

/** A dated fact's text, then its source with the date it describes. */
export function FactText({ fact }: { fact: Fact }) {
  const l = useLocalized()
  const locale = useLocale()
  const t = useMessages(roleMessages)
  return (
    <>
      {l(fact.text)}{' '}
      <span className="fact-date">
        {t.asOf(formatContentDate(fact.asOf, locale), fact.asOf.length === 10)}
      </span>{' '}
      <SourceRef id={fact.source} />
    </>
  )
}
