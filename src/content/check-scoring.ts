/**
 * Build-time only: what the results need to explain themselves. Every weighted option (and every
 * scale question) has a gist, the plain words its reasons use; the profile chart's lines cover
 * each dimension once; each dealbreaker has its words, and a role only requires what some answer
 * can refuse; contradictions name real answers of questions asked together.
 */
import { formatPath, type ContentProblem, type FieldPath, type YamlFile } from './read-yaml.ts'
import type { DealbreakerText, Dimension, ProfileGroup, Questionnaire, Role } from './schemas.ts'
import { DEALBREAKERS, DIMENSIONS } from './vocabulary.ts'

interface Parsed<T> {
  yaml: YamlFile
  value: T
}

export interface ScoringContent {
  dimensions: Parsed<{
    dimensions: Dimension[]
    profileGroups: ProfileGroup[]
    dealbreakers: DealbreakerText[]
  }>
  roles: Parsed<Role>[]
  questionnaire: Parsed<Questionnaire>
}

export function checkScoring(content: ScoringContent): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (yaml: YamlFile, at: FieldPath, message: string) =>
    problems.push({ file: yaml.file, line: yaml.lineOf(at), path: formatPath(at), message })

  const dims = content.dimensions
  const groupOf = new Map<string, string>()
  dims.value.profileGroups.forEach((group, i) => {
    group.dimensions.forEach((d, j) => {
      const other = groupOf.get(d)
      if (other)
        report(
          dims.yaml,
          ['profileGroups', i, 'dimensions', j],
          `dimension "${d}" is already on the line "${other}"`,
        )
      groupOf.set(d, group.id)
    })
  })
  DIMENSIONS.filter((d) => !groupOf.has(d)).forEach((d) =>
    report(dims.yaml, ['profileGroups'], `dimension "${d}" is on no line of the profile chart`),
  )
  const worded = new Set(dims.value.dealbreakers.map((b) => b.id))
  DEALBREAKERS.filter((b) => !worded.has(b)).forEach((b) =>
    report(dims.yaml, ['dealbreakers'], `dealbreaker "${b}" needs its words ("required")`),
  )

  const { yaml, value: q } = content.questionnaire
  const refusable = new Set<string>()
  q.questions.forEach((question, i) => {
    if (question.kind === 'scale') {
      if (!question.gist)
        report(
          yaml,
          ['questions', i, 'gist'],
          'expected a gist for agreeing and disagreeing (the words of the reasons)',
        )
      if (question.refuses) refusable.add(question.refuses)
    } else if (question.kind !== 'level')
      question.options.forEach((o, j) => {
        const weighted = Object.values(o.weights ?? {}).some((w) => w !== 0)
        if (weighted && !o.gist)
          report(
            yaml,
            ['questions', i, 'options', j, 'gist'],
            'expected a gist (the words of the reasons) for a weighted option',
          )
        if (o.refuses) refusable.add(o.refuses)
      })
  })
  for (const { yaml: roleYaml, value: role } of content.roles)
    role.requires?.forEach((b, i) => {
      if (!refusable.has(b))
        report(
          roleYaml,
          ['requires', i],
          `"${b}" is refused by no answer of content/questions.yaml: nothing could ever set this role aside`,
        )
    })

  q.contradictions?.forEach((pair, i) => {
    const [a, b] = pair.map((side) => q.questions.find((x) => x.id === side.question))
    pair.forEach((side, j) => {
      const question = j === 0 ? a : b
      if (!question)
        return report(
          yaml,
          ['contradictions', i, j, 'question'],
          `unknown question "${side.question}"`,
        )
      const ids =
        question.kind === 'scale' ? ['1', '2', '3', '4', '5'] : question.options.map((o) => o.id)
      side.anyOf.forEach((id, k) => {
        if (!ids.includes(id))
          report(
            yaml,
            ['contradictions', i, j, 'anyOf', k],
            `unknown answer "${id}" of question "${side.question}"`,
          )
      })
    })
    if (a && b && !a.lengths.some((l) => b.lengths.includes(l)))
      report(
        yaml,
        ['contradictions', i],
        `questions "${a.id}" and "${b.id}" are never asked in the same length`,
      )
  })
  return problems
}
