import type { PageProps } from '@/ui/page-props'
import { PlannedPage } from '@/ui/planned-page'
import { useLocale } from '@/ui/use-locale'

const TEXT = {
  fr: {
    title: 'Résultats',
    summary:
      'Les métiers qui te correspondent, avec les raisons, les obstacles possibles et les prochaines étapes.',
    items: [
      'ton profil en graphique, avec un tableau équivalent',
      'les métiers les plus proches de ton profil et pourquoi',
      'un code de résultat à partager et une version à imprimer',
    ],
  },
  en: {
    title: 'Results',
    summary: 'The jobs that suit you, with the reasons, possible hurdles and next steps.',
    items: [
      'your profile as a chart, with an equivalent table',
      'the jobs closest to your profile and why',
      'a result code to share and a printable version',
    ],
  },
}

export default function ResultsPage(_props: PageProps) {
  const text = TEXT[useLocale()]
  return <PlannedPage title={text.title} summary={text.summary} items={text.items} issue={5} />
}
