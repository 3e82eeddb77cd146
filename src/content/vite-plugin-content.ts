/**
 * Build-time only: validates `content/` and serves it as the typed module `virtual:content`.
 * A content error stops `vite build` and `vite dev` with `file:line field: message` lines.
 */
import path from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { isoDate } from '../lib/certification-status.ts'
import { freshnessWarnings, formatWarning } from './freshness.ts'
import { loadContent } from './load-content.ts'
import { formatProblem } from './read-yaml.ts'
import type { Content, Localized, Source } from './schemas.ts'

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

/**
 * Loads the content or throws one error that lists every problem. Passed review dates and ended
 * registrations are warnings: the build goes on (the app already shows an ended title as ended).
 */
export function loadContentOrThrow(
  contentDir: string,
  projectRoot: string,
  today = isoDate(new Date()),
) {
  const result = loadContent(contentDir, projectRoot)
  if (!result.content) throw new ContentValidationError(result.problems.map(formatProblem))
  const warnings = freshnessWarnings(result.dueDates, today).map(formatWarning)
  return { content: result.content, files: result.files, warnings }
}

/**
 * What `virtual:content` serves, one module per kind: the content's kinds, except that the
 * sources' notes, read only by the About page, are a kind of their own (`sourceNotes`), and the
 * sector's figures are also served alone (`figures`: a job page needs the SMIC, not the sector).
 */
export function servedKinds(content: Content) {
  const sources = content.sources.map((source) => {
    const served: Omit<Source, 'note'> & { note?: Localized } = { ...source }
    delete served.note
    return served
  })
  const sourceNotes: Record<string, Localized> = {}
  for (const source of content.sources) if (source.note) sourceNotes[source.id] = source.note
  return { ...content, sources, sourceNotes, figures: content.sector.figures }
}

export function contentPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd()
  let contentDir = path.resolve(root, options.dir ?? 'content')
  let loaded: ReturnType<typeof loadContentOrThrow> | undefined
  let warn: (message: string) => void = console.warn
  const load = () => {
    if (loaded) return loaded
    loaded = loadContentOrThrow(contentDir, root)
    loaded.warnings.forEach((line) => warn(line))
    return loaded
  }

  return {
    name: 'cap-relation-client:content',
    configResolved(config) {
      root = config.root
      contentDir = path.resolve(root, options.dir ?? 'content')
      warn = (message) => config.logger.warn(message)
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
      const kinds = servedKinds(content)
      if (id === RESOLVED_ID)
        return Object.keys(kinds)
          .map((kind) => `export { ${kind} } from '${KIND_PREFIX}${kind}'`)
          .join('\n')
      const kind = id.slice(RESOLVED_ID.length + 1) as keyof typeof kinds
      if (!(kind in kinds)) throw new Error(`${VIRTUAL_ID} has no kind "${kind}"`)
      // Marked pure so that a page that does not use this kind does not download it.
      return `export const ${kind} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(kinds[kind]))})`
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
