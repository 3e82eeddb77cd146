/** `npm run content:check`: the build's content validation, alone. Exits 1 on any problem. */
import path from 'node:path'
import { loadContent } from '../src/content/load-content.ts'
import { formatProblem } from '../src/content/read-yaml.ts'

const root = process.cwd()
const dir = path.resolve(root, process.argv[2] ?? 'content')
const { content, problems } = loadContent(dir, root)

if (!content) {
  for (const problem of problems) console.error(formatProblem(problem))
  console.error(
    `\ncontent:check found ${problems.length} problem${problems.length > 1 ? 's' : ''}.`,
  )
  process.exit(1)
}

const counts = {
  sources: content.sources.length,
  roles: content.roles.length,
  diplomas: content.diplomas.length,
  skills: content.skills.length,
  questions: content.questionnaire.questions.length,
  figures: content.sector.figures.length,
  myths: content.myths.length,
  pages: content.pages.length,
  'glossary terms': content.glossary.length,
  'admission systems': content.guide.admissions.length,
}
console.log(
  `content:check OK — ${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}`,
)
