/**
 * `npm run size`: builds the app (into a temporary folder, with Vite's manifest, which is not
 * deployed), then adds up the gzipped JS and CSS the home page loads
 * (the entry chunk, its static imports and their CSS). Fails above the budget.
 * Also prints what each lazily loaded page adds on top, checks what a cold deep link to each page
 * loads (the home page's files and the page's, once each) against that route's budget in
 * `scripts/bench-routes.ts`, and checks the embed loader's own budget.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { BENCH_ROUTES } from './bench-routes.ts'

/** The home page's budget: that of the route `/` in scripts/bench-routes.ts. */
export const HOME_BUDGET_BYTES = BENCH_ROUTES.find((route) => !route.page)?.budgetBytes ?? 0
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

console.log('\nCold deep link to each page (home + page, JS + CSS, gzip -9, each file once):')
const routeRows = BENCH_ROUTES.map((route) => {
  if (route.page && !manifest[route.page])
    throw new Error(
      `${route.path}: ${route.page} is no chunk of the build (scripts/bench-routes.ts)`,
    )
  const files = route.page ? closure(manifest, route.page, new Set(home)) : home
  const bytes = [...files].reduce((sum, file) => sum + gzipSize(file), 0)
  return { route: route.path, bytes, budget: route.budgetBytes }
})
const routeTable = [
  ['route', 'bytes', 'budget', 'left'],
  ...routeRows.map(({ route, bytes, budget }) => [
    route,
    kb(bytes),
    kb(budget),
    kb(budget - bytes),
  ]),
]
const widths = routeTable[0]!.map((_, i) => Math.max(...routeTable.map((row) => row[i]!.length)))
for (const row of routeTable)
  console.log(
    `  ${row.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join('  ')}`,
  )
const overRoutes = routeRows.filter(({ bytes, budget }) => bytes > budget)

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
if (overRoutes.length > 0) {
  for (const { route, bytes, budget } of overRoutes)
    console.error(
      `\nsize: a cold deep link to ${route} loads ${kb(bytes)}, over its ${kb(budget)} budget.`,
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
  `\nsize: OK (home ${kb(HOME_BUDGET_BYTES - homeBytes)} left, every route within its budget, ` +
    `loader ${LOADER_BUDGET_BYTES - loaderBytes} bytes left)`,
)
