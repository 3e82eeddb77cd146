/**
 * Build-time only: the registry of released questionnaire versions
 * (`content/questionnaire-versions/<n>.yaml`) must hold today's version, frozen exactly as
 * `content/questions.yaml` is now, so that every code issued today can be read tomorrow.
 */
import path from 'node:path'
import {
  canonicalJson,
  codeLengthConflicts,
  freezeShape,
  shapeDifferences,
} from '../lib/questionnaire/released-versions.ts'
import { formatPath, type ContentProblem, type FieldPath, type YamlFile } from './read-yaml.ts'
import type { Questionnaire, QuestionnaireShape } from './schemas.ts'

interface Parsed<T> {
  yaml: YamlFile
  value: T
}

export const RELEASE_COMMAND = 'npm run questionnaire:release'

export function checkReleased(
  questionnaire: Parsed<Questionnaire>,
  released: Parsed<QuestionnaireShape>[],
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (yaml: YamlFile, at: FieldPath, message: string) =>
    problems.push({ file: yaml.file, line: yaml.lineOf(at), path: formatPath(at), message })

  const seen = new Set<number>()
  for (const { yaml, value } of released) {
    const base = path.basename(yaml.file, '.yaml')
    if (base !== String(value.version))
      report(
        yaml,
        ['version'],
        `expected the version to match the file name "${base}", got ${value.version}`,
      )
    if (seen.has(value.version))
      report(yaml, ['version'], `version ${value.version} is frozen twice`)
    seen.add(value.version)
    if (value.version > questionnaire.value.version)
      report(
        yaml,
        ['version'],
        `expected a version up to ${questionnaire.value.version} (content/questions.yaml), got ${value.version}`,
      )
    if (canonicalJson(freezeShape(value)) !== canonicalJson(value))
      report(
        yaml,
        [],
        `is not a frozen shape as ${RELEASE_COMMAND} writes it (texts or weights no rule reads?)`,
      )
    if (!value.codeSymbols)
      report(
        yaml,
        ['version'],
        `expected codeSymbols (the length of its codes), as ${RELEASE_COMMAND} writes it`,
      )
  }
  const sorted = [...released].sort((a, b) => a.value.version - b.value.version)
  for (const conflict of codeLengthConflicts(
    sorted.flatMap(({ value }) =>
      value.codeSymbols ? [{ version: value.version, lengths: value.codeSymbols }] : [],
    ),
  )) {
    const file =
      sorted.find((r) => conflict.startsWith(`version ${r.value.version}:`)) ?? sorted[0]!
    report(file.yaml, ['codeSymbols'], conflict)
  }

  const { version } = questionnaire.value
  const own = released.find((r) => r.value.version === version)
  if (!own) {
    report(
      questionnaire.yaml,
      ['version'],
      `version ${version} is not in content/questionnaire-versions/: run ${RELEASE_COMMAND} so that its result codes stay readable`,
    )
    return problems
  }
  const changes = shapeDifferences(own.value, questionnaire.value)
  if (changes.length > 0)
    report(
      questionnaire.yaml,
      ['version'],
      `version ${version} was released with another shape, so codes already given would read differently (${changes.join('; ')}): raise "version", then run ${RELEASE_COMMAND}`,
    )
  return problems
}
