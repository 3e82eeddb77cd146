/**
 * Pure: how the service worker answers a page load. Each page of the app has its own HTML file
 * (`index.html`, `metiers/superviseur/index.html`…, and `integre.html` for the embed); a result
 * code or a question travels in the query, so a navigation only ever asks for one of those files.
 */

/** Past this wait the cached app is shown rather than a host that is slow to answer. */
export const NETWORK_TIMEOUT_MS = 3000

/** The app's HTML files among the precached ones (`index.html`, `metiers/index.html`…). */
export function pageEntries(precached: readonly string[]): string[] {
  return precached.filter((file) => file.endsWith('.html'))
}

/**
 * The app file a navigation asks for, relative to the worker's scope — a folder's
 * `index.html` for a folder, whatever the query — or undefined for any other address (a file
 * the host serves itself, a page outside the app).
 */
export function pageEntryFor(
  url: string,
  scope: string,
  entries: readonly string[],
): string | undefined {
  const { pathname } = new URL(url)
  const base = new URL(scope).pathname
  if (!pathname.startsWith(base)) return undefined
  let rest = pathname.slice(base.length)
  try {
    rest = decodeURI(rest)
  } catch {
    return undefined
  }
  const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest
  return entries.includes(file) ? file : undefined
}

export interface PageSources {
  network(): Promise<Response>
  /** The app as precached by this worker, or undefined before the precache is complete. */
  cached(): Promise<Response | undefined>
  /** Starts the wait; the returned promise settles when `ms` have passed. */
  wait(ms: number): Promise<void>
}

/** A redirect must reach the browser as it is; any other response counts when it is a success. */
const isUsable = (response: Response) => response.ok || response.type === 'opaqueredirect'

/**
 * Network first, so an online visit gets the latest deployment; the cached app when the network
 * fails, answers with an error (a host's 404 or 500 page never replaces the app) or takes longer
 * than `NETWORK_TIMEOUT_MS`. Nothing is written to a cache here: only the precache holds pages.
 */
export async function servePage(sources: PageSources): Promise<Response> {
  const network = sources.network().then(
    (response) => ({ response }),
    (error: unknown) => ({ error }),
  )
  const first = await Promise.race([
    network,
    sources.wait(NETWORK_TIMEOUT_MS).then(() => 'timeout' as const),
  ])
  if (first !== 'timeout' && 'response' in first && isUsable(first.response)) return first.response
  const cached = await sources.cached()
  if (cached) return cached
  // Nothing cached yet (the first visit is still installing): wait for the network, whatever it says.
  const outcome = first === 'timeout' ? await network : first
  if ('response' in outcome) return outcome.response
  throw outcome.error
}
