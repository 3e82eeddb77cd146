/**
 * `npm run content:check`: the build's content validation, alone. Exits 1 on any problem; prints a
 * warning (file:line) for each review date or registration end date that has passed, without failing.
 * CONTENT_TODAY=YYYY-MM-DD checks as of another day.
 */
import path from 'node:path'
import { formatWarning, freshnessWarnings } from '../src/content/freshness.ts'
import { loadContent } from '../src/content/load-content.ts'
import { formatProblem } from '../src/content/read-yaml.ts'
import { isoDate } from '../src/lib/certification-status.ts'

const root = process.cwd()
const dir = path.resolve(root, process.argv[2] ?? 'content')
const today = process.env.CONTENT_TODAY ?? isoDate(new Date())
const { content, problems, dueDates } = loadContent(dir, root)

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
const warnings = freshnessWarnings(dueDates, today)
for (const warning of warnings) console.warn(formatWarning(warning))

console.log(
  `content:check OK${warnings.length ? ` with ${warnings.length} warning${warnings.length > 1 ? 's' : ''}` : ''} — ${Object.entries(
    counts,
  )
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}`,
)
