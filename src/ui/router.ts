/**
 * Routing. The site has real addresses (`metiers/superviseur/`), one pre-rendered HTML file per
 * public page, every one of them relative to the site's root, so `dist/` works from any folder of
 * any static host. Every built page names that root in a `<base href>` (`../../` two folders
 * down), so one address such as `metiers/superviseur/` means the same thing on every page.
 *
 * The embed's own file (`integre.html`, in a host's frame) keeps hash routing
 * (`integre.html#/quiz/niveau`): it must never leave that file, the only one a host may frame.
 *
 * Pages see one shape of address either way: a path (`/metiers/superviseur`, `/quiz/niveau`,
 * `/resultats/7KQ2-M9X4-B8`) and a query. The parts that are nobody's folder — a question, a
 * result code — travel in the query of their page's folder (`quiz/?question=niveau`), since a
 * static host has no file for them.
 */
import { useSyncExternalStore } from 'react'
import { appRoot } from '@/lib/app-root'
import { markNavigation } from './page-heading'

export { appRoot }

export interface RouteLocation {
  /** Always starts with "/" and has no trailing slash (except the root). */
  path: string
  query: URLSearchParams
}

export type RoutingMode = 'path' | 'hash'

/** Pages whose last segment travels in the query, and the query's name for it. */
export const SEGMENT_PARAMS: Readonly<Record<string, string>> = {
  quiz: 'question',
  resultats: 'code',
}

/** Hash routing until the app says otherwise: tests and the embed's file use it. */
let mode: RoutingMode = 'hash'
/** Where a page is being rendered at build time (no window there). */
let serverLocation: RouteLocation = { path: '/', query: new URLSearchParams() }

/**
 * Set once at start-up, before the first render: `path` (the pre-rendered pages and the app on
 * its own site), or `hash` (the embed's frame).
 */
export function configureRouting(newMode: RoutingMode) {
  mode = newMode
  if (mode === 'path' && typeof window !== 'undefined') installLinkClicks()
}

export function routingMode(): RoutingMode {
  return mode
}

/** For a build-time render: the page being rendered. */
export function setServerLocation(path: string) {
  serverLocation = { path, query: new URLSearchParams() }
}

function tidyPath(raw: string): string {
  let path = raw.startsWith('/') ? raw : `/${raw}`
  try {
    path = decodeURI(path)
  } catch {
    // A malformed escape stays as typed; the router will show the 404 page for it.
  }
  path = path.replace(/\/{2,}/g, '/')
  if (path.length > 1) path = path.replace(/\/+$/, '')
  return path
}

export function parseHash(hash: string): RouteLocation {
  const raw = hash.replace(/^#/, '')
  const [pathPart = '', queryPart = ''] = raw.split('?', 2) as [string?, string?]
  const path = pathPart.startsWith('/') ? tidyPath(pathPart) : '/'
  return { path, query: new URLSearchParams(queryPart) }
}

/** The app's location in a real address: the path below the root, a segment from the query. */
export function parseAddress(address: string, siteRoot: string): RouteLocation {
  const url = new URL(address)
  const base = new URL(siteRoot).pathname
  let rest = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname
  rest = rest.replace(/(^|\/)index\.html$/, '$1')
  let path = tidyPath(rest)
  const query = new URLSearchParams(url.search)
  const param = SEGMENT_PARAMS[path.slice(1)]
  const segment = param === undefined ? null : query.get(param)
  if (param !== undefined && segment) {
    path = `${path}/${segment}`
    query.delete(param)
  }
  return { path, query }
}

/** The real address of a path and query, relative to the site's root: `metiers/superviseur/`. */
export function pathAddress(path: string, query?: Record<string, string | undefined>): string {
  const segments = path.split('/').filter(Boolean)
  const params = new URLSearchParams()
  const param = segments.length === 2 ? SEGMENT_PARAMS[segments[0] ?? ''] : undefined
  if (param !== undefined) params.set(param, segments.pop() ?? '')
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) params.set(key, value)
  const folder = segments.length === 0 ? './' : `${encodeURI(segments.join('/'))}/`
  const search = params.toString()
  return `${folder}${search ? `?${search}` : ''}`
}

/**
 * The real address an old hash link (`#/metiers/superviseur?lang=en`) stands for, relative to
 * the root; the address's own query (`?lang=en#/…`) goes along, the hash's winning. Undefined
 * when the hash is not a route (`#contenu`).
 */
export function addressOfHash(hash: string, search: string): string | undefined {
  if (!hash.startsWith('#/')) return undefined
  const { path, query } = parseHash(hash)
  const merged: Record<string, string> = Object.fromEntries(new URLSearchParams(search))
  for (const [key, value] of query) merged[key] = value
  return pathAddress(path, merged)
}

/** Hashes that are not routes (an in-page anchor such as `#contenu`) leave the page as it is. */
const isRouteHash = (hash: string) => hash === '' || hash === '#' || hash.startsWith('#/')

let lastRouteHash = typeof window === 'undefined' ? '' : window.location.hash
const pageOf = (address: string) => address.split('#')[0] ?? ''
const NAVIGATED = 'cap-relation-client:navigated'

/** In path mode, an old `#/…` address met after start-up moves to its real address in place. */
function moveHashRoute(): boolean {
  const address = addressOfHash(window.location.hash, window.location.search)
  if (address === undefined) return false
  window.history.replaceState(window.history.state, '', new URL(address, appRoot()).href)
  return true
}

function subscribe(onChange: () => void) {
  if (mode === 'path') {
    let seen = pageOf(window.location.href)
    const listener = () => {
      if (window.location.hash.startsWith('#/')) moveHashRoute()
      // A move to an anchor on the same page (`#contenu`) is not a navigation.
      const now = pageOf(window.location.href)
      if (now === seen) return
      seen = now
      markNavigation()
      onChange()
    }
    window.addEventListener('popstate', listener)
    window.addEventListener('hashchange', listener)
    window.addEventListener(NAVIGATED, listener)
    return () => {
      window.removeEventListener('popstate', listener)
      window.removeEventListener('hashchange', listener)
      window.removeEventListener(NAVIGATED, listener)
    }
  }
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
  if (mode === 'path') return pageOf(window.location.href)
  if (isRouteHash(window.location.hash)) lastRouteHash = window.location.hash
  return lastRouteHash
}

/**
 * While hydrating, React reads this: the page the HTML was rendered for, which is the page open
 * (the start-up hydrates only then).
 */
const getServerSnapshot = () =>
  typeof window !== 'undefined' && mode === 'path' ? pageOf(window.location.href) : ''

export function useRouteLocation(): RouteLocation {
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
  if (typeof window === 'undefined') return serverLocation
  return mode === 'path' ? parseAddress(snapshot, appRoot().href) : parseHash(snapshot)
}

/** The location the page was opened on (read once at start-up, before any render). */
export function currentLocation(): RouteLocation {
  return mode === 'path'
    ? parseAddress(window.location.href, appRoot().href)
    : parseHash(window.location.hash)
}

export function href(path: string, query?: Record<string, string | undefined>): string {
  if (mode === 'path') return pathAddress(path, query)
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) params.set(key, value)
  const search = params.toString()
  return `#${encodeURI(path)}${search ? `?${search}` : ''}`
}

/** The full address of one built by `href` (or `links.*`), to share or to show as a QR code. */
export function absoluteHref(target: string): string {
  if (mode === 'path') return new URL(target, appRoot()).href
  return `${window.location.origin}${window.location.pathname}${target}`
}

export function navigate(
  path: string,
  options: { replace?: boolean; query?: Record<string, string | undefined> } = {},
) {
  goTo(href(path, options.query), options)
}

/** Goes to an address built by `href` (or `links.*`): a new history entry, or in place. */
export function goTo(target: string, options: { replace?: boolean } = {}) {
  const url = mode === 'path' ? new URL(target, appRoot()).href : target
  if (options.replace) window.history.replaceState(window.history.state, '', url)
  else window.history.pushState(window.history.state, '', url)
  if (mode === 'path') window.dispatchEvent(new Event(NAVIGATED))
  else window.dispatchEvent(new HashChangeEvent('hashchange'))
}

/** An address of one of the app's pages (not a file the host serves: a PDF, `embed.js`…). */
function isAppPage(url: URL): boolean {
  if (url.origin !== window.location.origin) return false
  const base = appRoot().pathname
  if (!url.pathname.startsWith(base)) return false
  const rest = url.pathname.slice(base.length)
  return !/\.[a-z0-9]+$/i.test(rest) || /(^|\/)index\.html$/.test(rest)
}

let clicksInstalled = false
/**
 * In path mode, a click on a link to another page of the app moves there without loading it
 * again (the app keeps its state); a new tab, a download or another site behave as usual.
 */
function installLinkClicks() {
  if (clicksInstalled) return
  clicksInstalled = true
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!(link instanceof HTMLAnchorElement)) return
    if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return
    const url = new URL(link.href)
    if (!isAppPage(url)) return
    const here = new URL(window.location.href)
    // An anchor on this very page: the browser scrolls to it.
    if (url.hash && url.pathname === here.pathname && url.search === here.search) return
    event.preventDefault()
    goTo(url.href)
  })
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
