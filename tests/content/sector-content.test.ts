// @vitest-environment node
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'
import type { Content } from '@/content/schemas'

let content: Content

beforeAll(() => {
  const root = path.resolve(__dirname, '../..')
  const result = loadContent(path.join(root, 'content'), root)
  if (!result.content) throw new Error(`content did not load: ${JSON.stringify(result.problems)}`)
  content = result.content
})

/** The 2011 article's figures, exactly as the content brief states them (CONTENT.md §1). */
const ARTICLE_FIGURES: { id: string; value: number; unit: string; approx?: boolean }[] = [
  { id: 'emplois-france-2011', value: 273000, unit: 'people' },
  { id: 'creations-2ans-2011', value: 20000, unit: 'jobs' },
  { id: 'salaries-allemagne-2011', value: 400000, unit: 'people' },
  { id: 'salaries-royaume-uni-2011', value: 1000000, unit: 'people' },
  { id: 'internalises-2011', value: 80, unit: 'percent' },
  { id: 'prestataires-2011', value: 3000, unit: 'entities', approx: true },
  { id: 'part-prestataires-2011', value: 22, unit: 'percent' },
  { id: 'delocalisation-2011', value: 20, unit: 'percent' },
  { id: 'cout-afrique-nord-2011', value: 0.5, unit: 'ratio', approx: true },
  { id: 'turnover-prestataires-2011', value: 20, unit: 'percent' },
  { id: 'semaine-2011', value: 7, unit: 'count' },
]

describe('sector content', () => {
  it.each(ARTICLE_FIGURES)(
    'shows the article figure $id as $value, dated 2011, from the article',
    (expected) => {
      const figure = content.sector.figures.find((f) => f.id === expected.id)
      expect(figure).toMatchObject({
        value: expected.value,
        unit: expected.unit,
        year: 2011,
        source: 'article-semaine-2011',
      })
      if (expected.approx) expect(figure?.approx).toBe(true)
    },
  )

  it('dates the Customer Relations Week to 9 December 2011', () => {
    expect(content.sector.figures.find((f) => f.id === 'semaine-2011')?.date).toBe('2011-12-09')
    expect(content.sector.timeline).toContainEqual(
      expect.objectContaining({ year: 2011, date: '2011-12-09', source: 'article-semaine-2011' }),
    )
  })

  it('keeps the complaint-handling caveat on the 273 000 figure', () => {
    const figure = content.sector.figures.find((f) => f.id === 'emplois-france-2011')
    expect(figure?.note?.fr).toMatch(/réclamations/)
    expect(figure?.note?.en).toMatch(/complaints/)
  })

  it('gives every figure, chart and timeline event a year and a source that exists', () => {
    const sourceIds = new Set(content.sources.map((s) => s.id))
    const dated = [...content.sector.figures, ...content.sector.charts, ...content.sector.timeline]
    expect(dated.length).toBeGreaterThan(40)
    for (const item of dated) {
      expect(item.year).toBeGreaterThanOrEqual(1990)
      expect(sourceIds, `source of ${JSON.stringify(item).slice(0, 60)}`).toContain(item.source)
    }
  })

  it('never mixes the share of employees (80 %) and the share of activity (22 %) in one chart', () => {
    for (const chart of content.sector.charts) {
      const values = chart.items.map((i) => i.value)
      expect(values.includes(80) && values.includes(22), chart.id).toBe(false)
    }
  })

  it('charts employees by country in 2011 with the article figures', () => {
    const chart = content.sector.charts.find((c) => c.id === 'salaries-par-pays-2011')
    expect(chart?.items.map((i) => [i.id, i.value])).toEqual([
      ['france', 273000],
      ['allemagne', 400000],
      ['royaume-uni', 1000000],
    ])
    expect(chart?.summary.fr.length).toBeGreaterThan(20)
  })

  it('marks the INSEE 2019 figures as covering outsourcing companies only', () => {
    const insee = content.sector.figures.filter((f) => f.source === 'insee-centres-appels-2022')
    expect(insee.length).toBeGreaterThanOrEqual(4)
    for (const figure of insee) {
      expect(figure.year).toBe(2019)
      expect(figure.note?.fr, figure.id).toMatch(/seulement/i)
    }
  })
})

describe('myths', () => {
  it('has at least 8 statements, with at least 2 true and 2 false answers', () => {
    const { myths } = content
    expect(myths.length).toBeGreaterThanOrEqual(8)
    expect(myths.filter((m) => m.answer).length).toBeGreaterThanOrEqual(2)
    expect(myths.filter((m) => !m.answer).length).toBeGreaterThanOrEqual(2)
  })

  it('explains each answer in both languages with at least one existing source', () => {
    const sourceIds = new Set(content.sources.map((s) => s.id))
    for (const myth of content.myths) {
      expect(myth.explanation.fr.length, myth.id).toBeGreaterThan(60)
      expect(myth.explanation.en.length, myth.id).toBeGreaterThan(60)
      expect(myth.sources.length, myth.id).toBeGreaterThan(0)
      for (const s of myth.sources) expect(sourceIds, myth.id).toContain(s)
    }
  })
})
