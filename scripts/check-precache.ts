/**
 * `npm run build` ends with this check: every file the service worker precaches must exist in the
 * build. A missing one makes the worker's install fail on a host that answers 404, and then the
 * app never works offline. Prints the precache list's size; exits 1 naming each missing file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export interface PrecacheReport {
  files: string[]
  missing: string[]
  bytes: number
  /** Built with OFFLINE=off: the worker removes itself and precaches nothing. */
  retiring: boolean
}

/** Reads the precache list that Workbox wrote into `sw.js` and checks it against the folder. */
export function checkPrecache(dist: string): PrecacheReport {
  const worker = readFileSync(path.join(dist, 'sw.js'), 'utf8')
  const files = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '')
  if (files.length === 0 && worker.includes('registration.unregister()'))
    return { files, missing: [], bytes: 0, retiring: true }
  if (!files.includes('index.html'))
    throw new Error(`${dist}/sw.js: no precache list with index.html`)
  const missing = files.filter((file) => !existsSync(path.join(dist, file)))
  const bytes = files
    .filter((file) => !missing.includes(file))
    .reduce((sum, file) => sum + statSync(path.join(dist, file)).size, 0)
  return { files, missing, bytes, retiring: false }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist'
  const { files, missing, bytes, retiring } = checkPrecache(dist)
  if (retiring) {
    console.log('precache: none — this build retires the offline worker (OFFLINE=off)')
    process.exit(0)
  }
  if (missing.length) {
    for (const file of missing)
      console.error(`${dist}/sw.js precaches ${file}, which the build did not write`)
    process.exit(1)
  }
  console.log(`precache: ${files.length} files, ${(bytes / 1000).toFixed(1)} kB, all present`)
}
