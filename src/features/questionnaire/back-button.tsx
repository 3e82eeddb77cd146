import { useMessages } from '@/ui/use-locale'
import { quizMessages } from './messages'
import type { QuizActor } from './questionnaire-machine'

/** "Retour": the chart decides where back leads (the question before, the level, the intro). */
export function BackButton({ actor }: { actor: QuizActor }) {
  const t = useMessages(quizMessages)
  return (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => actor.send({ type: 'nav.back' })}
    >
      {t.back}
    </button>
  )
}
