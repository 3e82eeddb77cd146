import { useId, useState } from 'react'
import { links } from '@/ui/links'
import { useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'

/** The code and a link to these results, with a copy button; on paper, both are printed. */
export function ResultCodePanel({ code }: { code: string }) {
  const t = useMessages(resultsMessages)
  const id = useId()
  const [status, setStatus] = useState('')
  const url = `${window.location.origin}${window.location.pathname}${links.results(code)}`
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setStatus(t.copied)
    } catch {
      setStatus(t.copyFailed)
    }
  }
  return (
    <section className="panel results-code" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.codeTitle}</h2>
      <p className="no-print">{t.codeText}</p>
      <p className="results-code__code">
        <strong data-testid="result-code">{code}</strong>
      </p>
      <p className="results-code__link">
        <span className="results-code__label">{t.linkLabel}</span>{' '}
        <a href={links.results(code)}>{url}</a>
      </p>
      <p className="no-print">
        <button type="button" className="button" onClick={copy}>
          {t.copy}
        </button>
      </p>
      <p role="status" className="no-print">
        {status}
      </p>
    </section>
  )
}
