// @vitest-environment node
import { rmSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'
import { formatProblem } from '@/content/read-yaml'
import { copyFixture, FIXTURE_DIR } from './content-fixture'

const problemsOf = (dir: string, root: string) => loadContent(dir, root).problems.map(formatProblem)

describe('loadContent', () => {
  it('accepts the real content', () => {
    const root = path.resolve(__dirname, '../..')
    const result = loadContent(path.join(root, 'content'), root)
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(result.content?.roles.length).toBeGreaterThan(0)
  })

  it('accepts the fixture content and returns every kind', () => {
    const result = loadContent(FIXTURE_DIR, path.dirname(FIXTURE_DIR))
    expect(result.problems).toEqual([])
    expect(result.content).toMatchObject({
      roles: expect.arrayContaining([expect.objectContaining({ id: 'superviseur' })]),
      diplomas: expect.arrayContaining([expect.objectContaining({ id: 'bts-ndrc' })]),
      skills: expect.arrayContaining([expect.objectContaining({ id: 'multicanal' })]),
      pages: [expect.objectContaining({ id: 'confidentialite' })],
    })
  })

  it('names file, line and field for a value of the wrong type', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('roles/superviseur.yaml', 'leadership: 3', 'leadership: high')
    expect(problemsOf(dir, root)).toEqual([
      `content/roles/superviseur.yaml:${line} profile.leadership: expected a whole number from 0 to 3, got "high"`,
    ])
  })

  it('reports a number out of range', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('roles/superviseur.yaml', 'leadership: 3', 'leadership: 7')
    expect(problemsOf(dir, root)).toEqual([
      `content/roles/superviseur.yaml:${line} profile.leadership: expected a whole number from 0 to 3, got 7`,
    ])
  })

  it('reports a text missing its English version', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('skills.yaml', ', en: Mastery of several channels }', ' }')
    expect(problemsOf(dir, root)).toEqual([
      `content/skills.yaml:${line} skills[0].name.en: expected a text, got nothing`,
    ])
  })

  it('reports a figure without a year', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit(
      'sector.yaml',
      '    year: 2011\n    source: article-semaine-2011\n    note:',
      '    source: article-semaine-2011\n    note:',
    )
    expect(problemsOf(dir, root)).toEqual([
      `content/sector.yaml:${lineOf('sector.yaml', 'id: emplois-france-2011')} figures[0].year: expected a whole number from 1990 to 2035, got nothing`,
    ])
  })

  it('reports a reference to a source that does not exist', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('sector.yaml', 'source: article-semaine-2011', 'source: article-inconnu')
    expect(problemsOf(dir, root)).toEqual([
      `content/sector.yaml:${line} figures[0].source: unknown source "article-inconnu"`,
    ])
  })

  it('reports an entry route to an unknown diploma', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit(
      'roles/conseiller-clientele.yaml',
      'routes: [tp-crcd, bts-ndrc]',
      'routes: [tp-crcd, bts-xyz]',
    )
    expect(problemsOf(dir, root)).toEqual([
      `content/roles/conseiller-clientele.yaml:${line} entry.routes[1]: unknown diploma "bts-xyz"`,
    ])
  })

  it('reports a duplicate id', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('sources/jobs.yaml', 'id: rome-4', 'id: reac-crcd-2021')
    expect(problemsOf(dir, root)).toContain(
      `content/sources/jobs.yaml:${line} sources[0].id: duplicate source id "reac-crcd-2021" (already used in content/sources/diplomas.yaml)`,
    )
  })

  it('reports a diploma missing a coverage cell for a sector skill', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit('diplomas/bts-ndrc.yaml', / {2}expertise-technique:\n(.*\n){5}/, '')
    expect(problemsOf(dir, root)).toEqual([
      `content/diplomas/bts-ndrc.yaml:${lineOf('diplomas/bts-ndrc.yaml', 'coverage:')} coverage: expected a coverage level for skill "expertise-technique", got nothing`,
    ])
  })

  it('reports an unknown field', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('myths.yaml', '    answer: false', '    answer: false\n    anwser: true')
    expect(problemsOf(dir, root)).toEqual([
      `content/myths.yaml:${line + 1} myths[0]: unknown field "anwser"`,
    ])
  })

  it('reports a YAML syntax error with its line', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('myths.yaml', '    answer: false', '    answer: [false')
    const [problem = ''] = problemsOf(dir, root)
    // The parser notices an unclosed list where it ends: on its line or the next.
    const reported = Number(/^content\/myths.yaml:(\d+) YAML syntax error: /.exec(problem)?.[1])
    expect([line, line + 1]).toContain(reported)
  })

  it('reports a branching rule that points at a later or unknown question', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('questions.yaml', 'question: panne, anyOf', 'question: nulle-part, anyOf')
    expect(problemsOf(dir, root)).toEqual([
      `content/questions.yaml:${line} questions[4].showIf.answer.question: expected an earlier question, got "nulle-part"`,
    ])
  })

  it('reports a role whose id does not match its file name', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('roles/superviseur.yaml', 'id: superviseur', 'id: superviseure')
    expect(problemsOf(dir, root)).toContain(
      `content/roles/superviseur.yaml:${line} id: expected the id to match the file name "superviseur", got "superviseure"`,
    )
  })

  it('reports a missing file and a page without its English version', () => {
    const { root, dir } = copyFixture()
    unlinkSync(path.join(dir, 'myths.yaml'))
    rmSync(path.join(dir, 'pages', 'confidentialite.en.md'))
    expect(problemsOf(dir, root)).toEqual([
      'content/myths.yaml:1 file is missing',
      'content/pages/confidentialite.en.md:1 file is missing: every page needs a French and an English version',
    ])
  })
})
