import { useId, useRef, useState } from 'react'
import { useAppStore } from '@/store/app-store'
import { useMessages } from '@/ui/use-locale'
import { aboutMessages } from './messages'

/**
 * "Effacer mes données": says what will go, asks once more (focus on "Annuler", so that a
 * second Enter does not erase), then erases all of it from this browser.
 */
export function EraseData() {
  const t = useMessages(aboutMessages)
  const id = useId()
  const eraseAll = useAppStore((s) => s.eraseAll)
  const [confirming, setConfirming] = useState(false)
  const [erased, setErased] = useState(false)
  const eraseButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)

  return (
    <div className="about-erase">
      <h3 id={`${id}-title`}>{t.eraseTitle}</h3>
      <p>{t.eraseText}</p>
      <ul>
        <li>{t.eraseAnswers}</li>
        <li>{t.eraseSettings}</li>
        <li>{t.eraseClass}</li>
        <li>{t.eraseBackups}</li>
        <li>{t.eraseEmbedded}</li>
      </ul>
      {confirming ? (
        <div className="about-erase__confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t.eraseConfirmText}</p>
          <p className="about-erase__buttons">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                eraseAll()
                setConfirming(false)
                setErased(true)
                requestAnimationFrame(() => eraseButton.current?.focus())
              }}
            >
              {t.eraseConfirm}
            </button>
            <button
              type="button"
              className="button"
              ref={cancelButton}
              onClick={() => {
                setConfirming(false)
                requestAnimationFrame(() => eraseButton.current?.focus())
              }}
            >
              {t.eraseCancel}
            </button>
          </p>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          ref={eraseButton}
          onClick={() => {
            setErased(false)
            setConfirming(true)
            requestAnimationFrame(() => cancelButton.current?.focus())
          }}
        >
          {t.eraseButton}
        </button>
      )}
      <p role="status">{erased ? t.erased : ''}</p>
    </div>
  )
}
