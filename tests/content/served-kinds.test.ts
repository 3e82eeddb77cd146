import { describe, expect, it } from 'vitest'
import { loadContentOrThrow, servedKinds } from '@/content/vite-plugin-content'
import { FIXTURE_DIR } from './content-fixture'

describe('what virtual:content serves', () => {
  const { content } = loadContentOrThrow(FIXTURE_DIR, process.cwd(), '2026-12-02')
  const kinds = servedKinds(content)

  it('serves the sources without their notes, and the notes on their own, by source id', () => {
    const withNote = content.sources.filter((source) => source.note)
    expect(withNote.length).toBeGreaterThan(0)
    for (const source of kinds.sources) expect(source).not.toHaveProperty('note')
    expect(Object.keys(kinds.sourceNotes).sort()).toEqual(withNote.map((s) => s.id).sort())
    for (const source of withNote) expect(kinds.sourceNotes[source.id]).toEqual(source.note)
    expect(kinds.sources.map((s) => s.id)).toEqual(content.sources.map((s) => s.id))
  })

  it('serves the sector figures alone, and every other kind unchanged', () => {
    expect(kinds.figures).toEqual(content.sector.figures)
    expect(kinds.roles).toBe(content.roles)
    expect(kinds.sector).toBe(content.sector)
  })
})
