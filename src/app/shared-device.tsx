import { useEffect, useState } from 'react'
import { defineMessages } from '@/lib/messages'
import { useAppStore } from '@/store/app-store'
import { links, readQuizLength, readSharedDevice } from '@/ui/links'
import { goTo, type RouteLocation } from '@/ui/router'
import { useMessages } from '@/ui/use-locale'

const sharedDeviceMessages = defineMessages({
  fr: {
    label: 'Appareil partagé',
    text: 'Tu as noté ton code de résultat ? Alors laisse la place :',
    next: 'Élève suivant',
    nextHint: 'Efface les réponses de cet appareil et recommence le questionnaire.',
  },
  en: {
    label: 'Shared device',
    text: 'Have you written down your result code? Then make way:',
    next: 'Next student',
    nextHint: 'Clears this device’s answers and starts the questionnaire again.',
  },
})

const FLAG = 'cap-relation-client:poste-partage'

function remembered(): boolean {
  try {
    return sessionStorage.getItem(FLAG) === '1'
  } catch {
    return false
  }
}

/**
 * The shared-device mode (`?poste=partage`, from the class mode's projected link): this tab
 * remembers it, and the questionnaire and results pages offer "Élève suivant", which clears this
 * device's answers (nothing else) and opens the questionnaire for the next student.
 */
export function SharedDeviceBar({ location }: { location: RouteLocation }) {
  const t = useMessages(sharedDeviceMessages)
  const saveQuiz = useAppStore((s) => s.saveQuiz)
  const finished = useAppStore((s) => s.quiz?.finished === true)
  const length = useAppStore((s) => s.quiz?.length)
  const fromUrl = readSharedDevice(location.query)
  const [openedShared] = useState(() => fromUrl || remembered())
  const shared = fromUrl || openedShared
  useEffect(() => {
    if (!fromUrl) return
    try {
      sessionStorage.setItem(FLAG, '1')
    } catch {
      // Without storage the mode lasts as long as the link's address.
    }
  }, [fromUrl])

  const onQuiz = location.path === '/quiz' || location.path.startsWith('/quiz/')
  const onResults = location.path === '/resultats'
  if (!shared || !(onResults || (onQuiz && finished))) return null
  const next = () => {
    saveQuiz(null)
    goTo(links.quiz(readQuizLength(location.query) ?? length, { sharedDevice: true }))
  }
  return (
    <aside className="notice shared-device no-print" aria-label={t.label}>
      <p>
        <strong>{t.label}.</strong> {t.text}{' '}
        <button
          type="button"
          className="button button--primary"
          onClick={next}
          aria-describedby="shared-device-hint"
        >
          {t.next}
        </button>{' '}
        <span id="shared-device-hint" className="muted">
          {t.nextHint}
        </span>
      </p>
    </aside>
  )
}
