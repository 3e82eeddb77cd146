import { roles } from 'virtual:content'
import { links } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useMessages, usePageTitle } from '@/ui/use-locale'
import { rolesMessages } from './messages'
import { RolesExplorer } from './roles-explorer'
import './roles.css'

export default function RolesPage(_props: PageProps) {
  const t = useMessages(rolesMessages)
  usePageTitle(t.title)
  return (
    <div className="page roles-page">
      <header className="page-intro">
        <p className="kicker">{t.kicker}</p>
        <PageHeading>{t.title}</PageHeading>
        <p className="lead">{t.lead}</p>
        <p className="roles-page__quiz">
          {t.quizHint} <a href={links.quiz('short')}>{t.quizLink}</a>
        </p>
      </header>
      <RolesExplorer roles={roles} />
    </div>
  )
}
