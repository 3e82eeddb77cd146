import { PageHeading } from '@/ui/page-heading'
import { useMessages } from '@/ui/use-locale'
import { shellMessages } from './messages'
import { href } from '@/ui/router'
import { clipForDisplay } from '@/lib/clip'

export function NotFoundPage({ path }: { path: string }) {
  const t = useMessages(shellMessages)
  return (
    <div className="page page-narrow">
      <PageHeading>{t.titleNotFound}</PageHeading>
      <p>{t.notFoundText}</p>
      <p className="muted">
        <code>{t.notFoundPath(clipForDisplay(path))}</code>
      </p>
      <p>
        <a className="button" href={href('/')}>
          {t.notFoundHome}
        </a>
      </p>
    </div>
  )
}
