// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Feature stylesheets stay loaded once a page has been visited, so two features styling the
 * same class name would leak into each other (a timeline broke the guide's layout that way).
 */
const SRC = path.resolve(__dirname, '../../src')

const classesIn = (css: string) =>
  new Set(
    [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(
      (m) => m[1] ?? '',
    ),
  )

const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return cssFiles(file)
    return entry.name.endsWith('.css') ? [readFileSync(file, 'utf8')] : []
  })

describe('feature stylesheets', () => {
  it('never style a class another feature styles (shared classes live under src/ui)', () => {
    const shared = new Set(cssFiles(path.join(SRC, 'ui')).flatMap((css) => [...classesIn(css)]))
    const owners = new Map<string, string[]>()
    for (const feature of readdirSync(path.join(SRC, 'features'))) {
      const own = new Set(
        cssFiles(path.join(SRC, 'features', feature)).flatMap((css) => [...classesIn(css)]),
      )
      for (const name of own)
        if (!shared.has(name)) owners.set(name, [...(owners.get(name) ?? []), feature])
    }
    const clashes = [...owners]
      .filter(([, features]) => features.length > 1)
      .map(([name, f]) => `.${name}: ${f.join(', ')}`)
    expect(clashes).toEqual([])
  })
})
