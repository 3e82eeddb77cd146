import { glossary } from 'virtual:content'
import { useEffect } from 'react'
import { links } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { SourceRef } from '@/ui/source-ref'
import { useLocalized, useMessages, usePageTitle } from '@/ui/use-locale'
import { glossaryMessages } from './messages'
import './glossary.css'
import { compareText } from '@/lib/i18n'

/** Where a term's entry is on the page: `#/glossaire?terme=<id>` opens the page on it. */
export const termAnchor = (id: string) => `terme-${id}`

/**
 * The glossary page: every term of content/glossary.yaml, alphabetically in the page's
 * language, each with what an acronym stands for, its definition and its source.
 */
export default function GlossaryPage({ query }: PageProps) {
  const t = useMessages(glossaryMessages)
  const l = useLocalized()
  usePageTitle(t.title)
  const asked = query.get('terme') ?? undefined

  useEffect(() => {
    const target = asked && document.getElementById(termAnchor(asked))
    if (!target) return
    target.scrollIntoView({ block: 'start' })
    target.focus({ preventScroll: true })
  }, [asked])

  const terms = [...glossary].sort((a, b) => compareText(l(a.term), l(b.term)))
  return (
    <div className="page glossary">
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.lead}</p>
      <dl className="glossary__list">
        {terms.map((term) => (
          <div key={term.id} className="glossary__entry">
            <dt id={termAnchor(term.id)} tabIndex={-1}>
              <span className="glossary__term">{l(term.term)}</span>
              {term.expansion && <span className="glossary__expansion">{l(term.expansion)}</span>}
            </dt>
            <dd>
              <p>{l(term.definition)}</p>
              <SourceRef id={term.source} />
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={links.guide()}>{t.backToGuide}</a>
      </p>
    </div>
  )
}
