import type { PageProps } from '@/ui/page-props'
import { PlannedPage } from '@/ui/planned-page'
import { useLocale } from '@/ui/use-locale'

const TEXT = {
  fr: {
    title: 'Le secteur',
    summary:
      'Le secteur de la relation client en chiffres datés et sourcés, et un « Vrai ou faux ? » sur les idées reçues.',
    items: [
      "les chiffres de 2011 et d'aujourd'hui, chacun avec son année et sa source",
      'des graphiques accessibles avec leur tableau',
      'la frise du secteur et de la filière',
      'le quiz « Vrai ou faux ? »',
    ],
  },
  en: {
    title: 'The sector',
    summary:
      'The customer-relations sector in dated, sourced figures, and a “True or false?” on the clichés.',
    items: [
      "the 2011 figures and today's, each with its year and source",
      'accessible charts with their tables',
      'a timeline of the sector and its training track',
      'the “True or false?” quiz',
    ],
  },
}

export default function SectorPage(_props: PageProps) {
  const text = TEXT[useLocale()]
  return <PlannedPage title={text.title} summary={text.summary} items={text.items} issue={3} />
}
