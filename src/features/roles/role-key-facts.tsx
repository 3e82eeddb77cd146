import { dimensions } from 'virtual:content'
import type { Role } from '@/content/schemas'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { ChannelList } from './channel-list'
import { EntryLevelText } from './entry-level-text'
import { roleMessages } from './messages'
import { topDimensions } from './role-page-logic'

/** The side panel: the job at a glance, then what it asks of you most. */
export function RoleKeyFacts({ role }: { role: Role }) {
  const t = useMessages(roleMessages)
  const l = useLocalized()
  const strongest = topDimensions(role.profile)
  return (
    <aside className="role-page__aside">
      <section className="card role-facts" aria-labelledby="role-facts-title">
        <h2 id="role-facts-title">{t.keyFacts}</h2>
        <dl>
          <div>
            <dt>{t.channels}</dt>
            <dd>
              <ChannelList channels={role.channels} />
            </dd>
          </div>
          <div>
            <dt>{t.entry}</dt>
            <dd>
              <EntryLevelText entry={role.entry} />
            </dd>
          </div>
          <div>
            <dt>{t.team}</dt>
            <dd>{role.leadsTeam ? t.leadsTeam : t.noTeam}</dd>
          </div>
        </dl>
      </section>

      {strongest.length > 0 && (
        <section className="card role-asks" aria-labelledby="role-asks-title">
          <h2 id="role-asks-title">{t.asksTitle}</h2>
          <p>{t.asksLead}</p>
          <ul className="score-list">
            {strongest.map(({ id, score }) => {
              const dimension = dimensions.find((d) => d.id === id)
              return (
                <li key={id}>
                  <span className="score-list__name">{dimension ? l(dimension.name) : id}</span>
                  <span className="score-list__value">
                    <span className="score-dots" aria-hidden="true">
                      {[1, 2, 3].map((n) => (
                        <span key={n} data-filled={n <= score} />
                      ))}
                    </span>
                    {t.asksScore(score)} <span className="muted">({t.outOf(score)})</span>
                  </span>
                </li>
              )
            })}
          </ul>
        </section>
      )}
    </aside>
  )
}
