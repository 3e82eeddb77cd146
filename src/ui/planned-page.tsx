import { PageHeading } from './page-heading'
import { useLocale } from './use-locale'

interface PlannedPageProps {
  title: string
  /** What the page will hold, in a sentence or two. */
  summary: string
  items: string[]
  /** The issue that builds the page, when one exists. */
  issue?: number
}

const TEXT = {
  fr: {
    coming: 'Cette page est en cours de construction. Voici ce qu’elle contiendra :',
    owner: (n: number) => `Elle est construite dans le ticket n° ${n} du projet.`,
    noOwner: 'Aucun ticket ne la prend encore en charge.',
  },
  en: {
    coming: 'This page is being built. Here is what it will hold:',
    owner: (n: number) => `It is being built under the project’s issue #${n}.`,
    noOwner: 'No issue has taken it on yet.',
  },
}

/** An honest placeholder: it says what will be there and who builds it. */
export function PlannedPage({ title, summary, items, issue }: PlannedPageProps) {
  const text = TEXT[useLocale()]
  return (
    <div className="page page-narrow">
      <PageHeading>{title}</PageHeading>
      <p className="lead">{summary}</p>
      <p>{text.coming}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="muted">{issue ? text.owner(issue) : text.noOwner}</p>
    </div>
  )
}
