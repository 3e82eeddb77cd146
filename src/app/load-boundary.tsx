import { Component, type ReactNode } from 'react'
import { useMessages } from '@/ui/use-locale'
import { shellMessages } from './messages'

interface State {
  failed: boolean
}

/** Catches a page that failed to load (offline, a new deployment) and offers to try again. */
export class LoadBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  render() {
    return this.state.failed ? <LoadFailed /> : this.props.children
  }
}

function LoadFailed() {
  const t = useMessages(shellMessages)
  return (
    <section className="page page-narrow" aria-labelledby="load-failed-title">
      <h1 id="load-failed-title">{t.loadFailedTitle}</h1>
      <p>{t.loadFailedText}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t.retry}
      </button>
    </section>
  )
}
