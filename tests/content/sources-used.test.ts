// @vitest-environment node
/**
 * Every source in content/sources is cited somewhere, and every source behind something that
 * describes today (a fact or a figure with a review date) says when it was last checked. (A
 * registration's source may not have been read again; the job page then says so.)
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'

const root = path.resolve(__dirname, '../..')
const { content, dueDates } = loadContent(path.join(root, 'content'), root)

/** Every id found under a `source` key or in a `sources` list, anywhere in the content but the sources. */
function citedIds(value: unknown, key = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value))
    for (const item of value) {
      if (typeof item === 'string' && key === 'sources') out.add(item)
      else citedIds(item, key, out)
    }
  else if (value && typeof value === 'object')
    for (const [k, item] of Object.entries(value)) {
      if ((k === 'source' || k === 'noteSource') && typeof item === 'string') out.add(item)
      else citedIds(item, k, out)
    }
  return out
}

describe('sources', () => {
  it('are all cited, none left over', () => {
    expect(content).toBeDefined()
    const { sources, ...rest } = content!
    const cited = citedIds(rest)
    expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([])
  })

  it('say when they were last checked, for everything that describes today', () => {
    const { sources, sector, roles } = content!
    const today = new Set<string>(
      [
        ...sector.explainers.flatMap((e) =>
          e.points.filter((p) => p.reviewBy).map((p) => p.source),
        ),
        ...sector.figures.filter((f) => f.reviewBy).map((f) => f.source),
        ...roles.flatMap((r) => [
          r.pay.agreement?.source,
          ...(r.pay.facts ?? []).filter((f) => f.reviewBy).map((f) => f.source),
        ]),
      ].filter((id): id is string => !!id),
    )
    expect([...today].filter((id) => !sources.find((s) => s.id === id)?.checked)).toEqual([])
    expect(dueDates.length).toBeGreaterThan(30)
  })
})
