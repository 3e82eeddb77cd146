import type { PageProps } from '@/ui/page-props'
import { PlannedPage } from '@/ui/planned-page'
import { useLocale } from '@/ui/use-locale'

const TEXT = {
  fr: {
    title: 'Formations',
    summary:
      "Le guide des formations : BTS MUC et BTS NRC face aux compétences que le secteur demande, les diplômes d'aujourd'hui et ta voie personnelle.",
    items: [
      'le comparatif MUC / NRC, puis MCO / NDRC, puis toutes les voies',
      "la frise des réformes de 2003 à aujourd'hui",
      '« Quelle voie pour moi ? » à partir de ton niveau et du métier visé',
    ],
  },
  en: {
    title: 'Training',
    summary:
      "The training guide: BTS MUC and BTS NRC against the skills the sector asks for, today's diplomas and your own route.",
    items: [
      'the MUC / NRC comparison, then MCO / NDRC, then every route',
      'the timeline of reforms from 2003 to today',
      '“Which route for me?” from your level and the job you aim for',
    ],
  },
}

export default function GuidePage(_props: PageProps) {
  const text = TEXT[useLocale()]
  return <PlannedPage title={text.title} summary={text.summary} items={text.items} issue={4} />
}
