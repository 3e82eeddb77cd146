import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

export const FIXTURE_DIR = path.resolve(__dirname, '../fixtures/content')
const made: string[] = []

afterEach(() => {
  while (made.length) rmSync(made.pop() as string, { recursive: true, force: true })
})

/** A throw-away copy of the fixture content: `<root>/content/…`. */
export function copyFixture(): {
  root: string
  dir: string
  edit: (file: string, from: string | RegExp, to: string) => number
  lineOf: (file: string, text: string) => number
} {
  const root = mkdtempSync(path.join(tmpdir(), 'crc-content-'))
  made.push(root)
  const dir = path.join(root, 'content')
  cpSync(FIXTURE_DIR, dir, { recursive: true })
  return {
    root,
    dir,
    /** Replaces text in a content file and returns the 1-based line where the change starts. */
    edit(file, from, to) {
      const full = path.join(dir, file)
      const before = readFileSync(full, 'utf8')
      const index = typeof from === 'string' ? before.indexOf(from) : before.search(from)
      if (index < 0) throw new Error(`fixture ${file} has no ${String(from)}`)
      writeFileSync(full, before.replace(from, to))
      return before.slice(0, index).split('\n').length
    },
    /** The 1-based line where `text` first stands in the file as it is now. */
    lineOf(file, text) {
      const now = readFileSync(path.join(dir, file), 'utf8')
      const index = now.indexOf(text)
      if (index < 0) throw new Error(`fixture ${file} has no ${text}`)
      return now.slice(0, index).split('\n').length
    },
  }
}
