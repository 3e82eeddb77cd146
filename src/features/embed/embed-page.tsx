import type { PageProps } from '@/ui/page-props'
import { PlannedPage } from '@/ui/planned-page'
import { useLocale } from '@/ui/use-locale'

const TEXT = {
  fr: {
    title: 'Intégrer',
    summary:
      "Pour les webmestres d'établissement : un code à copier-coller qui intègre le quiz à votre site, sans traceur.",
    items: [
      'les options : langue, écran de départ, couleur',
      'le code à copier et un aperçu',
      'les évènements que la page hôte peut écouter (démarré, terminé)',
    ],
  },
  en: {
    title: 'Embed',
    summary:
      'For school webmasters: a copy-paste snippet that embeds the quiz on your site, with no tracker.',
    items: [
      'options: language, start screen, colour',
      'the snippet to copy and a preview',
      'events the host page can listen to (started, completed)',
    ],
  },
}

export default function EmbedPage(_props: PageProps) {
  const text = TEXT[useLocale()]
  return <PlannedPage title={text.title} summary={text.summary} items={text.items} />
}
