/**
 * `npm run content:review`: every date at which the content must be checked again (review-by dates)
 * or stops being true (ends of RNCP registrations), oldest first, each with its file and line.
 * Passed dates are marked DUE. CONTENT_TODAY=YYYY-MM-DD shows the list as of another day.
 * Exits 1 only if the content itself is invalid (run content:check for the details).
 */
import path from 'node:path'
import { isDue, sortDueDates } from '../src/content/freshness.ts'
import { loadContent } from '../src/content/load-content.ts'
import { hasPassed, isoDate } from '../src/lib/certification-status.ts'

const root = process.cwd()
const dir = path.resolve(root, process.argv[2] ?? 'content')
const today = process.env.CONTENT_TODAY ?? isoDate(new Date())
const { content, dueDates } = loadContent(dir, root)

if (!content) {
  console.error(
    'content:review: the content does not load; run `npm run content:check` for the problems.',
  )
  process.exit(1)
}

const rows = sortDueDates(dueDates).map((item) => ({
  state: isDue(item, today) ? 'DUE' : hasPassed(item.date, today) ? 'ended' : 'later',
  date: item.date,
  kind: item.kind === 'review' ? 'review by' : 'registration ends',
  what: item.what,
  where: `${item.file}:${item.line}`,
}))

const widths = {
  state: Math.max(5, ...rows.map((r) => r.state.length)),
  date: Math.max(4, ...rows.map((r) => r.date.length)),
  kind: Math.max(4, ...rows.map((r) => r.kind.length)),
  what: Math.max(4, ...rows.map((r) => r.what.length)),
}
const line = (r: { state: string; date: string; kind: string; what: string; where: string }) =>
  `${r.state.padEnd(widths.state)}  ${r.date.padEnd(widths.date)}  ${r.kind.padEnd(widths.kind)}  ${r.what.padEnd(widths.what)}  ${r.where}`

const due = rows.filter((r) => r.state === 'DUE').length
console.log(`content:review — ${rows.length} dates as of ${today}, oldest first; ${due} due now\n`)
console.log(
  line({ state: 'state', date: 'date', kind: 'what is due', what: 'item', where: 'where' }),
)
for (const row of rows) console.log(line(row))
