/**
 * A plain static host for the built site, as GitHub Pages, Netlify or nginx serve it: a missing
 * file is a 404 (never index.html), the headers are those of `dist/_headers`, and text is sent
 * gzipped to a browser that accepts it, as those hosts do (a benchmark of uncompressed files
 * would time a network no reader has). Tests can make it fail or stall page loads, and stop it,
 * to see what a reader sees when the host misbehaves.
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import compression from '@polka/compression'
import sirv from 'sirv'

interface HeaderRule {
  pattern: RegExp
  headers: [string, string][]
}

/** Reads the `_headers` format (a path, then indented `Name: value` lines). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] })
      continue
    }
    const colon = line.indexOf(':')
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  }
  return rules
}

function applyHeaders(rules: HeaderRule[], pathname: string, response: ServerResponse) {
  const set = new Set<string>()
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue
    for (const [name, value] of rule.headers) {
      // Hosts merge rules differently: the file must never set one header twice for a path.
      if (set.has(name)) throw new Error(`_headers sets ${name} twice for ${pathname}`)
      set.add(name)
      response.setHeader(name, value)
    }
  }
}

/** What the host does with page loads (the app's HTML files) until told otherwise. */
export type PageFault = { status: number } | { delayMs: number } | undefined

export class StaticHost {
  private server: Server | undefined
  private pageFault: PageFault
  port = 0

  /**
   * `base` serves the site from a folder of the host (`/ecole/orientation/`), as a school's
   * website would: anything outside it is a 404, and `_headers` paths are relative to it.
   */
  constructor(
    private readonly dir: string,
    private readonly base = '/',
  ) {
    if (!base.startsWith('/') || !base.endsWith('/'))
      throw new Error(`base must start and end with "/": ${base}`)
  }

  get url() {
    return `http://127.0.0.1:${this.port}${this.base}`
  }

  /** Page loads (`/`, `*.html`) answer with this status, or wait this long, until cleared. */
  faultPages(fault: PageFault) {
    this.pageFault = fault
  }

  async start(port = this.port): Promise<this> {
    const rules = parseHeadersFile(readFileSync(path.join(this.dir, '_headers'), 'utf8'))
    const files = sirv(this.dir, { etag: true, dotfiles: false })
    const gzip = compression()
    this.server = createServer((request, response) => {
      const notFound = () => {
        response.writeHead(404, { 'Content-Type': 'text/html' })
        response.end('<!doctype html><title>404</title><h1>Not found</h1>')
      }
      const requested = request.url ?? '/'
      if (!requested.startsWith(this.base)) return notFound()
      // From here on, the site's own paths: `/metiers/` for `/ecole/orientation/metiers/`.
      request.url = `/${requested.slice(this.base.length)}`
      const pathname = new URL(request.url, 'http://host').pathname
      const isPage = pathname.endsWith('/') || pathname.endsWith('.html')
      const fault = isPage ? this.pageFault : undefined
      if (fault && 'status' in fault) {
        response.writeHead(fault.status, { 'Content-Type': 'text/html' })
        response.end(
          `<!doctype html><title>${fault.status}</title><h1>Host error ${fault.status}</h1>`,
        )
        return
      }
      const serve = () => {
        applyHeaders(rules, pathname, response)
        gzip(request, response, () => files(request, response, notFound))
      }
      if (fault && 'delayMs' in fault) setTimeout(serve, fault.delayMs)
      else serve()
    })
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject)
      this.server?.listen(port, '127.0.0.1', resolve)
    })
    this.port = (this.server.address() as AddressInfo).port
    return this
  }

  /** Closes the host and every open connection: as if the network were gone. */
  async stop() {
    const server = this.server
    this.server = undefined
    if (!server) return
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}
