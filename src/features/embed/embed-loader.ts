/**
 * `embed.js`, the script a host page includes once (`<script src=".../embed.js" async>`): it looks
 * after every `<iframe data-cap-relation-client>` of the page, now and added later. The build turns
 * this file alone into `embed.js` (src/app/deploy-plugin.ts), so it imports nothing and its
 * constants repeat those of src/lib/embed-bridge.ts (a test keeps them equal).
 *
 * Each frame is its own channel: a message counts only when `event.source` is that frame's window
 * and `event.origin` the origin of its `src`. The frame's height follows its content (it grows and
 * shrinks), its events are dispatched on the iframe element (they bubble to `document`) with the
 * frame's id, and when the browser refuses the app its storage, the place reached in the quiz is
 * kept in this page's session storage so that a reload of the page resumes it.
 */

const SOURCE = 'cap-relation-client'
const ATTRIBUTE = 'data-cap-relation-client'
const EVENTS = ['started', 'completed']
const PROGRESS_PARAM = 'reponses'
const TITLE = 'Cap Relation Client'
/** Heights outside this range are not a page of the app: ignored. */
const MAX_HEIGHT = 50_000
const ROUTE = /^#\/[\w\-./?=&%]{0,300}$/
const PROGRESS = /^[0-9A-Z]{1,64}$/

export interface EmbedFrameDetail {
  /** The iframe's id (the loader gives one, `cap-relation-client-1`…, to a frame without one). */
  frame: string
  name: string
}

type Host = Window & typeof globalThis

/**
 * Installs the loader in a host page's window; a second call (the script included twice) does
 * nothing. Returns how to uninstall it (for tests: a page never needs to).
 */
export function installEmbedLoader(win: Host): () => void {
  const doc = win.document
  const state = win as Host & { capRelationClientLoader?: true }
  if (state.capRelationClientLoader) return () => {}
  state.capRelationClientLoader = true

  const frames: HTMLIFrameElement[] = []
  const resumeKey = (frame: HTMLIFrameElement) => `${SOURCE}:${win.location.pathname}#${frame.id}`
  const session = (): Storage | undefined => {
    try {
      return win.sessionStorage
    } catch {
      return undefined
    }
  }

  /**
   * The frame at the place its quiz had reached, when this page kept one (see 'resume'): a fresh
   * element, loaded at once, since changing the address of a frame already loading (lazily or
   * not) may still show its first address.
   */
  const resumed = (frame: HTMLIFrameElement): HTMLIFrameElement => {
    const [route, progress] = session()?.getItem(resumeKey(frame))?.split(' ') ?? []
    if (!route || !progress || !ROUTE.test(route) || !PROGRESS.test(progress)) return frame
    const url = new URL(frame.src, doc.baseURI)
    url.searchParams.set(PROGRESS_PARAM, progress)
    url.hash = route
    const copy = frame.cloneNode() as HTMLIFrameElement
    copy.setAttribute('loading', 'eager')
    copy.src = url.href
    frame.replaceWith(copy)
    return copy
  }

  const setUp = (found: HTMLIFrameElement) => {
    if (frames.includes(found)) return
    if (!found.id) found.id = `${SOURCE}-${frames.length + 1}`
    const frame = resumed(found)
    frames.push(frame)
    const allow = frame.getAttribute('allow') ?? ''
    if (!allow.includes('clipboard-write'))
      frame.setAttribute('allow', allow ? `${allow}; clipboard-write` : 'clipboard-write')
    if (!frame.hasAttribute('loading')) frame.setAttribute('loading', 'lazy')
    if (!frame.title) frame.title = TITLE
    frame.style.border ||= '0'
    frame.style.width ||= '100%'
    // A frame that sent its height before this script ran sends it again when asked.
    const hello = () => frame.contentWindow?.postMessage({ source: SOURCE, type: 'hello' }, '*')
    frame.addEventListener('load', hello)
    hello()
  }

  const scan = () => doc.querySelectorAll<HTMLIFrameElement>(`iframe[${ATTRIBUTE}]`).forEach(setUp)

  const onMessage = (event: MessageEvent) => {
    const frame = frames.find((f) => f.contentWindow !== null && f.contentWindow === event.source)
    const data = event.data as Record<string, unknown> | null
    if (!frame || !data || data.source !== SOURCE) return
    if (event.origin !== new URL(frame.src, doc.baseURI).origin) return
    const { type, height, name, route, progress } = data
    if (type === 'resize' && typeof height === 'number' && height > 0 && height < MAX_HEIGHT) {
      frame.style.height = `${Math.ceil(height)}px`
    } else if (type === 'event' && typeof name === 'string' && EVENTS.includes(name)) {
      const detail: EmbedFrameDetail = { frame: frame.id, name }
      frame.dispatchEvent(new CustomEvent(`${SOURCE}:${name}`, { bubbles: true, detail }))
    } else if (
      type === 'resume' &&
      typeof route === 'string' &&
      typeof progress === 'string' &&
      ROUTE.test(route) &&
      PROGRESS.test(progress)
    ) {
      try {
        session()?.setItem(resumeKey(frame), `${route} ${progress}`)
      } catch {
        // The host's own storage is full or refused: a reload starts afresh, as without the loader.
      }
    }
  }

  win.addEventListener('message', onMessage)
  scan()
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', scan)
  const observer = new MutationObserver(scan)
  observer.observe(doc.documentElement, { childList: true, subtree: true })
  return () => {
    win.removeEventListener('message', onMessage)
    observer.disconnect()
    delete state.capRelationClientLoader
  }
}
