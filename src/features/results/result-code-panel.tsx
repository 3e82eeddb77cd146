import { useId, useState } from 'react'
import { links } from '@/ui/links'
import { QrCode } from '@/ui/qr-code'
import { useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { resultsUrl } from './results-url'

/**
 * The result code, to copy or to read out, and a QR code of the link to these results (to open
 * them on a phone). On paper, the code and the link are printed.
 */
export function ResultCodePanel({ code }: { code: string }) {
  const t = useMessages(resultsMessages)
  const id = useId()
  const [status, setStatus] = useState('')
  const url = resultsUrl(code)
  const copy = (text: string, done: string) => async () => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus(done)
    } catch {
      setStatus(t.copyFailed)
    }
  }
  return (
    <section className="results-code" aria-labelledby={`${id}-title`}>
      <div className="results-code__main">
        <h2 id={`${id}-title`} className="results-code__title">
          {t.codeTitle}
        </h2>
        <p className="results-code__code">
          <strong data-testid="result-code">{code}</strong>
        </p>
        <p className="results-code__buttons no-print">
          <button type="button" className="button" onClick={copy(code, t.codeCopied)}>
            {t.copyCode}
          </button>
          <button type="button" className="button button--quiet" onClick={copy(url, t.linkCopied)}>
            {t.copyLink}
          </button>
        </p>
        <p role="status" className="results-code__status no-print">
          {status}
        </p>
      </div>
      <QrCode
        text={url}
        label={t.qrLabel(url)}
        tooLong={t.qrTooLong}
        className="results-code__qr"
      />
      <p className="results-code__text">
        {t.codeText}{' '}
        <span className="results-code__link">
          {t.linkLabel} <a href={links.results(code)}>{url}</a>
        </span>
      </p>
    </section>
  )
}
