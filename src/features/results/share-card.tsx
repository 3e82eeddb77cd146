import { useId, useRef, useState } from 'react'
import { downloadBlob } from '@/ui/download-file'
import { useMessages } from '@/ui/use-locale'
import { drawShareCard, type CardContent } from './share-card-draw'
import { resultsMessages } from './messages'

type State = { step: 'idle' } | { step: 'ready'; file: File } | { step: 'failed' }

const canShareFile = (file: File) => {
  try {
    return typeof navigator.share === 'function' && navigator.canShare?.({ files: [file] }) === true
  } catch {
    return false
  }
}

/**
 * A picture of the results to keep or send: drawn on this device (a canvas, turned into a PNG),
 * then saved, or handed to the phone's share sheet where the browser offers one. Nothing is sent
 * by the app itself. The canvas is its own preview (the page's policy shows no `blob:` image).
 */
export function ShareCard({
  card,
}: {
  card: Omit<CardContent, 'kicker' | 'strengthsTitle' | 'scan'>
}) {
  const t = useMessages(resultsMessages)
  const id = useId()
  const canvas = useRef<HTMLCanvasElement>(null)
  const [state, setState] = useState<State>({ step: 'idle' })

  const make = () => {
    const target = canvas.current
    if (!target) return
    try {
      drawShareCard(target, {
        ...card,
        kicker: t.cardKicker,
        strengthsTitle: t.cardStrengths,
        scan: t.cardScan,
      })
    } catch {
      setState({ step: 'failed' })
      return
    }
    target.toBlob((blob) => {
      setState(
        blob
          ? { step: 'ready', file: new File([blob], t.shareFile, { type: 'image/png' }) }
          : { step: 'failed' },
      )
    }, 'image/png')
  }

  const share = async (file: File) => {
    try {
      await navigator.share({ files: [file], title: t.shareTitle })
    } catch {
      // Closed without sharing, or refused: the picture can still be saved.
    }
  }

  return (
    <section className="share-card no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.shareTitle}</h2>
      <p className="muted">{t.shareText}</p>
      <canvas
        ref={canvas}
        className="share-card__canvas"
        role="img"
        aria-label={t.cardLabel(card.role, card.traits.join(', '))}
        hidden={state.step !== 'ready'}
        data-testid="share-card"
      />
      <p className="share-card__buttons">
        {state.step === 'ready' ? (
          <>
            {canShareFile(state.file) && (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void share(state.file)}
              >
                {t.shareSend}
              </button>
            )}
            <button
              type="button"
              className="button"
              onClick={() => downloadBlob(state.file.name, state.file)}
            >
              {t.shareSave}
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" onClick={make}>
            {t.shareMake}
          </button>
        )}
      </p>
      <p role="status" className="share-card__status">
        {state.step === 'ready' ? t.shareReady : state.step === 'failed' ? t.shareFailed : ''}
      </p>
    </section>
  )
}
