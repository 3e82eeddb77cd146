/**
 * Build-time only: writes `sw.js`, a service worker that keeps the app working offline once
 * loaded. It precaches every file of this build (except legacy .woff fonts), serves hashed
 * assets from the cache and pages network-first, so a new deployment is picked up when online.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

export function offlinePlugin(): Plugin {
  let publicFiles: string[] = []
  return {
    name: 'cap-relation-client:offline',
    apply: 'build',
    configResolved(config) {
      const dir = config.publicDir
      if (!dir || !existsSync(dir)) return
      publicFiles = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => statSync(path.join(dir, name)).isFile())
        .map((name) => name.split(path.sep).join('/'))
    },
    generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle), ...publicFiles]
        .filter((name) => !name.startsWith('.vite/') && !name.endsWith('.woff') && name !== 'sw.js')
        .sort()
      const assets = ['./', ...files.map((name) => `./${name}`)]
      const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 12)
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(version, assets),
      })
    },
  }
}

function serviceWorkerSource(version: string, assets: string[]): string {
  return `// Generated at build time by src/app/offline-plugin.ts
const CACHE = 'cap-relation-client-${version}'
const ASSETS = ${JSON.stringify(assets)}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone()
          caches.open(CACHE).then((cache) => cache.put('./', copy))
          return response
        })
        .catch(() => caches.match('./', { ignoreVary: true })),
    )
    return
  }
  event.respondWith(
    // ignoreVary: module scripts are requested with an Origin header the precache did not send.
    caches.match(request, { ignoreVary: true }).then(
      (cached) =>
        cached ||
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone()
            caches.open(CACHE).then((cache) => cache.put(request, copy))
          }
          return response
        }),
    ),
  )
})
`
}
