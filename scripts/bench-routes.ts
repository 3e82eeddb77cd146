/**
 * The pages that `npm run bench:pages` measures from a cold deep link, and that `npm run size`
 * budgets: one list, so that a new page is one edit.
 */
import path from 'node:path'
import { loadContent } from '../src/content/load-content.ts'
import { seededRandom } from '../src/lib/questionnaire/chance-calibration.ts'
import { decodeResultCode, encodeResultCode } from '../src/lib/questionnaire/result-code-logic.ts'
import { walk } from '../tests/fixtures/questionnaire/answer-arbitrary.ts'

export interface BenchRoute {
  /** The deep link, from the site's root; `{code}` stands for a result code of today's quiz. */
  path: string
  /** The page's module, whose lazy chunk the link loads after the home page's; none for the home. */
  page?: string
  /** A personal page (results, class mode): client-only and `noindex`, so SEO is not a target. */
  personal?: boolean
  /**
   * `npm run size`: the gzipped JS and CSS a cold deep link to the page may load: the size
   * measured when the budget was set, plus about 10 %, rounded up to 5 kB.
   */
  budgetBytes: number
}

export const RESULT_CODE = '{code}'

export const BENCH_ROUTES: readonly BenchRoute[] = [
  // The home page: also HOME_BUDGET_BYTES, the first budget `npm run size` checks.
  { path: '/', budgetBytes: 100_000 },
  { path: '/quiz/', page: 'src/features/questionnaire/quiz-page.tsx', budgetBytes: 150_000 },
  {
    path: `/resultats/?code=${RESULT_CODE}`,
    page: 'src/features/results/results-page.tsx',
    personal: true,
    budgetBytes: 205_000,
  },
  { path: '/metiers/', page: 'src/features/roles/roles-page.tsx', budgetBytes: 140_000 },
  {
    path: '/metiers/superviseur/',
    page: 'src/features/roles/role-page.tsx',
    budgetBytes: 190_000,
  },
  { path: '/formations/', page: 'src/features/guide/guide-page.tsx', budgetBytes: 205_000 },
  {
    path: '/formations/bts-ndrc/',
    page: 'src/features/guide/diploma-page.tsx',
    budgetBytes: 185_000,
  },
  { path: '/secteur/', page: 'src/features/sector/sector-page.tsx', budgetBytes: 145_000 },
  { path: '/glossaire/', page: 'src/features/glossary/glossary-page.tsx', budgetBytes: 120_000 },
  {
    path: '/classe/',
    page: 'src/features/classroom/classroom-page.tsx',
    personal: true,
    budgetBytes: 210_000,
  },
  { path: '/integrer/', page: 'src/features/embed/embed-page.tsx', budgetBytes: 110_000 },
  { path: '/a-propos/', page: 'src/features/about/about-page.tsx', budgetBytes: 130_000 },
]

/** A result code of today's questionnaire: a seeded walk along the path the answers open. */
export function todaysResultCode(root = process.cwd()): string {
  const { content } = loadContent(path.resolve(root, 'content'), root)
  if (!content) throw new Error('content/ does not load: run npm run content:check')
  const random = seededRandom(16)
  const quiz = walk(
    content.questionnaire,
    'short',
    (_, radix) => 1 + Math.floor(random() * (radix - 1)),
  )
  const code = encodeResultCode(quiz, content)
  // A code the page cannot read would measure its error message instead of the results.
  if (!decodeResultCode(code, content).ok) throw new Error(`the result code ${code} does not read`)
  return code
}
