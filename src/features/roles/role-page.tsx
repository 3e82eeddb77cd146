import { roles } from 'virtual:content'
import { links } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import { ReadAloud } from '@/ui/read-aloud'
import { RolePicture } from '@/ui/role-picture'
import type { PageProps } from '@/ui/page-props'
import { useLocalized, useMessages, usePageTitle } from '@/ui/use-locale'
import { roleMessages } from './messages'
import { RoleDetails } from './role-details'
import { RoleKeyFacts } from './role-key-facts'
import { RolePay } from './role-pay'
import './roles.css'
import { clipForDisplay } from '@/lib/clip'
import { HydrateApart } from '@/ui/hydrate-apart'

export default function RolePage({ params }: PageProps) {
  const t = useMessages(roleMessages)
  const l = useLocalized()
  const roleId = params.roleId ?? ''
  const role = roles.find((r) => r.id === roleId)
  usePageTitle(role ? l(role.title) : t.notFoundTitle)

  if (!role)
    return (
      <div className="page page-narrow">
        <PageHeading>{t.notFoundTitle}</PageHeading>
        <p>{t.notFoundText(clipForDisplay(roleId))}</p>
        <p>
          <a className="button button--primary" href={links.roles()}>
            {t.notFoundBack}
          </a>
        </p>
      </div>
    )

  return (
    <article className="page role-page">
      <header className="page-intro role-page__intro" data-read-aloud-scope>
        <p className="back-link">
          <a href={links.roles()}>
            <span aria-hidden="true">←</span>
            {t.allRoles}
          </a>
        </p>
        <RolePicture roleId={role.id} className="role-page__picture" />
        <p className="kicker">{t.kicker}</p>
        <PageHeading>
          <span data-read-aloud>{l(role.title)}</span>
        </PageHeading>
        <p className="lead" data-read-aloud>
          {l(role.pitch)}
        </p>
        <ReadAloud key={role.id} />
        <RolePay role={role} />
      </header>
      <div className="role-page__layout">
        <RoleKeyFacts role={role} />
        <div className="role-page__main">
          <HydrateApart>
            <RoleDetails role={role} />
          </HydrateApart>
        </div>
      </div>
    </article>
  )
}
