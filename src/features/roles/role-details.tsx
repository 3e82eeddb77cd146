import { roles, skills, sources } from 'virtual:content'
import type { Role } from '@/content/schemas'
import { formatContentDate } from '@/lib/i18n'
import { links } from '@/ui/links'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { roleMessages } from './messages'
import { RoleEntryRoutes } from './role-entry-routes'

/** The body of a job's page, in the order a student asks: what, how, with what, then where next. */
export function RoleDetails({ role }: { role: Role }) {
  const t = useMessages(roleMessages)
  const l = useLocalized()
  const locale = useLocale()
  const { pay } = role.conditions
  const nextRoles = role.progression.flatMap((id) => roles.find((r) => r.id === id) ?? [])
  const roleSources = role.sources.flatMap((id) => sources.find((s) => s.id === id) ?? [])

  return (
    <>
      <section aria-labelledby="role-missions">
        <h2 id="role-missions">{t.missions}</h2>
        <ul className="check-list">
          {role.missions.map((mission) => (
            <li key={mission.fr}>{l(mission)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="role-day">
        <h2 id="role-day">{t.day}</h2>
        <p className="role-day">{l(role.day)}</p>
      </section>

      <section aria-labelledby="role-skills">
        <h2 id="role-skills">{t.skills}</h2>
        <ul>
          {role.skills.map((skill) => (
            <li key={skill.fr}>{l(skill)}</li>
          ))}
        </ul>
        <h3>{t.sectorSkills}</h3>
        <ul className="tag-list">
          {role.sectorSkills.map(({ skill: id, level }) => {
            const skill = skills.find((s) => s.id === id)
            return (
              <li key={id} className="tag" data-level={level}>
                {skill ? l(skill.name) : id}
                <span className="tag__note"> — {t.sectorSkillLevel(level)}</span>
              </li>
            )
          })}
        </ul>
      </section>

      <section aria-labelledby="role-conditions">
        <h2 id="role-conditions">{t.conditions}</h2>
        <dl className="fact-list">
          <div>
            <dt>{t.hours}</dt>
            <dd>{l(role.conditions.hours)}</dd>
          </div>
          <div>
            <dt>{t.remote}</dt>
            <dd>{l(role.conditions.remote)}</dd>
          </div>
          <div>
            <dt>{t.targets}</dt>
            <dd>{l(role.conditions.targets)}</dd>
          </div>
          {pay && (
            <div>
              <dt>{t.pay}</dt>
              <dd>
                {l(pay.text)} <SourceRef id={pay.source} year={pay.year} />
              </dd>
            </div>
          )}
        </dl>
      </section>

      <RoleEntryRoutes role={role} />

      <section aria-labelledby="role-progression">
        <h2 id="role-progression">{t.progression}</h2>
        {nextRoles.length > 0 ? (
          <>
            <p>{t.progressionLead}</p>
            <ul className="link-list">
              {nextRoles.map((next) => (
                <li key={next.id}>
                  <a href={links.role(next.id)}>{l(next.title)}</a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t.noProgression}</p>
        )}
      </section>

      <section aria-labelledby="role-rome">
        <h2 id="role-rome">{t.romeTitle}</h2>
        <p>
          <span className="rome-code">{role.rome.code}</span> {l(role.rome.label)} (
          {role.rome.version})
        </p>
        <p className="muted">{t.romeText}</p>
        <SourceRef id={role.rome.source} />
      </section>

      <section aria-labelledby="role-sources">
        <h2 id="role-sources">{t.sources}</h2>
        <ul className="source-list">
          {roleSources.map((source) => (
            <li key={source.id}>
              <a href={links.source(source.id)}>{source.title}</a>, {source.publisher},{' '}
              {formatContentDate(source.date, locale)}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
