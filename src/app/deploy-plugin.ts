/**
 * Build-time only: what a deployment needs beside the app. Puts the Content-Security-Policy in the
 * built HTML (not in development, where Vite's hot reload runs inline scripts), writes the embed
 * entry `integre.html` (a copy of `index.html` that may be framed), the host pages' loader
 * `embed.js` and `_headers`.
 */
import type { OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'
import { EMBED_ENTRY } from '../lib/embed-entry.ts'
import { EMBED_LOADER_FILE, buildEmbedLoader } from './embed-loader-build.ts'
import { prerenderSite, starterModule } from './prerender-plugin.ts'
import { folderOfPath } from './prerender-logic.ts'
import { CONTENT_SECURITY_POLICY, formatHeadersFile, headerRules } from './security-headers.ts'

/** `SITE_URL=https://school.example/orientation/`: the site's public address, when known. */
function siteUrlFromEnv(): string | undefined {
  const raw = process.env.SITE_URL
  if (!raw) return undefined
  const url = new URL(raw)
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url.href
}

/** Every page may be read; the personal ones say `noindex` themselves, which a crawler must read. */
function robotsFile(siteUrl: string | undefined): string {
  const lines = ['# Cap Relation Client: every page may be read.', 'User-agent: *', 'Allow: /']
  if (siteUrl) lines.push('', `Sitemap: ${new URL('sitemap.xml', siteUrl).href}`)
  return `${lines.join('\n')}\n`
}

/** A file of the build's `assets/` folder, named from that folder. */
const inAssets = (fileName: string) => fileName.replace(/^assets\//, '')

export function deployPlugin(): Plugin {
  let base = '/'
  let projectRoot = process.cwd()
  return {
    name: 'cap-relation-client:deploy',
    apply: 'build',
    configResolved(config) {
      base = config.base.startsWith('/') ? config.base : '/'
      projectRoot = config.root
    },
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, so that the policy governs every element after it.
      handler: (html) => {
        const charset = /<meta charset="UTF-8" \/>/i
        if (!charset.test(html)) throw new Error('index.html has no <meta charset="UTF-8" />')
        const policy = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
        return html.replace(charset, (meta) => `${meta}\n    ${policy}`)
      },
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html']
        if (index?.type !== 'asset') throw new Error('the build wrote no index.html')
        const template = String(index.source)
        this.emitFile({ type: 'asset', fileName: EMBED_ENTRY, source: template })
        this.emitFile({
          type: 'asset',
          fileName: EMBED_LOADER_FILE,
          source: await buildEmbedLoader(),
        })
        const siteUrl = siteUrlFromEnv()
        const entry = Object.values(bundle).find(
          (output): output is OutputChunk => output.type === 'chunk' && output.isEntry,
        )
        if (!entry) throw new Error('the build has no entry chunk')
        const starterId = this.emitFile({
          type: 'asset',
          name: 'start.js',
          source: starterModule(
            inAssets(entry.fileName),
            entry.imports.map((file) => inAssets(file)),
          ),
        })
        const starter = inAssets(this.getFileName(starterId))
        const site = await prerenderSite({ bundle, template, projectRoot, siteUrl, starter })
        for (const page of site.pages) {
          if (page.fileName === 'index.html') index.source = page.source
          else this.emitFile({ type: 'asset', fileName: page.fileName, source: page.source })
        }
        if (site.siteMap)
          this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: site.siteMap })
        else
          this.warn('SITE_URL is not set: no sitemap.xml and no canonical links (README, "Deploy")')
        this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robotsFile(siteUrl) })
        const folders = site.pages.map((page) => folderOfPath(page.path)).filter(Boolean)
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: formatHeadersFile(headerRules(base, folders)),
        })
      },
    },
  }
}
