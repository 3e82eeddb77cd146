import type { Diploma } from '@/content/schemas'
import { CertificationStatusNote } from '@/ui/certification-status'
import { Term } from '@/ui/glossary-term'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { CERTIFICATION_LEVEL_LABELS, DIPLOMA_KIND_LABELS } from '@/ui/vocabulary-messages'
import { activeYears } from './coverage-logic'
import { guideMessages } from './messages'

/** "BTS · Niveau 5 (bac + 2)". */
export function useKindLevel() {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  return (diploma: Diploma) =>
    t.kindLevel(
      DIPLOMA_KIND_LABELS[diploma.kind][locale],
      CERTIFICATION_LEVEL_LABELS[diploma.niveau].name[locale],
      CERTIFICATION_LEVEL_LABELS[diploma.niveau].school[locale],
    )
}

/** "Niveau 5 (bac + 2)". */
export function useLevel() {
  const locale = useLocale()
  return (diploma: Diploma) => {
    const label = CERTIFICATION_LEVEL_LABELS[diploma.niveau]
    return `${label.name[locale]} (${label.school[locale]})`
  }
}

/** "Remplacé par BTS NDRC en 2018 · En vigueur de 2003 à 2018", or nothing for a current diploma. */
export function ReplacedNote({
  diploma,
  diplomas,
  compact = false,
}: {
  diploma: Diploma
  diplomas: readonly Diploma[]
  /** Without the years in force (column headers). */
  compact?: boolean
}) {
  const t = useMessages(guideMessages)
  if (diploma.status !== 'replaced')
    return (
      <CertificationStatusNote diploma={diploma} diplomas={diplomas} className="replaced-note" />
    )
  const successor = diplomas.find((d) => d.id === diploma.replacedBy)
  const { from, until } = activeYears(diploma)
  return (
    <span className="replaced-note">
      {t.replacedBy(successor?.short ?? diploma.replacedBy ?? '', until ? String(until) : '')}
      {!compact && from && until && from !== until ? (
        <span className="replaced-note__years"> · {t.inForce(String(from), String(until))}</span>
      ) : null}
    </span>
  )
}

/** A diploma's column header: its short name and, when replaced, by what and when. */
export function DiplomaLabel({
  diploma,
  diplomas,
}: {
  diploma: Diploma
  diplomas: readonly Diploma[]
}) {
  return (
    <>
      <span className="diploma-label__short">{diploma.short}</span>{' '}
      <ReplacedNote diploma={diploma} diplomas={diplomas} compact />
    </>
  )
}

/** A diploma's short and full names and its level; the length and the rest are in the details. */
export function DiplomaName({ diploma }: { diploma: Diploma }) {
  const l = useLocalized()
  const level = useLevel()
  return (
    <span className="diploma-name">
      <strong>{diploma.short}</strong>
      <span className="diploma-name__full">{l(diploma.name)}</span>
      <span className="diploma-name__meta">
        <Term id="niveau">{level(diploma)}</Term>
      </span>
    </span>
  )
}
