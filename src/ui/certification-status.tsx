import type { Diploma } from '@/content/schemas'
import { certificationStatus, isoDate } from '@/lib/certification-status'
import { formatContentDate } from '@/lib/i18n'
import type { Verification } from '@/lib/verified-on'
import { certificationMessages } from './certification-messages'
import { useLocale, useMessages } from './use-locale'

/** Today, as the content writes dates, in the reader's calendar. */
export const useToday = () => isoDate(new Date())

/**
 * A certification's status today in a few words — « n'est plus délivré depuis le 1er septembre
 * 2025 ; nous n'avons pas trouvé de titre qui le remplace », « remplacé par le BTS MCO » — or
 * nothing while it is still awarded. Past its registration's end date a certification is never
 * shown as current, whatever the content's `status` says.
 */
export function CertificationStatusNote({
  diploma,
  diplomas,
  className = 'certification-status',
}: {
  diploma: Diploma
  diplomas: readonly Diploma[]
  className?: string
}) {
  const t = useMessages(certificationMessages)
  const locale = useLocale()
  const status = certificationStatus(diploma, diplomas, useToday())
  if (status.kind === 'current') return null
  if (status.kind === 'replaced')
    return (
      <span className={className} data-status="replaced">
        {status.successor ? t.replacedBy(status.successor.short) : t.replacedUnknown}
      </span>
    )
  return (
    <span className={className} data-status="ended">
      {status.since ? t.endedSince(formatContentDate(status.since, locale)) : t.endedNoDate}
      {t.separator}
      {status.successor ? t.successor(status.successor.short) : t.noSuccessor}
    </span>
  )
}

/** "Vérifié le 2 décembre 2026", built from the page's content (see src/lib/verified-on.ts). */
export function VerifiedOn({
  verification,
  className = 'verified-on',
}: {
  verification: Verification
  className?: string
}) {
  const t = useMessages(certificationMessages)
  const locale = useLocale()
  const { date, unchecked } = verification
  if (!date) return null
  return (
    <p className={className}>
      <time dateTime={date}>{t.verifiedOn(formatContentDate(date, locale))}</time>
      {unchecked > 0 && <span className="verified-on__except">{t.verifiedExcept(unchecked)}</span>}
      <span className="visually-hidden">. </span>
      <span className="verified-on__hint"> {t.verifiedOnHint}</span>
    </p>
  )
}
