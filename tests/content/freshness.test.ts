// @vitest-environment node
/**
 * Freshness as data: a registration end date or a review date that has come makes content:check
 * warn with its file and line (without failing), content:review lists every date oldest first,
 * and the rules that keep the data honest (an ended diploma needs its end date…) are errors.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatWarning, freshnessWarnings, isDue, sortDueDates } from '@/content/freshness'
import { loadContent } from '@/content/load-content'
import { formatProblem } from '@/content/read-yaml'
import { copyFixture } from './content-fixture'

/**
 * The fixture has two current diplomas, and the guide's « NDRC ou MCO ? » chooser compares them: a
 * test that ends tp-crcd also makes the chooser name an ended diploma. These tests are about the
 * diploma's registration, so they leave the guide's own check aside.
 */
const outsideGuide = <T extends { file: string }>(problems: T[]) =>
  problems.filter((problem) => !problem.file.endsWith('guide.yaml'))

const PAST_REGISTRATION = `registration:
  rncp: RNCP35304
  until: '2025-09-01'
  source: reac-crcd-2021
  reviewBy: '2027-06-01'
sources: [reac-crcd-2021]`

const root = path.resolve(__dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')
const run = (script: string, dir: string, today: string) =>
  execFileSync(tsx, [path.join(root, 'scripts', script), dir], {
    cwd: path.dirname(dir),
    env: { ...process.env, CONTENT_TODAY: today },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })

describe('registration end dates', () => {
  it('warns, with file and line, when a registration has ended but the diploma still says "current"', () => {
    const { root: at, dir, edit, lineOf } = copyFixture()
    edit('diplomas/tp-crcd.yaml', /^sources: \[reac-crcd-2021\]/m, PAST_REGISTRATION)
    const result = loadContent(dir, at)
    expect(result.problems).toEqual([])
    const line = lineOf('diplomas/tp-crcd.yaml', "until: '2025-09-01'")
    expect(freshnessWarnings(result.dueDates, '2026-12-02').map(formatWarning)).toEqual([
      `content/diplomas/tp-crcd.yaml:${line} registration: warning: registration ended on 2025-09-01 (tp-crcd: end of registration RNCP35304) but status is "current": the app shows it as no longer awarded; set status to "ended" or "replaced", or record the renewal`,
    ])
    expect(freshnessWarnings(result.dueDates, '2025-09-01')).toEqual([])
  })

  it('stops warning once the diploma says "ended"', () => {
    const { root: at, dir, edit } = copyFixture()
    edit('diplomas/tp-crcd.yaml', /^sources: \[reac-crcd-2021\]/m, PAST_REGISTRATION)
    edit('diplomas/tp-crcd.yaml', 'status: current', 'status: ended')
    const result = loadContent(dir, at)
    expect(outsideGuide(result.problems)).toEqual([])
    expect(freshnessWarnings(result.dueDates, '2026-12-02')).toEqual([])
  })

  it('is an error for an ended diploma to have no end date, and for a number to have no source', () => {
    const { root: at, dir, edit, lineOf } = copyFixture()
    edit('diplomas/tp-crcd.yaml', 'status: current', 'status: ended')
    edit(
      'diplomas/tp-crcd.yaml',
      /^sources: \[reac-crcd-2021\]/m,
      "registration:\n  rncp: RNCP35304\n  reviewBy: '2027-01-01'\nsources: [reac-crcd-2021]",
    )
    expect(outsideGuide(loadContent(dir, at).problems).map(formatProblem)).toEqual([
      `content/diplomas/tp-crcd.yaml:${lineOf('diplomas/tp-crcd.yaml', 'registration:')} registration: expected "source": where the RNCP number or the end date was read, got nothing`,
      `content/diplomas/tp-crcd.yaml:${lineOf('diplomas/tp-crcd.yaml', 'status: ended')} status: an ended diploma needs "registration.until", the date it stopped being awarded`,
    ])
  })
})

describe('review dates', () => {
  it('warns from the review date on, with file and line, for a figure', () => {
    const { root: at, dir, lineOf } = copyFixture()
    const result = loadContent(dir, at)
    const line = lineOf('sector.yaml', "reviewBy: '2027-01-01'")
    expect(freshnessWarnings(result.dueDates, '2026-12-31')).toEqual([])
    expect(freshnessWarnings(result.dueDates, '2027-01-01').map(formatWarning)).toEqual([
      `content/sector.yaml:${line} figures[3]: warning: review date 2027-01-01 has come (figure smic-net-2026): check the source again, then move reviewBy`,
    ])
  })

  it('finds the review dates of a role’s dated conditions and pay facts', () => {
    const { root: at, dir, edit, lineOf } = copyFixture()
    edit(
      'roles/superviseur.yaml',
      / {2}remote:\n {4}fr: .*\n {4}en: .*\n/,
      "  remote:\n    text:\n      fr: Possible deux jours par semaine.\n      en: Possible two days a week.\n    asOf: '2024-06'\n    source: smic-2026\n    reviewBy: '2025-06-01'\n",
    )
    const result = loadContent(dir, at)
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(freshnessWarnings(result.dueDates, '2026-12-02').map(formatWarning)).toEqual([
      `content/roles/superviseur.yaml:${lineOf('roles/superviseur.yaml', "reviewBy: '2025-06-01'")} conditions.remote: warning: review date 2025-06-01 has come (superviseur: conditions.remote): check the source again, then move reviewBy`,
    ])
  })

  it('treats a year or a month as its last day', () => {
    const due = { file: 'f', line: 1, path: 'p', kind: 'review' as const, what: 'w' }
    expect(isDue({ ...due, date: '2026' }, '2026-12-30')).toBe(false)
    expect(isDue({ ...due, date: '2026' }, '2026-12-31')).toBe(true)
    expect(isDue({ ...due, date: '2026-02' }, '2026-02-27')).toBe(false)
    expect(isDue({ ...due, date: '2026-02' }, '2026-02-28')).toBe(true)
  })
})

describe('npm run content:check and content:review', () => {
  it('print the warnings without failing, and list every date oldest first', () => {
    const { dir, edit } = copyFixture()
    edit('diplomas/tp-crcd.yaml', /^sources: \[reac-crcd-2021\]/m, PAST_REGISTRATION)
    const check = run('content-check.ts', dir, '2027-06-02')
    expect(check).toContain('content:check OK with 3 warnings')

    const review = run('content-review.ts', dir, '2026-12-02').split('\n')
    const rows = review.filter((line) => /^(DUE|later|ended)\s/.test(line))
    expect(rows.map((line) => line.split(/\s{2,}/).slice(0, 2))).toEqual([
      ['DUE', '2025-09-01'],
      ['later', '2027-01-01'],
      ['later', '2027-06-01'],
    ])
    expect(rows[0]).toContain('content/diplomas/tp-crcd.yaml:')
  }, 30_000)
})

describe('sortDueDates', () => {
  it('puts the oldest first, then by file and line', () => {
    const at = (date: string, file: string, line: number) => ({
      file,
      line,
      path: '',
      kind: 'review' as const,
      date,
      what: '',
    })
    expect(
      sortDueDates([
        at('2027-01-01', 'b', 1),
        at('2026-01-01', 'z', 9),
        at('2027-01-01', 'a', 5),
      ]).map((d) => `${d.date} ${d.file}`),
    ).toEqual(['2026-01-01 z', '2027-01-01 a', '2027-01-01 b'])
  })
})
