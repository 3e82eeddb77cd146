// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '../..')
const SEED = path.resolve(ROOT, '../shared/seed/semaine-relation-client-2011.txt')
const RUN = 8

/** Names may be repeated word for word; sentences may not. */
const NAMES = [/mission nationale de la relation client/g, /semaine de la relation client/g]

const words = (text: string) =>
  NAMES.reduce((out, name) => out.replace(name, ' '), text.toLowerCase()).match(
    /[\p{L}\p{N}']+/gu,
  ) ?? []

function runs(text: string): Set<string> {
  const w = words(text)
  const out = new Set<string>()
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(' '))
  return out
}

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? contentFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  )
}

let seed: string | undefined
try {
  seed = readFileSync(SEED, 'utf8')
} catch {
  seed = undefined
}

describe('content is written in our own words', () => {
  it.skipIf(!seed)(`shares no run of ${RUN} words with the 2011 article`, () => {
    const fromArticle = runs(seed ?? '')
    const copied = contentFiles(path.join(ROOT, 'content')).flatMap((file) =>
      [...runs(readFileSync(file, 'utf8'))]
        .filter((run) => fromArticle.has(run))
        .map((run) => `${path.relative(ROOT, file)}: "${run}"`),
    )
    expect(copied).toEqual([])
  })
})
