/**
 * Build-time only: the pre-rendered pages. Once the app's bundle is written, each public page is
 * rendered to HTML in Node (`prerender.tsx`, loaded through a Vite server with the app's own
 * plugins, so the content and the French typography are the browser's) and written to its own
 * folder, with the CSS and script of its chunk named in its `<head>`. Personal pages get an empty
 * shell that search engines are told not to index.
 */
import path from 'node:path'
import react from '@vitejs/plugin-react'
import type { OutputBundle, OutputChunk } from 'rolldown'
import { createServer, type Plugin } from 'vite'
import { contentPlugin } from '../content/vite-plugin-content.ts'
import {
  fileOfPath,
  pageDocument,
  siteMap,
  startThrough,
  starterModule,
} from './prerender-logic.ts'

export { starterModule }
import type { PageToBuild } from './prerender.tsx'
import { frenchTypographyPlugin } from './typography-plugin.ts'

interface PrerenderModule {
  pagesToBuild(): PageToBuild[]
  renderPage(path: string, options?: { shell?: boolean }): Promise<{ html: string; title: string }>
}

export interface BuiltPage {
  path: string
  personal: boolean
  fileName: string
  source: string
}

const chunks = (bundle: OutputBundle) =>
  Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk')

/** The chunk of a page module, and every chunk it imports, each once. */
function chunksOf(bundle: OutputBundle, file: string, projectRoot: string): OutputChunk[] {
  const all = chunks(bundle)
  const id = path.resolve(projectRoot, file)
  const first = all.find((chunk) => chunk.facadeModuleId === id)
  if (!first) throw new Error(`the build has no chunk for ${file}`)
  const found = new Map<string, OutputChunk>()
  const visit = (chunk: OutputChunk) => {
    if (found.has(chunk.fileName) || chunk.isEntry) return
    found.set(chunk.fileName, chunk)
    for (const name of chunk.imports) {
      const next = bundle[name]
      if (next?.type === 'chunk') visit(next)
    }
  }
  visit(first)
  return [...found.values()]
}

/** Renders every page; `siteUrl` (the site's public address) adds canonical links and a site map. */
export async function prerenderSite(options: {
  bundle: OutputBundle
  template: string
  projectRoot: string
  siteUrl?: string
  /** The starter's file name in `assets/` (see `starterModule`). */
  starter: string
}): Promise<{ pages: BuiltPage[]; siteMap?: string }> {
  const server = await createServer({
    configFile: false,
    root: options.projectRoot,
    logLevel: 'error',
    plugins: [frenchTypographyPlugin(), react(), contentPlugin()],
    resolve: { alias: { '@': path.resolve(options.projectRoot, 'src') } },
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  const entryChunk = chunks(options.bundle).find((chunk) => chunk.isEntry)
  if (!entryChunk) throw new Error('the build has no entry chunk')
  const entry = path.basename(entryChunk.fileName)
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderModule
    const pages: BuiltPage[] = []
    for (const page of module.pagesToBuild()) {
      const pageChunks = page.file ? chunksOf(options.bundle, page.file, options.projectRoot) : []
      // A personal page is rendered as a frame only: its content would be a stranger's.
      const rendered = await module.renderPage(page.path, { shell: page.personal })
      const document = pageDocument(options.template, {
        path: page.path,
        personal: page.personal,
        html: rendered.html,
        title: rendered.title,
        css: page.personal
          ? []
          : pageChunks.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]),
        siteUrl: options.siteUrl,
        // The app's own chunks are preloaded already, by the entry's links.
        code: page.personal
          ? pageChunks
              .map((chunk) => chunk.fileName)
              .filter((file) => !entryChunk.imports.includes(file))
          : undefined,
      })
      // A personal page's content needs the app: it loads it at once, not after the paint.
      const source = page.personal ? document : startThrough(document, entry, options.starter)
      pages.push({
        path: page.path,
        personal: page.personal,
        fileName: fileOfPath(page.path),
        source,
      })
    }
    const publicPaths = pages.filter((page) => !page.personal).map((page) => page.path)
    return {
      pages,
      siteMap: options.siteUrl ? siteMap(options.siteUrl, publicPaths) : undefined,
    }
  } finally {
    await server.close()
  }
}

/**
 * In development, the dev server answers every path with `index.html`: its `<base>` names the
 * server's root, as the built pages do theirs, so relative links work from any page.
 */
export function devBasePlugin(): Plugin {
  return {
    name: 'cap-relation-client:dev-base',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta charset="UTF-8" \/>/i, (meta) => `${meta}\n    <base href="/" />`),
  }
}
