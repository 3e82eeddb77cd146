import type { PageProps } from '@/ui/page-props'
import { PlannedPage } from '@/ui/planned-page'
import { useLocale } from '@/ui/use-locale'

const TEXT = {
  fr: {
    title: 'Métiers',
    summary:
      "Tous les métiers de la relation client à distance, à filtrer par canal, niveau d'entrée et responsabilités.",
    items: [
      'au moins 13 fiches métiers sourcées',
      "des filtres : canal, niveau d'entrée, avec ou sans téléphone, encadrement",
    ],
  },
  en: {
    title: 'Jobs',
    summary:
      'Every remote customer-relations job, filtered by channel, entry level and responsibilities.',
    items: [
      'at least 13 sourced job profiles',
      'filters: channel, entry level, with or without phone, team leadership',
    ],
  },
}

export default function RolesPage(_props: PageProps) {
  const text = TEXT[useLocale()]
  return <PlannedPage title={text.title} summary={text.summary} items={text.items} issue={3} />
}
