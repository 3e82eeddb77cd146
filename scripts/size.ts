/**
 * `npm run size`: builds the app (into a temporary folder, with Vite's manifest, which is not
 * deployed), then adds up the gzipped JS and CSS the home page loads
 * (the entry chunk, its static imports and their CSS). Fails above the budget.
 * Also prints what each lazily loaded page adds on top, and checks the embed loader's own budget.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

export const HOME_BUDGET_BYTES = 100_000
/** The host pages' loader (`embed.js`): a school's page pays for it on every visit. */
export const LOADER_BUDGET_BYTES = 1_500

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

const root = process.cwd()
const dist = mkdtempSync(path.join(tmpdir(), 'cap-relation-client-size-'))

const gzipSize = (file: string) =>
  gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** Every file a chunk needs before it runs: itself, its static imports, and their CSS. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  chunk.css?.forEach((css) => seen.add(css))
  chunk.imports?.forEach((imported) => closure(manifest, imported, seen))
  return seen
}

await build({ root, logLevel: 'error', build: { outDir: dist, emptyOutDir: true, manifest: true } })
const manifest = JSON.parse(
  readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'),
) as Manifest
process.on('exit', () => rmSync(dist, { recursive: true, force: true }))
const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
if (!entryKey) throw new Error('no entry in the Vite manifest')

const home = closure(manifest, entryKey)
const homeBytes = [...home].reduce((sum, file) => sum + gzipSize(file), 0)

console.log('Home page (JS + CSS, gzip -9):')
for (const file of [...home].sort()) console.log(`  ${kb(gzipSize(file)).padStart(9)}  ${file}`)
console.log(`  ${kb(homeBytes).padStart(9)}  total, budget ${kb(HOME_BUDGET_BYTES)}`)

console.log('\nLoaded on demand, per page (what it adds to the home page):')
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry || !chunk.src?.startsWith('src/features')) continue
  const extra = [...closure(manifest, key)].filter((file) => !home.has(file))
  const bytes = extra.reduce((sum, file) => sum + gzipSize(file), 0)
  console.log(`  ${kb(bytes).padStart(9)}  ${chunk.src}`)
}

const loaderBytes = gzipSize('embed.js')
console.log(
  `\nEmbed loader (gzip -9):\n  ${kb(loaderBytes).padStart(9)}  embed.js, budget ${kb(LOADER_BUDGET_BYTES)}`,
)

if (homeBytes > HOME_BUDGET_BYTES) {
  console.error(
    `\nsize: the home page loads ${kb(homeBytes)}, over the ${kb(HOME_BUDGET_BYTES)} budget.`,
  )
  process.exit(1)
}
if (loaderBytes > LOADER_BUDGET_BYTES) {
  console.error(
    `\nsize: embed.js is ${loaderBytes} bytes gzipped, over the ${LOADER_BUDGET_BYTES} budget.`,
  )
  process.exit(1)
}
console.log(
  `\nsize: OK (home ${kb(HOME_BUDGET_BYTES - homeBytes)} left, loader ${LOADER_BUDGET_BYTES - loaderBytes} bytes left)`,
)
