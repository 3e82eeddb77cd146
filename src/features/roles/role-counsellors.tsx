import { diplomas, figures, sources } from 'virtual:content'
import type { Diploma, Role } from '@/content/schemas'
import { certificationStatus } from '@/lib/certification-status'
import { formatContentDate } from '@/lib/i18n'
import { verifiedOn } from '@/lib/verified-on'
import { certificationMessages } from '@/ui/certification-messages'
import { CertificationStatusNote, useToday, VerifiedOn } from '@/ui/certification-status'
import { links } from '@/ui/links'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { roleMessages } from './messages'
import { roleCheckedSources } from './role-page-logic'

/**
 * "Pour les conseillers", low on the job page: the ROME code and why, each certification's RNCP
 * number and status today, every source, and the page's "Vérifié le …" line.
 */
export function RoleCounsellors({ role }: { role: Role }) {
  const t = useMessages(roleMessages)
  const l = useLocalized()
  const locale = useLocale()
  const routes = role.entry.routes.flatMap((id) => diplomas.find((d) => d.id === id) ?? [])
  const roleSources = role.sources.flatMap((id) => sources.find((s) => s.id === id) ?? [])
  const checked = verifiedOn(roleCheckedSources(role, figures, diplomas), sources)

  return (
    <section aria-labelledby="role-counsellors" className="role-counsellors">
      <h2 id="role-counsellors">{t.counsellorsTitle}</h2>
      <p className="muted">{t.counsellorsLead}</p>

      <h3>{t.romeTitle}</h3>
      <p>
        <span className="rome-code">{role.rome.code}</span> {l(role.rome.label)} (
        {role.rome.version})
      </p>
      {role.rome.note && (
        <p>
          <strong>{t.romeNote}</strong> — {l(role.rome.note)}
        </p>
      )}
      <p className="muted">{t.romeText}</p>
      <SourceRef id={role.rome.source} />

      {routes.length > 0 && (
        <>
          <h3>{t.certificationsTitle}</h3>
          <p className="muted">{t.certificationsLead}</p>
          <ul className="registration-list">
            {routes.map((diploma) => (
              <RegistrationItem key={diploma.id} diploma={diploma} />
            ))}
          </ul>
        </>
      )}

      <section aria-labelledby="role-sources">
        <h3 id="role-sources">{t.sources}</h3>
        <ul className="source-list">
          {roleSources.map((source) => (
            <li key={source.id}>
              <a href={links.source(source.id)}>{source.title}</a>, {source.publisher},{' '}
              {formatContentDate(source.date, locale)}
            </li>
          ))}
        </ul>
      </section>
      <VerifiedOn verification={checked} />
    </section>
  )
}

/** One certification: its short name, RNCP number (or "non vérifié"), and where it stands today. */
function RegistrationItem({ diploma }: { diploma: Diploma }) {
  const t = useMessages(roleMessages)
  const c = useMessages(certificationMessages)
  const l = useLocalized()
  const locale = useLocale()
  const today = useToday()
  const registration = diploma.registration
  const status = certificationStatus(diploma, diplomas, today)
  const facts = [
    registration?.rncp ? t.rncp(registration.rncp) : c.rncpUnknown,
    ...(status.kind === 'current'
      ? [status.until ? c.registeredUntil(formatContentDate(status.until, locale)) : c.endUnknown]
      : []),
  ]
  return (
    <li>
      <strong>{diploma.short}</strong> — {facts.join(' · ')}
      {status.kind !== 'current' && (
        <>
          {' · '}
          <CertificationStatusNote diploma={diploma} diplomas={diplomas} />
        </>
      )}
      {registration?.note && (
        <span className="registration-list__note">{l(registration.note)}</span>
      )}
      {registration?.source && (
        <span className="registration-list__source">
          <SourceRef id={registration.source} />
        </span>
      )}
    </li>
  )
}
