/**
 * Pure, build-time: the HTML file of each pre-rendered page, made from the built `index.html`,
 * and the site map. Every address in a page is relative, so the site works from any folder.
 */

export interface PageFile {
  /** The app's path: `/`, `/metiers/superviseur`. */
  path: string
  /** The page's HTML inside `#root`; for a personal page, its frame only (header, footer). */
  html: string
  /** A personal page (results, class mode): never indexed, never hydrated, no description. */
  personal?: boolean
  title: string
  /** The built CSS files the page needs at once (its own chunk's), from the site's root. */
  css: readonly string[]
  /** The site's public address (`https://school.example/orientation/`), when known. */
  siteUrl?: string
  /**
   * A personal page's own code, from the site's root: it loads the app at once (its content
   * needs it), and its `modulepreload` links fetch this code along with the app's, instead of
   * a round trip later, when the app asks for it.
   */
  code?: readonly string[]
}

/** Where a path's file goes: `metiers/superviseur/index.html`. */
export function fileOfPath(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}/index.html`
}

/** The page's address relative to the site's root: `metiers/superviseur/` (`` for the home). */
export function folderOfPath(path: string): string {
  return path === '/' ? '' : `${path.slice(1)}/`
}

/** From a page's folder back to the site's root: `../../` two folders down, `./` at the root. */
export function rootFromPath(path: string): string {
  const depth = path.split('/').filter(Boolean).length
  return depth === 0 ? './' : '../'.repeat(depth)
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  nbsp: '\u00a0',
}
function textOf(html: string): string {
  return (
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
        if (name.startsWith('#x') || name.startsWith('#X'))
          return String.fromCodePoint(parseInt(name.slice(2), 16))
        if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
        return ENTITIES[name.toLowerCase()] ?? entity
      })
      // Spaces and line breaks, but not the no-break spaces of French typography.
      .replace(/[ \t\r\n]+/g, ' ')
      .trim()
  )
}

/** At most this many characters: what search engines show under a title. */
export const DESCRIPTION_LENGTH = 160

/**
 * The page's description for search engines and shared links: its first paragraph of some
 * length after the heading, cut at a word with an ellipsis when long.
 */
export function describe(html: string): string | undefined {
  const main = html.slice(Math.max(0, html.indexOf('<h1')))
  for (const [, inner = ''] of main.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
    const text = textOf(inner)
    if (text.length < 60) continue
    if (text.length <= DESCRIPTION_LENGTH) return text
    const cut = text.slice(0, DESCRIPTION_LENGTH - 1)
    return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')}…`
  }
  return undefined
}

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`the built index.html has no ${what}`)
  return html.replace(pattern, () => replacement)
}

/** The page's HTML file, from the built `index.html`. */
export function pageDocument(template: string, page: PageFile): string {
  const root = rootFromPath(page.path)
  let html = template
  // First in <head>, before any relative address: the site's root, for every link of the page.
  html = replaceOnce(
    html,
    /<meta charset="UTF-8" \/>/i,
    `<meta charset="UTF-8" />\n    <base href="${root}" />`,
    'charset',
  )
  html = replaceOnce(
    html,
    /<title>[\s\S]*?<\/title>/,
    `<title>${escapeHtml(page.title)}</title>`,
    'title',
  )
  const description = page.personal ? undefined : describe(page.html)
  if (description !== undefined)
    html = replaceOnce(
      html,
      /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
      `<meta name="description" content="${escapeHtml(description)}" />`,
      'description',
    )
  const head: string[] = []
  if (page.personal) head.push('<meta name="robots" content="noindex" />')
  const url = page.siteUrl && new URL(folderOfPath(page.path), page.siteUrl).href
  if (url && !page.personal) head.push(`<link rel="canonical" href="${escapeHtml(url)}" />`)
  head.push(
    '<meta property="og:site_name" content="Cap Relation Client" />',
    '<meta property="og:type" content="website" />',
    '<meta property="og:locale" content="fr_FR" />',
    `<meta property="og:title" content="${escapeHtml(page.title)}" />`,
  )
  if (description !== undefined)
    head.push(`<meta property="og:description" content="${escapeHtml(description)}" />`)
  if (url) head.push(`<meta property="og:url" content="${escapeHtml(url)}" />`)
  for (const file of page.css) head.push(`<link rel="stylesheet" href="./${file}" />`)
  for (const file of page.code ?? [])
    head.push(`<link rel="modulepreload" crossorigin href="./${file}" />`)
  html = replaceOnce(html, /<\/head>/, `  ${head.join('\n    ')}\n  </head>`, '</head>')
  // `data-shell`: the app draws a personal page afresh over its frame, never hydrates it.
  const rootElement = `<div id="root" data-page="${escapeHtml(page.path)}"${page.personal ? ' data-shell=""' : ''}>${page.html}</div>`
  return replaceOnce(html, /<div id="root"><\/div>/, rootElement, 'empty #root')
}

/** `sitemap.xml`: every public page, at its full address. */
export function siteMap(siteUrl: string, paths: readonly string[]): string {
  const urls = paths.map(
    (path) => `  <url><loc>${escapeHtml(new URL(folderOfPath(path), siteUrl).href)}</loc></url>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

/**
 * The starter, a small module in `assets/`: once the page's HTML has painted, it loads the app
 * (`entry`, a file name in `assets/`) to hydrate it. The browser would otherwise fetch the app
 * while it lays the page out, and on a slow phone the two compete for the line and the CPU.
 *
 * It waits for the first contentful paint where the browser reports it, because the first frame
 * is not always the one that paints text. An empty `#root` has nothing to paint: it starts at
 * the first frame. No page waits more than `MAX_WAIT_MS`, for a paint
 * that never comes (a tab opened in the background paints only once shown).
 *
 * `before` are the chunks the entry imports (React, the store…). The starter fetches them all at
 * once, then runs them one at a time, each in a task of its own: run together, the app's modules
 * hold a phone's main thread for a few hundred ms in one go, and a tap on the page waits. (The
 * page's own chunks are left to the app: preloaded here too, they made Lighthouse's TBT worse.)
 */
export function starterModule(entry: string, before: readonly string[] = []): string {
  const files = [...before, entry].map((file) => `./${file}`)
  return `let started = false
const files = ${JSON.stringify(files)}
const pause = () => new Promise((resolve) => setTimeout(resolve))
const start = async () => {
  if (started) return
  started = true
  for (const file of files) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = new URL(file, import.meta.url).href
    document.head.append(link)
  }
  for (const file of files) {
    await import(file)
    await pause()
  }
}
const later = () => setTimeout(start)
const paints = self.PerformanceObserver?.supportedEntryTypes?.includes('paint')
if (paints && document.getElementById('root')?.hasChildNodes()) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return
    observer.disconnect()
    later()
  }).observe({ type: 'paint', buffered: true })
  setTimeout(start, ${MAX_WAIT_MS})
} else requestAnimationFrame(later)
`
}

/** The longest the starter waits for a paint before loading the app anyway. */
export const MAX_WAIT_MS = 3000

/**
 * The page loads the app through the starter: the entry's `<script>` gives way to the
 * starter's, and the entry's preloaded imports are dropped (the app fetches them itself).
 */
export function startThrough(html: string, entry: string, starter: string): string {
  const script = `<script type="module" crossorigin src="./assets/${entry}"></script>`
  if (!html.includes(script)) throw new Error(`the page has no script for assets/${entry}`)
  return html
    .replace(script, `<script type="module" src="./assets/${starter}"></script>`)
    .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]*">/g, '')
}
