/**
 * What an embedded Cap Relation Client says to the page that hosts it. Messages carry no
 * answers and no personal data: only the page height and the names of journey events.
 */
import { isUsableAccent, parseHexColor, toHex } from '@/lib/color'

export const EMBED_SOURCE = 'cap-relation-client'
export const EMBED_PARAM = 'integre'
export const COLOR_PARAM = 'couleur'

export type EmbedEventName = 'started' | 'completed'
export type EmbedMessage =
  | { source: typeof EMBED_SOURCE; type: 'resize'; height: number }
  | { source: typeof EMBED_SOURCE; type: 'event'; name: EmbedEventName }

export interface EmbedOptions {
  /** The host's accent colour, kept only when it keeps WCAG AA contrast. */
  accent?: string
}

/** Reads `integre=1&couleur=0b5cad` from a route query; undefined when not asked to embed. */
export function readEmbedOptions(query: URLSearchParams): EmbedOptions | undefined {
  if (query.get(EMBED_PARAM) !== '1') return undefined
  const color = parseHexColor(query.get(COLOR_PARAM) ?? '')
  return color && isUsableAccent(color)
    ? { accent: `#${(query.get(COLOR_PARAM) ?? '').replace('#', '')}` }
    : {}
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
  const { accent } = value as Record<string, unknown>
  if (accent === undefined) return {}
  const color = typeof accent === 'string' ? parseHexColor(accent) : undefined
  return color && isUsableAccent(color) ? { accent: toHex(color) } : {}
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

/**
 * True in a host page's frame opened with `integre=1` (now or earlier in this frame's visit).
 * Read once at start-up, before routing, to keep the embedded app's saved data apart.
 */
export function isEmbeddedFrame(): boolean {
  if (typeof window === 'undefined' || !isFramed()) return false
  if (new URLSearchParams(window.location.hash.split('?')[1] ?? '').get(EMBED_PARAM) === '1')
    return true
  try {
    return sessionStorage.getItem(EMBED_SESSION_KEY) !== null
  } catch {
    return false
  }
}
