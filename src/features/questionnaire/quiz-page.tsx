import type { PageProps } from '@/ui/page-props'
import { PlannedPage } from '@/ui/planned-page'
import { useLocale } from '@/ui/use-locale'

const TEXT = {
  fr: {
    title: 'Questionnaire',
    summary:
      'Un questionnaire adaptatif, une question par écran, pour découvrir les métiers de la relation client qui te correspondent.',
    items: [
      'une version courte (environ 5 minutes) et une version complète (environ 12 minutes)',
      "une barre de progression honnête, le retour en arrière et la reprise après fermeture de l'onglet",
      'une relecture de tes réponses avant les résultats',
    ],
  },
  en: {
    title: 'Questionnaire',
    summary:
      'An adaptive questionnaire, one question per screen, to find the customer-relations jobs that suit you.',
    items: [
      'a short version (about 5 minutes) and a full version (about 12 minutes)',
      'an honest progress bar, going back, and picking up where you left off after closing the tab',
      'a review of your answers before the results',
    ],
  },
}

export default function QuizPage(_props: PageProps) {
  const text = TEXT[useLocale()]
  return <PlannedPage title={text.title} summary={text.summary} items={text.items} issue={5} />
}
