/**
 * `npm run questionnaire:release`: freezes the shape of today's questionnaire version into
 * `content/questionnaire-versions/<version>.yaml`, so that the result codes it gives stay readable
 * after the questionnaire changes again. Run it after raising `version` in content/questions.yaml.
 * It never rewrites a released version: a different shape under the same number is an error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Document, isCollection, visit } from 'yaml'
import { formatProblem, readYaml } from '../src/content/read-yaml.ts'
import { questionnaireFileSchema, questionnaireShapeSchema } from '../src/content/schemas.ts'
import { freezeShape, shapeDifferences } from '../src/lib/questionnaire/released-versions.ts'

const root = path.resolve(process.argv[2] ?? process.cwd())
const source = path.join(root, 'content/questions.yaml')
const { yaml, problems } = readYaml('content/questions.yaml', readFileSync(source, 'utf8'))
const parsed = questionnaireFileSchema.safeParse(yaml.data)
if (problems.length || !parsed.success) {
  problems.forEach((p) => console.error(formatProblem(p)))
  console.error('content/questions.yaml does not read: run npm run content:check')
  process.exit(1)
}
const shape = freezeShape(parsed.data)
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

mkdirSync(dir, { recursive: true })
const header = `# Questionnaire version ${shape.version}, frozen by \`npm run questionnaire:release\`: do not edit.
# The shape its result codes were written with (ids, order, lengths, rules, and the weights a rule
# reads), so that those codes still open after the questionnaire changes. See
# src/lib/questionnaire/released-versions.ts.
`
// One line per section and per question: nested collections are written in flow style.
const doc = new Document(shape)
visit(doc, {
  Pair(_, pair, path) {
    const depth = path.filter(isCollection).length
    if (isCollection(pair.value) && depth >= 3) pair.value.flow = true
  },
})
writeFileSync(target, header + doc.toString({ lineWidth: 0, flowCollectionPadding: true }))
console.log(`${display}: version ${shape.version} frozen (${shape.questions.length} questions).`)
