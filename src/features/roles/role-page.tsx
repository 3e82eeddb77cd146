import type { PageProps } from '@/ui/page-props'
import { PlannedPage } from '@/ui/planned-page'
import { useLocale } from '@/ui/use-locale'

const TEXT = {
  fr: {
    title: 'Fiche métier',
    summary:
      "La fiche complète d'un métier : missions, journée type, conditions de travail, accès et évolutions.",
    items: [
      'les missions et les compétences',
      'les formations qui y mènent et les métiers vers lesquels évoluer',
      'le code ROME et les sources',
    ],
  },
  en: {
    title: 'Job profile',
    summary:
      "A job's full profile: tasks, a typical day, working conditions, how to get in and where it leads.",
    items: [
      'the tasks and the skills',
      'the training routes into it and the jobs it leads to',
      'the ROME code and the sources',
    ],
  },
}

export default function RolePage(_props: PageProps) {
  const text = TEXT[useLocale()]
  return <PlannedPage title={text.title} summary={text.summary} items={text.items} issue={3} />
}
