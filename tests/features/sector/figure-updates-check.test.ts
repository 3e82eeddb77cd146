// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'
import { formatProblem } from '@/content/read-yaml'
import { copyFixture } from '../../content/content-fixture'

const LATER = `  - id: emplois-france-2025
    updates: emplois-france-2011
    label: { fr: emplois dans la filière, en: jobs in the whole field }
    value: 290000
    unit: jobs
    approx: true
    year: 2025
    source: article-semaine-2011
charts:`

describe('a later figure that updates an earlier one', () => {
  it('is accepted and loaded with its link', () => {
    const { root, dir, edit } = copyFixture()
    edit('sector.yaml', 'charts:', LATER)
    const result = loadContent(dir, root)
    expect(result.problems).toEqual([])
    expect(
      result.content?.sector.figures.find((f) => f.id === 'emplois-france-2025'),
    ).toMatchObject({ updates: 'emplois-france-2011' })
  })

  it('must point at a figure that exists, from an earlier year', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit(
      'sector.yaml',
      'charts:',
      LATER.replace('updates: emplois-france-2011', 'updates: nulle-part'),
    )
    const line = lineOf('sector.yaml', 'updates: nulle-part')
    expect(loadContent(dir, root).problems.map(formatProblem)).toEqual([
      `content/sector.yaml:${line} figures[4].updates: unknown figure "nulle-part"`,
    ])

    const other = copyFixture()
    other.edit('sector.yaml', 'charts:', LATER.replace('year: 2025', 'year: 2011'))
    const at = other.lineOf('sector.yaml', 'updates: emplois-france-2011')
    expect(loadContent(other.dir, other.root).problems.map(formatProblem)).toEqual([
      `content/sector.yaml:${at} figures[4].updates: expected a figure from before 2011, got "emplois-france-2011" (2011)`,
    ])
  })
})

describe('a figure note with a source of its own', () => {
  it('must cite a source that exists', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit(
      'sector.yaml',
      'charts:',
      LATER.replace(
        'charts:',
        '    note: { fr: Une règle, en: A rule }\n    noteSource: nulle-part\ncharts:',
      ),
    )
    const line = lineOf('sector.yaml', 'noteSource: nulle-part')
    expect(loadContent(dir, root).problems.map(formatProblem)).toEqual([
      `content/sector.yaml:${line} figures[4].noteSource: unknown source "nulle-part"`,
    ])
  })
})
