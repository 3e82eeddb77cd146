/**
 * Build-time only: `embed.js`, the host page's loader, from src/features/embed/embed-loader.ts.
 * That file is a module (so that tests import it); here its types are stripped, its exports
 * dropped, and it becomes one self-running, minified classic script, which any page can include
 * with `<script src>` and a strict Content-Security-Policy can allow by its address.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify, transformWithOxc } from 'vite'

export const EMBED_LOADER_FILE = 'embed.js'
const SOURCE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../features/embed/embed-loader.ts',
)

export async function buildEmbedLoader(): Promise<string> {
  const typed = await readFile(SOURCE, 'utf8')
  const { code } = await transformWithOxc(typed, SOURCE, { lang: 'ts', target: 'es2020' })
  const script = `(() => {\n${code.replace(/^export\s+/gm, '')}\ninstallEmbedLoader(window)\n})()\n`
  if (/^\s*(import|export)\b/m.test(script))
    throw new Error('embed-loader.ts must import nothing: embed.js is a classic script')
  const minified = await minify(EMBED_LOADER_FILE, script, { compress: true, mangle: true })
  return minified.code
}
