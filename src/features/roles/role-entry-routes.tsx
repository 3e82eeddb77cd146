import { diplomas } from 'virtual:content'
import type { Role } from '@/content/schemas'
import { CertificationStatusNote } from '@/ui/certification-status'
import { links } from '@/ui/links'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { CERTIFICATION_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import { roleMessages } from './messages'
import { groupRoutesByLevel } from './role-page-logic'

/** How to get in: the role's own words, then its diplomas by level, each opening the guide. */
export function RoleEntryRoutes({ role }: { role: Role }) {
  const t = useMessages(roleMessages)
  const l = useLocalized()
  const locale = useLocale()
  const guide = links.guide({ role: role.id })
  const { levels } = groupRoutesByLevel(role.entry.routes, diplomas)

  return (
    <section aria-labelledby="role-entry" className="role-entry">
      <h2 id="role-entry">{t.entryTitle}</h2>
      <p>{l(role.entry.text)}</p>
      {levels.length > 0 && <p>{t.routesLead}</p>}
      {levels.map(({ niveau, diplomas: atLevel }) => {
        const label = CERTIFICATION_LEVEL_LABELS[niveau]
        return (
          <div key={niveau} className="route-level">
            <h3>{t.levelHeading(label.name[locale], label.school[locale])}</h3>
            <ul className="route-list">
              {atLevel.map((diploma) => (
                <li key={diploma.id}>
                  <a href={guide}>
                    <strong>{diploma.short}</strong>{' '}
                    <span className="route-list__name">{l(diploma.name)}</span>
                  </a>
                  <CertificationStatusNote
                    diploma={diploma}
                    diplomas={diplomas}
                    className="route-list__note"
                  />
                </li>
              ))}
            </ul>
          </div>
        )
      })}
      <p>
        <a className="button button--primary" href={guide}>
          {t.guideLink}
        </a>
      </p>
    </section>
  )
}
