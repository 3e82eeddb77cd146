/**
 * The service worker, built by vite-plugin-pwa (Workbox, `injectManifest`): it precaches every
 * file the build wrote (the list comes from the files on disk, see vite.config.ts) and answers page
 * loads with `servePage`. A new version waits until the reader accepts it (`SKIP_WAITING`, sent by
 * the "Nouvelle version disponible" notice), so a page never changes under someone's feet.
 */
import { clientsClaim } from 'workbox-core'
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { pageEntries, pageEntryFor, servePage } from './offline-logic'

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
declare const self: {
  __WB_MANIFEST: { url: string; revision: string | null }[]
  registration: { scope: string }
  skipWaiting(): Promise<void>
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void
}

/** The hand-written worker before this one kept its files in caches named like this. */
const LEGACY_CACHE_PREFIX = 'cap-relation-client-'

const precached = self.__WB_MANIFEST
precache(precached)
const pages = pageEntries(precached.map((entry) => entry.url))
const pageOf = (url: URL) => pageEntryFor(url.href, self.registration.scope, pages)
cleanupOutdatedCaches()
clientsClaim()

// Before the precache route: a page load is network first (the precache route is cache first).
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && pageOf(url) !== undefined,
  ({ request, url }) =>
    servePage({
      network: () => fetch(request),
      cached: () => matchPrecache(pageOf(url) ?? 'index.html'),
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    }),
)
addRoute()

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(LEGACY_CACHE_PREFIX))
            .map((key) => caches.delete(key)),
        ),
      ),
  )
})
