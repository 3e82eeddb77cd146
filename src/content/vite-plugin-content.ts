/**
 * Build-time only: validates `content/` and serves it as the typed module `virtual:content`.
 * A content error stops `vite build` and `vite dev` with `file:line field: message` lines.
 */
import path from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { loadContent } from './load-content.ts'
import { formatProblem } from './read-yaml.ts'

const VIRTUAL_ID = 'virtual:content'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
/** One module per kind, so that a page downloads only the kinds it uses. */
const KIND_PREFIX = `${VIRTUAL_ID}/`

export class ContentValidationError extends Error {
  constructor(readonly lines: string[]) {
    super(
      `Content check failed (${lines.length} problem${lines.length > 1 ? 's' : ''}):\n${lines.join('\n')}`,
    )
    this.name = 'ContentValidationError'
  }
}

/** Loads the content or throws one error that lists every problem. */
export function loadContentOrThrow(contentDir: string, projectRoot: string) {
  const result = loadContent(contentDir, projectRoot)
  if (!result.content) throw new ContentValidationError(result.problems.map(formatProblem))
  return { content: result.content, files: result.files }
}

export function contentPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd()
  let contentDir = path.resolve(root, options.dir ?? 'content')
  let loaded: ReturnType<typeof loadContentOrThrow> | undefined
  const load = () => (loaded ??= loadContentOrThrow(contentDir, root))

  return {
    name: 'cap-relation-client:content',
    configResolved(config) {
      root = config.root
      contentDir = path.resolve(root, options.dir ?? 'content')
    },
    buildStart() {
      loaded = undefined
    },
    resolveId(id) {
      return id === VIRTUAL_ID || id.startsWith(KIND_PREFIX) ? `\0${id}` : undefined
    },
    load(id) {
      if (!id.startsWith(RESOLVED_ID)) return undefined
      const { content, files } = load()
      files.forEach((file) => this.addWatchFile(file))
      if (id === RESOLVED_ID)
        return Object.keys(content)
          .map((kind) => `export { ${kind} } from '${KIND_PREFIX}${kind}'`)
          .join('\n')
      const kind = id.slice(RESOLVED_ID.length + 1) as keyof typeof content
      if (!(kind in content)) throw new Error(`${VIRTUAL_ID} has no kind "${kind}"`)
      // Marked pure so that a page that does not use this kind does not download it.
      return `export const ${kind} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(content[kind]))})`
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(contentDir)
      const reload = (file: string) => {
        if (!path.resolve(file).startsWith(contentDir)) return
        for (const module of server.moduleGraph.idToModuleMap.values())
          if (module.id?.startsWith(RESOLVED_ID)) server.moduleGraph.invalidateModule(module)
        loaded = undefined
        try {
          load()
          server.ws.send({ type: 'full-reload' })
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          server.config.logger.error(message)
          server.ws.send({ type: 'error', err: { message, stack: '' } })
        }
      }
      server.watcher.on('change', reload)
      server.watcher.on('add', reload)
      server.watcher.on('unlink', reload)
    },
  }
}
