import { roles } from 'virtual:content'
import type { RoleMatch } from '@/lib/questionnaire/scoring-logic'
import { links } from '@/ui/links'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { useExplanations } from './use-explanations'

/** Roles the answers would have brought up, set aside by a plain refusal: which, and why, kindly. */
export function SetAsideList({
  matches,
  headingLevel = 2,
}: {
  matches: RoleMatch[]
  headingLevel?: 2 | 3
}) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const explain = useExplanations()
  const shown = matches.flatMap((match) => {
    const role = roles.find((r) => r.id === match.roleId)
    return role && match.setAside ? [{ role, setAside: match.setAside }] : []
  })
  if (shown.length === 0) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby="aside-title" className="set-aside">
      <Heading id="aside-title">{t.setAsideTitle}</Heading>
      <ul>
        {shown.map(({ role, setAside }) => (
          <li key={role.id}>
            <a href={links.role(role.id)}>{l(role.title)}</a> — {explain.setAside(setAside)}
          </li>
        ))}
      </ul>
    </section>
  )
}
