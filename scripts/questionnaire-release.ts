/**
 * `npm run questionnaire:release`: freezes the shape of today's questionnaire version into
 * `content/questionnaire-versions/<version>.yaml`, so that the result codes it gives stay readable
 * after the questionnaire changes again. Run it after raising `version` in content/questions.yaml.
 * It never rewrites a released version: a different shape under the same number is an error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Document, isCollection, isScalar, visit } from 'yaml'
import { formatProblem, readYaml } from '../src/content/read-yaml.ts'
import {
  questionnaireFileSchema,
  questionnaireShapeSchema,
  type QuestionnaireShape,
} from '../src/content/schemas.ts'
import {
  freezeShape,
  shapeDifferences,
  spacedCodeSymbols,
} from '../src/lib/questionnaire/released-versions.ts'
import { naturalCodeSymbols } from '../src/lib/questionnaire/result-code-logic.ts'

const root = path.resolve(process.argv[2] ?? process.cwd())
const source = path.join(root, 'content/questions.yaml')
const { yaml, problems } = readYaml('content/questions.yaml', readFileSync(source, 'utf8'))
const parsed = questionnaireFileSchema.safeParse(yaml.data)
if (problems.length || !parsed.success) {
  problems.forEach((p) => console.error(formatProblem(p)))
  console.error('content/questions.yaml does not read: run npm run content:check')
  process.exit(1)
}
const shape: QuestionnaireShape = freezeShape(parsed.data)
const dir = path.join(root, 'content/questionnaire-versions')
const target = path.join(dir, `${shape.version}.yaml`)
const display = path.relative(root, target)

if (existsSync(target)) {
  const frozen = questionnaireShapeSchema.parse(
    readYaml(display, readFileSync(target, 'utf8')).yaml.data,
  )
  const changes = shapeDifferences(frozen, shape)
  if (changes.length === 0) {
    console.log(`${display}: version ${shape.version} is already released, unchanged.`)
    process.exit(0)
  }
  console.error(
    `${display}: version ${shape.version} was released with another shape:\n  ${changes.join('\n  ')}\nRaise "version" in content/questions.yaml, then run this again.`,
  )
  process.exit(1)
}

// Code lengths: what the questions need, spaced from every older version's (a symbol left out of
// a new code must never make an old one).
const older = existsSync(dir)
  ? readdirSync(dir)
      .filter((name) => /^\d+\.yaml$/.test(name))
      .map((name) =>
        questionnaireShapeSchema.parse(
          readYaml(name, readFileSync(path.join(dir, name), 'utf8')).yaml.data,
        ),
      )
      .filter((q) => q.version < shape.version)
  : []
const missing = older.filter((q) => !q.codeSymbols)
if (missing.length) {
  console.error(
    `Released versions without codeSymbols: ${missing.map((q) => q.version).join(', ')}`,
  )
  process.exit(1)
}
const frozen: QuestionnaireShape = {
  version: shape.version,
  codeSymbols: spacedCodeSymbols(
    naturalCodeSymbols(shape),
    older.map((q) => q.codeSymbols!),
  ),
  sections: shape.sections,
  questions: shape.questions,
}

mkdirSync(dir, { recursive: true })
const header = `# Questionnaire version ${shape.version}, frozen by \`npm run questionnaire:release\`: do not edit.
# The shape its result codes were written with (ids, order, lengths, rules, the weights a rule
# reads, and the number of symbols of its codes), so that those codes still open after the
# questionnaire changes. See src/lib/questionnaire/released-versions.ts.
`
// One line per section and per question: nested collections are written in flow style.
const doc = new Document(frozen)
visit(doc, {
  Pair(_, pair, path) {
    const depth = path.filter(isCollection).length
    const key = isScalar(pair.key) ? pair.key.value : pair.key
    if (isCollection(pair.value) && (depth >= 3 || key === 'codeSymbols')) pair.value.flow = true
  },
})
writeFileSync(target, header + doc.toString({ lineWidth: 0, flowCollectionPadding: true }))
console.log(`${display}: version ${shape.version} frozen (${shape.questions.length} questions).`)
