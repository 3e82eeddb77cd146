/**
 * Build-time only: the links no single-file schema can see in what the training guide reads —
 * every current diploma says how to get in and has its plain card; admission systems, the
 * "NDRC ou MCO ?" questions and the glossary point at things that exist.
 */
import { formatPath, type ContentProblem, type FieldPath, type YamlFile } from './read-yaml.ts'
import type { Diploma, GlossaryTerm, GuideContent } from './schemas.ts'
import { ADMISSION_SYSTEMS } from './vocabulary.ts'

interface Parsed<T> {
  yaml: YamlFile
  value: T
}

export interface GuideLinkInput {
  sourceIds: ReadonlySet<string>
  diplomas: readonly Parsed<Diploma>[]
  guide: Parsed<GuideContent>
  glossary: Parsed<{ terms: GlossaryTerm[] }>
}

export function checkGuideLinks({
  sourceIds,
  diplomas,
  guide,
  glossary,
}: GuideLinkInput): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (yaml: YamlFile, at: FieldPath, message: string) =>
    problems.push({ file: yaml.file, line: yaml.lineOf(at), path: formatPath(at), message })
  const source = (id: string, yaml: YamlFile, at: FieldPath) => {
    if (!sourceIds.has(id)) report(yaml, at, `unknown source "${id}"`)
  }

  const termIds = new Set<string>()
  glossary.value.terms.forEach((term, i) => {
    if (termIds.has(term.id))
      report(glossary.yaml, ['terms', i, 'id'], `duplicate glossary term id "${term.id}"`)
    termIds.add(term.id)
    source(term.source, glossary.yaml, ['terms', i, 'source'])
  })

  const systems = new Set<string>()
  guide.value.admissions.forEach((system, i) => {
    const at = ['admissions', i]
    if (systems.has(system.id))
      report(guide.yaml, [...at, 'id'], `duplicate admission system "${system.id}"`)
    systems.add(system.id)
    if (system.term && !termIds.has(system.term))
      report(guide.yaml, [...at, 'term'], `unknown glossary term "${system.term}"`)
    system.sources.forEach((s, j) => source(s, guide.yaml, [...at, 'sources', j]))
    if (system.calendar) {
      source(system.calendar.source, guide.yaml, [...at, 'calendar', 'source'])
      system.calendar.steps.forEach((step, j) => {
        if (step.until && step.until < step.date)
          report(
            guide.yaml,
            [...at, 'calendar', 'steps', j, 'until'],
            `expected a date after ${step.date}, got ${step.until}`,
          )
      })
    }
  })
  ADMISSION_SYSTEMS.filter((id) => !systems.has(id)).forEach((id) =>
    report(
      guide.yaml,
      ['admissions'],
      `admission system "${id}" needs a name, a description and a source`,
    ),
  )

  const current = new Map(
    diplomas.filter((d) => d.value.status === 'current').map((d) => [d.value.id, d]),
  )
  const { chooser } = guide.value
  chooser.between.forEach((id, i) => {
    if (!current.has(id))
      report(guide.yaml, ['chooser', 'between', i], `expected a current diploma, got "${id}"`)
  })
  chooser.questions.forEach((question, i) => {
    const pointed = question.options.map((o) => o.points)
    if (
      new Set(pointed).size !== pointed.length ||
      pointed.some((id) => !chooser.between.includes(id))
    )
      report(
        guide.yaml,
        ['chooser', 'questions', i, 'options'],
        `expected one answer for each of ${chooser.between.join(' and ')}, got ${pointed.join(' and ')}`,
      )
    question.options.forEach((o, j) =>
      source(o.source, guide.yaml, ['chooser', 'questions', i, 'options', j, 'source']),
    )
  })

  for (const { yaml, value: d } of diplomas) {
    d.card?.sources.forEach((s, i) => source(s, yaml, ['card', 'sources', i]))
    d.admission?.sources.forEach((s, i) => source(s, yaml, ['admission', 'sources', i]))
    if (d.status !== 'current') continue
    if (!d.card)
      report(
        yaml,
        ['id'],
        'a current diploma needs a "card" (what you learn, for whom, practice, what next)',
      )
    if (!d.admission)
      report(yaml, ['id'], 'a current diploma needs an "admission" (how to get in, what it costs)')
  }
  return problems
}
