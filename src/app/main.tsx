import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import '@/ui/styles/tokens.css'
import '@/ui/styles/base.css'
import '@/ui/styles/shell.css'
import { EMBED_ENTRY } from '@/lib/embed-entry'
import { useAppStore } from '@/store/app-store'
import { addressOfHash, appRoot, configureRouting, currentLocation } from '@/ui/router'
import { App } from './app'
import { offerUpdate } from './app-update'
import { preloadPage } from './routes'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Each page names the site's root relatively (`<base href="../../">`); Chromium resolves that
// again whenever history moves the address, so it is pinned as a full address before any move.
document.querySelector('base')?.setAttribute('href', appRoot().href)

// The embed's file keeps hash routing: a host's frame must never leave it.
const embedFile = window.location.pathname.endsWith(`/${EMBED_ENTRY}`)
configureRouting(embedFile ? 'hash' : 'path')

// An old link (`#/metiers/superviseur`) moves to its real address, in place.
const moved = embedFile ? undefined : addressOfHash(window.location.hash, window.location.search)
if (moved !== undefined) window.history.replaceState(null, '', new URL(moved, appRoot()).href)

const app = (
  <StrictMode>
    <App />
  </StrictMode>
)
const opened = currentLocation()
// The HTML was pre-rendered for this page, in French, with no query: hydrate it. Any other
// address (a filter, `?lang=en`, an old hash link, a visitor who chose English) and a personal
// page's frame (`data-shell`) draw afresh.
const prerendered =
  moved === undefined &&
  root.dataset.page === opened.path &&
  root.dataset.shell === undefined &&
  opened.query.size === 0 &&
  useAppStore.getState().settings.locale === 'fr'
// Another page's HTML (the home's, under an old hash link) must not show, even for a moment:
// a reader would start on the wrong page. The same page's HTML stays until the app draws it.
if (root.dataset.page !== undefined && root.dataset.page !== opened.path) root.replaceChildren()
// Both in a transition, so that React renders in slices and yields to the browser between
// them: a whole page rendered in one go blocks a phone's main thread for hundreds of ms.
const draw = (hydrate: boolean) =>
  startTransition(() => {
    if (hydrate) hydrateRoot(root, app)
    else createRoot(root).render(app)
  })
// Over the page's HTML, its chunk first: hydrating over a page still loading would draw it all
// again, and a first draw before it is in would swap the page's text for « Chargement… » until
// it is. A chunk that cannot load (offline, a new deployment) leaves the app to draw afresh and
// say so. An empty #root (the embed's file) draws at once: its header and « Chargement… ».
// In a task of its own, after this module's: a fetch started here would have this whole
// module on its stack, and a browser that records where fetches start (its developer tools,
// Lighthouse) re-reads the whole file to name the lines.
setTimeout(() => {
  const ready = root.hasChildNodes() ? preloadPage(opened.path) : Promise.resolve()
  void ready.then(
    () => draw(prerendered),
    () => draw(false),
  )
})

// Offline once loaded (production builds only; the worker is src/app/sw.ts). A new version
// waits for the reader: the notice's button activates it and reloads.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const HOUR = 60 * 60 * 1000
  void import('workbox-window').then(({ Workbox }) => {
    // Full addresses: Workbox compares the worker's address with this one against the page's
    // own address, not the <base>, and from a page folder `./sw.js` would name another worker —
    // a first visit would then be offered a "new version".
    const siteRoot = appRoot()
    const worker = new Workbox(new URL('sw.js', siteRoot).href, { scope: siteRoot.pathname })
    worker.addEventListener('waiting', () =>
      offerUpdate(() => {
        // Reload once the new worker controls the page, whenever it was found (at start-up,
        // the hourly check, a deployment while the app is open).
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
          once: true,
        })
        worker.messageSkipWaiting()
      }),
    )
    void worker.register().then((registration) => {
      // A class may keep the app open all day: look for a new deployment every hour.
      if (registration) setInterval(() => void registration.update(), HOUR)
    })
  })
}
