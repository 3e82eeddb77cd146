// @vitest-environment node
/**
 * content:check on what the results need: released versions (codes never expire), gists,
 * dealbreakers, contradictions and the profile chart's lines — each problem as file:line.
 */
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'
import { formatProblem } from '@/content/read-yaml'
import { copyFixture } from './content-fixture'

const problemsOf = (dir: string, root: string) => loadContent(dir, root).problems.map(formatProblem)

describe('content:check on released questionnaire versions', () => {
  it('refuses a change that would make codes already given read differently, until the version is raised', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit('questions.yaml', 'lengths: [full]\n    max: 2', 'lengths: [short, full]\n    max: 2')
    const line = lineOf('questions.yaml', 'version: 1')
    expect(problemsOf(dir, root)).toEqual([
      `content/questions.yaml:${line} version: version 1 was released with another shape, so codes already given would read differently (question canaux: lengths ["full"] → ["short","full"]): raise "version", then run npm run questionnaire:release`,
    ])
  })

  it('asks for the release of a new version', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('questions.yaml', 'version: 1', 'version: 2')
    expect(problemsOf(dir, root)).toEqual([
      `content/questions.yaml:${line} version: version 2 is not in content/questionnaire-versions/: run npm run questionnaire:release so that its result codes stay readable`,
    ])
  })

  it('lets wording and gists change without a new version', () => {
    const { root, dir, edit } = copyFixture()
    edit('questions.yaml', 'tu aimes chercher une panne', 'tu aimes trouver ce qui cloche')
    edit('questions.yaml', 'Par quels moyens', 'Comment')
    expect(problemsOf(dir, root)).toEqual([])
  })

  it('refuses a hand-edited frozen version and codes of lengths one apart', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit(
      'questionnaire-versions/1.yaml',
      'codeSymbols: { short: 4, full: 6 }',
      'codeSymbols: { short: 5, full: 6 }',
    )
    expect(problemsOf(dir, root)).toEqual([
      `content/questionnaire-versions/1.yaml:${line} codeSymbols: version 1: short codes (5) and full codes (6) need 2 symbols between them`,
    ])
  })
})

describe('content:check on what reasons and dealbreakers need', () => {
  it('wants a gist on every weighted option', () => {
    const { root, dir, edit, lineOf } = copyFixture()
    edit('questions.yaml', /\n {8}gist: \{ fr: tu aimes rassurer[^\n]*/, '')
    const line = lineOf('questions.yaml', '- id: rassurer')
    expect(problemsOf(dir, root)).toEqual([
      `content/questions.yaml:${line} questions[2].options[1].gist: expected a gist (the words of the reasons) for a weighted option`,
    ])
  })

  it('names a contradiction on an answer that does not exist', () => {
    const { root, dir } = copyFixture()
    appendFileSync(
      path.join(dir, 'questions.yaml'),
      '\ncontradictions:\n  - [{ question: panne, anyOf: [passer] }, { question: aider, anyOf: ["6"] }]\n',
    )
    expect(problemsOf(dir, root)).toEqual([
      expect.stringMatching(
        /^content\/questions\.yaml:\d+ contradictions\[0\]\[1\]\.anyOf\[0\]: unknown answer "6" of question "aider"$/,
      ),
    ])
  })

  it('refuses a role that requires something no answer can refuse', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('roles/superviseur.yaml', 'leadsTeam:', 'requires: [shifts]\nleadsTeam:')
    expect(problemsOf(dir, root)).toEqual([
      `content/roles/superviseur.yaml:${line} requires[0]: "shifts" is refused by no answer of content/questions.yaml: nothing could ever set this role aside`,
    ])
  })

  it('puts every dimension on exactly one line of the profile chart', () => {
    const { root, dir, edit } = copyFixture()
    edit(
      'dimensions.yaml',
      'dimensions: [organisation, conventional]',
      'dimensions: [organisation]',
    )
    expect(problemsOf(dir, root)).toEqual([
      expect.stringMatching(
        /^content\/dimensions\.yaml:\d+ profileGroups: dimension "conventional" is on no line of the profile chart$/,
      ),
    ])
  })
})
