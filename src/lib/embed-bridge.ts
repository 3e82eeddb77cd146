/**
 * What an embedded Cap Relation Client says to the page that hosts it: the height of its content
 * and the names of journey events. Only when the browser refuses the frame any storage does it
 * also send where the quiz stands (a progress code and its route), so that the host page's loader
 * can resume it after a reload; nothing else, and never any personal data.
 *
 * The frame's own settings (`integre=1`, `couleur`, `paliers`) and the quiz's progress
 * (`reponses`) live in the query before the hash: moving between the app's pages changes only
 * the hash, so they stay for the whole visit and a reload of the frame, with no storage at all.
 */
import { isUsableAccent, parseHexColor, toHex } from '@/lib/color'

export const EMBED_SOURCE = 'cap-relation-client'
export const EMBED_PARAM = 'integre'
export const COLOR_PARAM = 'couleur'
/** `paliers=1`: on the results page the posted height is rounded up to steps of `HEIGHT_STEP`. */
export const STEPS_PARAM = 'paliers'
export const HEIGHT_STEP = 600
/** The quiz in progress, as a progress code (src/lib/questionnaire/progress-code-logic.ts). */
export const PROGRESS_PARAM = 'reponses'

export type EmbedEventName = 'started' | 'completed'
export type EmbedMessage =
  | { source: typeof EMBED_SOURCE; type: 'resize'; height: number }
  | { source: typeof EMBED_SOURCE; type: 'event'; name: EmbedEventName }
  /** Sent only when storage is refused: the route (`#/quiz/…`) and the progress code. */
  | { source: typeof EMBED_SOURCE; type: 'resume'; route: string; progress: string }

export interface EmbedOptions {
  /** The host's accent colour, kept only when it keeps WCAG AA contrast. */
  accent?: string
  /** The host asked for results-page heights rounded up to steps (`paliers=1`). */
  heightSteps?: true
}

/**
 * Reads `integre=1&couleur=0b5cad&paliers=1` from the query before the hash or, as snippets
 * pasted before the loader wrote it, from the route's; undefined when not asked to embed.
 */
export function readEmbedOptions(
  query: URLSearchParams,
  search = new URLSearchParams(),
): EmbedOptions | undefined {
  const params = search.get(EMBED_PARAM) === '1' ? search : query
  if (params.get(EMBED_PARAM) !== '1') return undefined
  const color = parseHexColor(params.get(COLOR_PARAM) ?? '')
  return {
    ...(color && isUsableAccent(color) && { accent: toHex(color) }),
    ...(params.get(STEPS_PARAM) === '1' && { heightSteps: true as const }),
  }
}

/** The height to post: the content's, rounded up to a step on the results page when asked. */
export function postedHeight(content: number, options: EmbedOptions, onResults: boolean): number {
  const height = Math.ceil(content)
  return options.heightSteps && onResults ? Math.ceil(height / HEIGHT_STEP) * HEIGHT_STEP : height
}

/**
 * The options an embedded frame remembered for its visit (session storage), checked like any
 * saved data: anything but `{}` or `{ accent: "#rrggbb" }` with a usable colour is ignored.
 */
export function parseEmbedOptions(saved: string | null): EmbedOptions | undefined {
  if (saved === null) return undefined
  let value: unknown
  try {
    value = JSON.parse(saved)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const { accent, heightSteps } = value as Record<string, unknown>
  const color = typeof accent === 'string' ? parseHexColor(accent) : undefined
  return {
    ...(color && isUsableAccent(color) && { accent: toHex(color) }),
    ...(heightSteps === true && { heightSteps: true as const }),
  }
}

/** The one message a frame reads from its host: the loader's hello, answered with the height. */
export function isHello(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as Record<string, unknown>).source === EMBED_SOURCE &&
    (data as Record<string, unknown>).type === 'hello'
  )
}

export function isFramed(): boolean {
  try {
    return window.self !== window.top
  } catch {
    return true
  }
}

type WithoutSource<T> = T extends unknown ? Omit<T, 'source'> : never

export function postToHost(message: WithoutSource<EmbedMessage>) {
  if (!isFramed()) return
  // "*" is safe here: the message holds nothing but a height or an event name.
  window.parent.postMessage({ source: EMBED_SOURCE, ...message }, '*')
}

export const EMBED_SESSION_KEY = 'cap-relation-client:embed'

const hashQuery = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '')

/**
 * True in a host page's frame opened with `integre=1` (now or earlier in this frame's visit).
 * Read once at start-up, before routing, to keep the embedded app's saved data apart.
 */
export function isEmbeddedFrame(): boolean {
  if (typeof window === 'undefined' || !isFramed()) return false
  if (readEmbedOptions(hashQuery(), new URLSearchParams(window.location.search))) return true
  try {
    return sessionStorage.getItem(EMBED_SESSION_KEY) !== null
  } catch {
    return false
  }
}

/**
 * The progress code in this page's address, if any: written by an embedded frame (see
 * `keepProgressInAddress`), or carried by its "Ouvrir en plein écran" link.
 */
export function progressInAddress(): string | null {
  if (typeof window === 'undefined') return null
  return new URLSearchParams(window.location.search).get(PROGRESS_PARAM)
}

let refused: boolean | undefined
/** Whether this browser refuses the frame its storage (third-party storage blocked). */
export function storageRefused(): boolean {
  refused ??= (() => {
    try {
      const probe = `${EMBED_SOURCE}:probe`
      localStorage.setItem(probe, probe)
      localStorage.removeItem(probe)
      return false
    } catch {
      return true
    }
  })()
  return refused
}

/** When storage is refused, tells the host's loader where the quiz stands, to resume it. */
export function offerResume() {
  const progress = progressInAddress()
  if (progress && storageRefused())
    postToHost({ type: 'resume', route: window.location.hash, progress })
}

/**
 * In an embedded frame, writes the quiz's progress code into the address (in place, before the
 * hash, so every later page of the visit keeps it), and offers it to the host when storage is
 * refused. Elsewhere, does nothing: a shared link never carries answers in progress.
 */
export function keepProgressInAddress(progressCode: () => string) {
  if (typeof window === 'undefined' || !isEmbeddedFrame()) return
  const code = progressCode()
  const url = new URL(window.location.href)
  if (url.searchParams.get(PROGRESS_PARAM) === code) return
  url.searchParams.set(PROGRESS_PARAM, code)
  window.history.replaceState(window.history.state, '', url.href)
  offerResume()
}
