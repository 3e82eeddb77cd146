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

export class ContentValidationError extends Error {
  constructor(readonly lines: string[]) {
    super(`Content check failed (${lines.length} problem${lines.length > 1 ? 's' : ''}):\n${lines.join('\n')}`)
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

  return {
    name: 'cap-relation-client:content',
    configResolved(config) {
      root = config.root
      contentDir = path.resolve(root, options.dir ?? 'content')
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      const { content, files } = loadContentOrThrow(contentDir, root)
      files.forEach((file) => this.addWatchFile(file))
      return Object.entries(content)
        .map(([key, value]) => `export const ${key} = JSON.parse(${JSON.stringify(JSON.stringify(value))})`)
        .join('\n')
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(contentDir)
      const reload = (file: string) => {
        if (!path.resolve(file).startsWith(contentDir)) return
        const module = server.moduleGraph.getModuleById(RESOLVED_ID)
        if (module) server.moduleGraph.invalidateModule(module)
        try {
          loadContentOrThrow(contentDir, root)
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
