// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'
import { formatProblem } from '@/content/read-yaml'
import { copyFixture } from './content-fixture'

const problemsOf = (dir: string, root: string) => loadContent(dir, root).problems.map(formatProblem)

describe('content:check on what the training guide reads', () => {
  it('asks every current diploma how to get in and for its plain card', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit('diplomas/tp-crcd.yaml', /admission:\n( {2}.*\n)+? {2}sources: \[reac-crcd-2021\]\n/, '')
    expect(problemsOf(dir, root)).toEqual([
      `content/diplomas/tp-crcd.yaml:${lineOf('diplomas/tp-crcd.yaml', 'id: tp-crcd')} id: a current diploma needs an "admission" (how to get in, what it costs)`,
    ])
  })

  it('names an unknown way in', () => {
    const { root, dir, edit } = copyFixture()
    const via = edit(
      'diplomas/bts-ndrc.yaml',
      'via: [parcoursup, apprentissage]',
      'via: [parcoursup, concours]',
    )
    expect(problemsOf(dir, root)).toEqual([
      `content/diplomas/bts-ndrc.yaml:${via} admission.via[1]: expected one of "affelnet", "parcoursup", "apprentissage", "organisme", "france-travail", "cpf", "vae", got "concours"`,
    ])
  })

  it('names a glossary source that does not exist', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit('glossary.yaml', 'source: rome-4\n  - id: rncp', 'source: onisep-9999\n  - id: rncp')
    expect(problemsOf(dir, root)).toEqual([
      `content/glossary.yaml:${lineOf('glossary.yaml', 'source: onisep-9999')} terms[0].source: unknown source "onisep-9999"`,
    ])
  })

  it('asks every admission system to be described, and its glossary term to exist', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit('guide.yaml', / {2}- id: vae\n( {4}.*\n)+/, '')
    const term = edit('guide.yaml', 'term: parcoursup', 'term: parcoursupp')
    expect(problemsOf(dir, root)).toEqual([
      `content/guide.yaml:${term} admissions[1].term: unknown glossary term "parcoursupp"`,
      `content/guide.yaml:${lineOf('guide.yaml', 'admissions:')} admissions: admission system "vae" needs a name, a description and a source`,
    ])
  })

  it('checks that each question of « NDRC ou MCO ? » has one answer for each diploma', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit(
      'guide.yaml',
      'points: tp-crcd, reason: { fr: Parce que B.',
      'points: bts-ndrc, reason: { fr: Parce que B.',
    )
    expect(problemsOf(dir, root)).toEqual([
      `content/guide.yaml:${lineOf('guide.yaml', 'options:')} chooser.questions[0].options: expected one answer for each of bts-ndrc and tp-crcd, got bts-ndrc and bts-ndrc`,
    ])
  })

  it('rejects a calendar step that ends before it starts', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('guide.yaml', "until: '2026-03-12'", "until: '2025-03-12'")
    expect(problemsOf(dir, root)).toEqual([
      `content/guide.yaml:${line} admissions[1].calendar.steps[0].until: expected a date after 2026-01-19, got 2025-03-12`,
    ])
  })
})
