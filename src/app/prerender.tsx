/**
 * Build-time only (loaded by the deploy plugin, in Node): renders each public page to HTML, as
 * the browser would draw it for a first visit in French, so a page shows its title, heading and
 * text before any script runs, and search engines can read it.
 */
import { StrictMode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { diplomas, roles } from 'virtual:content'
import { configureRouting, setServerLocation } from '@/ui/router'
import { takeServerTitle } from '@/ui/use-locale'
import { App } from './app'
import { ROUTES, preloadPage } from './routes'

export interface PageToBuild {
  path: string
  /** A personal page: only its frame is rendered (see `App`), never indexed. */
  personal: boolean
  /** The page's module from the project's root, for its CSS; undefined for the home. */
  file?: string
}

/**
 * Every page with a file of its own: each route without parameter, each job's page and each
 * diploma's page.
 */
export function pagesToBuild(): PageToBuild[] {
  const pages: PageToBuild[] = []
  for (const route of ROUTES) {
    const entry = { personal: route.personal === true, file: route.file }
    if (route.id === 'role')
      for (const role of roles) pages.push({ path: `/metiers/${role.id}`, ...entry })
    else if (route.id === 'diploma')
      for (const diploma of diplomas) pages.push({ path: `/formations/${diploma.id}`, ...entry })
    else if (!route.pattern.includes('/:')) pages.push({ path: route.pattern, ...entry })
    else if (route.pattern.endsWith('?'))
      pages.push({ path: route.pattern.replace(/\/:[^/]+\?$/, ''), ...entry })
  }
  return pages
}

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  let html = ''
  for await (const chunk of stream) html += String(chunk)
  return html
}

/**
 * The page at `path` as HTML (the inside of `#root`), and its tab title; for a personal page
 * (`shell`), only the frame around it (see `App`).
 */
export async function renderPage(
  path: string,
  { shell = false }: { shell?: boolean } = {},
): Promise<{ html: string; title: string }> {
  configureRouting('path')
  setServerLocation(path)
  if (!shell) await preloadPage(path)
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App shell={shell} />
    </StrictMode>,
    // Everything in place in one piece: moving parts of the page with inline scripts needs a
    // script, which the Content-Security-Policy refuses, and a page read without one.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  )
  const html = await streamToString(prelude)
  const title = takeServerTitle()
  if (title === undefined) throw new Error(`the page ${path} set no title`)
  return { html, title }
}
