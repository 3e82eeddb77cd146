/**
 * Hash routing: `#/metiers/superviseur?lang=en`. Works from any folder of any static host,
 * and a reload or a shared link lands on the same page.
 */
import { useSyncExternalStore } from 'react'
import { markNavigation } from './page-heading'

export interface RouteLocation {
  /** Always starts with "/" and has no trailing slash (except the root). */
  path: string
  query: URLSearchParams
}

export function parseHash(hash: string): RouteLocation {
  const raw = hash.replace(/^#/, '')
  const [pathPart = '', queryPart = ''] = raw.split('?', 2) as [string?, string?]
  let path = pathPart.startsWith('/') ? pathPart : '/'
  try {
    path = decodeURI(path)
  } catch {
    // A malformed escape stays as typed; the router will show the 404 page for it.
  }
  path = path.replace(/\/{2,}/g, '/')
  if (path.length > 1) path = path.replace(/\/+$/, '')
  return { path, query: new URLSearchParams(queryPart) }
}

/** Hashes that are not routes (an in-page anchor such as `#contenu`) leave the page as it is. */
const isRouteHash = (hash: string) => hash === '' || hash === '#' || hash.startsWith('#/')

let lastRouteHash = typeof window === 'undefined' ? '' : window.location.hash

function subscribe(onChange: () => void) {
  const listener = () => {
    if (!isRouteHash(window.location.hash)) return
    lastRouteHash = window.location.hash
    markNavigation()
    onChange()
  }
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

const getSnapshot = () => {
  if (isRouteHash(window.location.hash)) lastRouteHash = window.location.hash
  return lastRouteHash
}

export function useRouteLocation(): RouteLocation {
  const hash = useSyncExternalStore(subscribe, getSnapshot, () => '')
  return parseHash(hash)
}

export function href(path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) params.set(key, value)
  const search = params.toString()
  return `#${encodeURI(path)}${search ? `?${search}` : ''}`
}

export function navigate(
  path: string,
  options: { replace?: boolean; query?: Record<string, string | undefined> } = {},
) {
  goTo(href(path, options.query), options)
}

/** Goes to an address built by `href` (or `links.*`): a new history entry, or in place. */
export function goTo(target: string, options: { replace?: boolean } = {}) {
  if (options.replace) window.history.replaceState(window.history.state, '', target)
  else window.history.pushState(window.history.state, '', target)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

/**
 * Matches `/metiers/:roleId` against `/metiers/superviseur`. A last parameter written `:name?` is
 * optional: `/quiz/:questionId?` matches `/quiz` (no `questionId`) and `/quiz/niveau`.
 */
export function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean)
  const got = path.split('/').filter(Boolean)
  const optional = want.at(-1)?.endsWith('?') ? 1 : 0
  if (got.length > want.length || got.length < want.length - optional) return undefined
  const params: Record<string, string> = {}
  for (const [i, part] of want.entries()) {
    const value = got[i]
    if (value === undefined) break
    if (part.startsWith(':')) params[part.slice(1).replace(/\?$/, '')] = value
    else if (part !== value) return undefined
  }
  return params
}
