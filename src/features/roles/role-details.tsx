import { roles, skills } from 'virtual:content'
import type { Fact, Localized, Role } from '@/content/schemas'
import { links } from '@/ui/links'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { roleMessages } from './messages'
import { RoleCounsellors } from './role-counsellors'
import { RoleEntryRoutes } from './role-entry-routes'
import { isFact } from './role-page-logic'
import { FactText } from './role-pay'

/** The body of a job's page, in the order a student asks: what, how, with what, then where next. */
export function RoleDetails({ role }: { role: Role }) {
  const t = useMessages(roleMessages)
  const l = useLocalized()
  const nextRoles = role.progression.flatMap((id) => roles.find((r) => r.id === id) ?? [])

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
            <dd>
              <Condition value={role.conditions.hours} />
            </dd>
          </div>
          <div>
            <dt>{t.remote}</dt>
            <dd>
              <Condition value={role.conditions.remote} />
            </dd>
          </div>
          <div>
            <dt>{t.targets}</dt>
            <dd>
              <Condition value={role.conditions.targets} />
            </dd>
          </div>
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

      <RoleCounsellors role={role} />
    </>
  )
}

/** A working condition: a plain text, or a dated fact with its source. */
function Condition({ value }: { value: Localized | Fact }) {
  const l = useLocalized()
  return isFact(value) ? <FactText fact={value} /> : <>{l(value)}</>
}
