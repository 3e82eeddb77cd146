import { diplomas, guide, roles } from 'virtual:content'
import { clipForDisplay } from '@/lib/clip'
import { links } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { useLocalized, useMessages, usePageTitle } from '@/ui/use-locale'
import { DiplomaFacts } from './diploma-facts'
import { nameAfterShort } from './diploma-page-logic'
import { guideMessages } from './messages'
import './details.css'
import './diploma-page.css'

/**
 * One diploma at an address of its own (`formations/bts-ndrc/`), pre-rendered, so that a search
 * for its name lands on it: the same facts as in the guide's "en détail" list, a way back to
 * the guide and, for a replaced diploma, a way on to its successor.
 */
export default function DiplomaPage({ params }: PageProps) {
  const t = useMessages(guideMessages)
  const l = useLocalized()
  const diplomaId = params.diplomaId ?? ''
  const diploma = diplomas.find((d) => d.id === diplomaId)
  const heading =
    diploma && t.diplomaHeading(diploma.short, nameAfterShort(diploma.short, l(diploma.name)))
  usePageTitle(heading ?? t.diplomaNotFoundTitle)

  if (!diploma)
    return (
      <div className="page page-narrow">
        <PageHeading>{t.diplomaNotFoundTitle}</PageHeading>
        <p>{t.diplomaNotFoundText(clipForDisplay(diplomaId))}</p>
        <p>
          <a className="button button--primary" href={links.guide()}>
            {t.diplomaNotFoundBack}
          </a>
        </p>
      </div>
    )

  const successor = diplomas.find((d) => d.id === diploma.replacedBy)
  return (
    <article className="page diploma-page">
      <header className="page-intro diploma-page__intro">
        <p className="diploma-page__back">
          <a href={links.guide()}>
            <span aria-hidden="true">←</span>
            {t.allDiplomas}
          </a>
        </p>
        <p className="kicker">{t.diplomaKicker}</p>
        <PageHeading>{heading}</PageHeading>
        {successor && (
          <p className="diploma-page__successor">
            <a href={links.diploma(successor.id)}>{t.successorLink(successor.short)}</a>
          </p>
        )}
      </header>
      <div className="diploma-page__body">
        <DiplomaFacts
          diploma={diploma}
          diplomas={diplomas}
          roles={roles}
          admissions={guide.admissions}
          headingLevel={2}
        />
      </div>
    </article>
  )
}
