/**
 * Build-time only: what a deployment needs beside the app. Puts the Content-Security-Policy in the
 * built HTML (not in development, where Vite's hot reload runs inline scripts), writes the embed
 * entry `integre.html` (a copy of `index.html` that may be framed), the host pages' loader
 * `embed.js` and `_headers`.
 */
import type { Plugin } from 'vite'
import { EMBED_ENTRY } from '../lib/embed-entry.ts'
import { EMBED_LOADER_FILE, buildEmbedLoader } from './embed-loader-build.ts'
import { CONTENT_SECURITY_POLICY, formatHeadersFile, headerRules } from './security-headers.ts'

export function deployPlugin(): Plugin {
  let base = '/'
  return {
    name: 'cap-relation-client:deploy',
    apply: 'build',
    configResolved(config) {
      base = config.base.startsWith('/') ? config.base : '/'
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
        this.emitFile({ type: 'asset', fileName: EMBED_ENTRY, source: index.source })
        this.emitFile({
          type: 'asset',
          fileName: EMBED_LOADER_FILE,
          source: await buildEmbedLoader(),
        })
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: formatHeadersFile(headerRules(base)),
        })
      },
    },
  }
}
