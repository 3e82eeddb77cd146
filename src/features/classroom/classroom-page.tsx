import type { PageProps } from '@/ui/page-props'
import { PlannedPage } from '@/ui/planned-page'
import { useLocale } from '@/ui/use-locale'

const TEXT = {
  fr: {
    title: 'Mode classe',
    summary:
      'Pour animer une heure de classe : vidéoprojection, quiz sur les idées reçues, et tableau de la classe à partir des codes de résultat, sans données personnelles.',
    items: [
      'une mise en place en une minute (version courte, langue)',
      'une vue pour vidéoprojecteur avec le lien et un QR code',
      "le tableau de la classe, l'export CSV et l'impression, gardés sur l'appareil",
    ],
  },
  en: {
    title: 'Class mode',
    summary:
      'To run a class hour: projector view, a quiz on the clichés, and a class board built from result codes, with no personal data.',
    items: [
      'set-up in a minute (short version, language)',
      'a projector view with the link and a QR code',
      'the class board, CSV export and printing, kept on the device',
    ],
  },
}

export default function ClassroomPage(_props: PageProps) {
  const text = TEXT[useLocale()]
  return <PlannedPage title={text.title} summary={text.summary} items={text.items} />
}
