import type { Role } from '@/content/schemas'
import { links } from '@/ui/links'
import { RolePicture } from '@/ui/role-picture'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { ChannelList } from './channel-list'
import { EntryLevelText } from './entry-level-text'
import { rolesMessages } from './messages'

/** One job in the list: the whole card opens the job's page through its heading link. */
export function RoleCard({ role }: { role: Role }) {
  const t = useMessages(rolesMessages)
  const l = useLocalized()
  return (
    <li className="card card--link role-card">
      <div className="role-card__head">
        <RolePicture roleId={role.id} />
        <h3 className="role-card__title">
          <a href={links.role(role.id)}>{l(role.title)}</a>
        </h3>
      </div>
      {role.leadsTeam && <p className="badge badge--team">{t.leadsTeamBadge}</p>}
      <p className="role-card__pitch">{l(role.pitch)}</p>
      <dl className="role-card__facts">
        <div>
          <dt>{t.channelsLabel}</dt>
          <dd>
            <ChannelList channels={role.channels} />
          </dd>
        </div>
        <div>
          <dt>{t.entryLabel}</dt>
          <dd>
            <EntryLevelText entry={role.entry} />
          </dd>
        </div>
      </dl>
    </li>
  )
}
