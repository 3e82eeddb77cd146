// @vitest-environment node
/**
 * The real questionnaire (content/questions.yaml): lengths within the bounds whatever the
 * branching, and the questionnaire rules of content:check.
 */
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'
import { formatProblem } from '@/content/read-yaml'
import { questionsOf } from '@/lib/questionnaire/answers'
import { pathLengthBounds } from '@/lib/questionnaire/navigation'
import { copyFixture } from './content-fixture'
import { realContent } from '../fixtures/questionnaire/real-content'

const { questionnaire } = realContent()
const problemsOf = (dir: string, root: string) => loadContent(dir, root).problems.map(formatProblem)

describe('the real questionnaire', () => {
  it('asks 12–16 questions in the short version and 25–35 in the full one, on every path', () => {
    const short = pathLengthBounds(questionnaire, 'short')
    const full = pathLengthBounds(questionnaire, 'full')
    expect(short.min).toBeGreaterThanOrEqual(12)
    expect(short.max).toBeLessThanOrEqual(16)
    expect(full.min).toBeGreaterThanOrEqual(25)
    expect(full.max).toBeLessThanOrEqual(35)
  })

  it('opens deep-dive sections for technical support, leading, selling, languages (with LSF) and banking', () => {
    const branched = questionnaire.sections.filter((s) => s.showIf).map((s) => s.id)
    expect(branched).toEqual(['technique', 'encadrement', 'vente', 'langues', 'banque-assurance'])
    const languages = questionnaire.questions.find((q) => q.id === 'quelle-langue')
    expect(JSON.stringify(languages)).toContain('LSF')
    expect(questionsOf(questionnaire, 'short').every((q) => q.lengths.includes('full'))).toBe(true)
  })

  it('has every kind of question and rules on answers and on a dimension', () => {
    const kinds = new Set(questionnaire.questions.map((q) => q.kind))
    expect([...kinds].sort()).toEqual(['level', 'multi', 'scale', 'single'])
    const rules = JSON.stringify(
      [...questionnaire.sections, ...questionnaire.questions].map((x) => x.showIf),
    )
    expect(rules).toContain('"answer"')
    expect(rules).toContain('"dimension"')
  })
})

describe('content:check on the questionnaire', () => {
  it('refuses a question named like the review screen', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('questions.yaml', 'id: aider', 'id: relecture')
    expect(problemsOf(dir, root)).toContain(
      `content/questions.yaml:${line} questions[1].id: expected another id, "relecture" is the address of the review screen`,
    )
  })

  it('refuses a rule on a question the same length does not ask', () => {
    const { root, dir, edit } = copyFixture()
    edit(
      'questions.yaml',
      'question: panne, anyOf: [diagnostiquer]',
      'question: canaux, anyOf: [chat]',
    )
    edit(
      'questions.yaml',
      '    lengths: [full]\n    showIf',
      '    lengths: [short, full]\n    showIf',
    )
    expect(problemsOf(dir, root).join('\n')).toContain(
      'expected a question asked in every length of this one (short, full), got "canaux", which is not asked in short',
    )
  })

  it('refuses a multiple-choice maximum above the number of options', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('questions.yaml', 'max: 2', 'max: 5')
    expect(problemsOf(dir, root)).toEqual([
      `content/questions.yaml:${line} questions[3].max: expected at most 3 (the number of options), got 5`,
    ])
  })

  it('refuses a dimension threshold outside 0–3', () => {
    const { root, dir, edit } = copyFixture()
    const line = edit('questions.yaml', 'atLeast: 1.5', 'atLeast: 7')
    expect(problemsOf(dir, root)).toEqual([
      `content/questions.yaml:${line} sections[3].showIf.dimension.atLeast: expected a number from 0 to 3, got 7`,
    ])
  })
})
