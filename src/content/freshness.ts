/**
 * Build-time only: the dates at which the content stops being true unless someone checks it —
 * review-by dates of facts, rules, figures and registrations, and registration end dates — each
 * with the file and line it comes from. `content:check` warns about the ones that have passed;
 * `npm run content:review` lists them all, oldest first.
 */
import { hasPassed, hasReached } from '../lib/certification-status.ts'
import type { ParsedContent } from './check-links.ts'
import { formatPath, type FieldPath, type YamlFile } from './read-yaml.ts'
import type { Fact } from './schemas.ts'

export interface DueDate {
  file: string
  line: number
  path: string
  /** `review`: check the fact again by `date`; `registration-end`: the certification stops being awarded after `date`. */
  kind: 'review' | 'registration-end'
  date: string
  /** What is due, in a few words: "pay.start of superviseur", "registration of tp-tai". */
  what: string
  /** For a registration end: whether the content still says the certification is current. */
  statedCurrent?: boolean
}

export interface FreshnessWarning {
  file: string
  line: number
  path: string
  message: string
}

export function collectDueDates(content: ParsedContent): DueDate[] {
  const due: DueDate[] = []
  const add = (
    yaml: YamlFile,
    at: FieldPath,
    kind: DueDate['kind'],
    date: string | undefined,
    what: string,
    statedCurrent?: boolean,
  ) => {
    if (!date) return
    due.push({
      file: yaml.file,
      line: yaml.lineOf([...at, kind === 'review' ? 'reviewBy' : 'until']),
      path: formatPath(at),
      kind,
      date,
      what,
      ...(statedCurrent === undefined ? {} : { statedCurrent }),
    })
  }
  const fact = (yaml: YamlFile, at: FieldPath, value: Fact | object | undefined, what: string) => {
    if (value && 'reviewBy' in value) add(yaml, at, 'review', (value as Fact).reviewBy, what)
  }

  for (const { yaml, value: role } of content.roles) {
    for (const key of ['hours', 'remote', 'targets'] as const)
      fact(yaml, ['conditions', key], role.conditions[key], `${role.id}: conditions.${key}`)
    const { pay } = role
    if (pay.start)
      add(yaml, ['pay', 'start'], 'review', pay.start.reviewBy, `${role.id}: starting pay`)
    if (pay.experienced)
      add(
        yaml,
        ['pay', 'experienced'],
        'review',
        pay.experienced.reviewBy,
        `${role.id}: experienced pay`,
      )
    fact(yaml, ['pay', 'agreement'], pay.agreement, `${role.id}: collective agreement`)
    pay.facts?.forEach((f, i) =>
      fact(yaml, ['pay', 'facts', i], f, `${role.id}: pay fact ${i + 1}`),
    )
  }

  for (const { yaml, value: diploma } of content.diplomas) {
    const registration = diploma.registration
    if (!registration) continue
    add(yaml, ['registration'], 'review', registration.reviewBy, `${diploma.id}: registration`)
    add(
      yaml,
      ['registration'],
      'registration-end',
      registration.until,
      `${diploma.id}: end of registration ${registration.rncp ?? ''}`.trim(),
      diploma.status === 'current',
    )
  }

  const sector = content.sector
  sector.value.figures.forEach((figure, i) =>
    add(sector.yaml, ['figures', i], 'review', figure.reviewBy, `figure ${figure.id}`),
  )
  sector.value.explainers.forEach((explainer, i) =>
    explainer.points.forEach((point, j) =>
      fact(sector.yaml, ['explainers', i, 'points', j], point, `${explainer.id}: point ${j + 1}`),
    ),
  )
  content.myths.value.myths.forEach((myth, i) =>
    add(content.myths.yaml, ['myths', i], 'review', myth.reviewBy, `myth ${myth.id}`),
  )
  return due
}

/** True when the item needs a person on `today`: a review date reached, or a registration that ended while still stated current. */
export const isDue = (item: DueDate, today: string) =>
  item.kind === 'review'
    ? hasReached(item.date, today)
    : hasPassed(item.date, today) && item.statedCurrent === true

/** The due dates that need a person on `today` (an ended registration already marked ended does not). */
export function freshnessWarnings(due: readonly DueDate[], today: string): FreshnessWarning[] {
  return due
    .filter((item) => isDue(item, today))
    .map((item) => ({
      file: item.file,
      line: item.line,
      path: item.path,
      message:
        item.kind === 'review'
          ? `review date ${item.date} has come (${item.what}): check the source again, then move reviewBy`
          : `registration ended on ${item.date} (${item.what}) but status is "current": the app shows it as no longer awarded; set status to "ended" or "replaced", or record the renewal`,
    }))
}

export function formatWarning(warning: FreshnessWarning): string {
  return `${warning.file}:${warning.line} ${warning.path}: warning: ${warning.message}`
}

/** The due dates, oldest first (ties by file and line), for `npm run content:review`. */
export function sortDueDates(due: readonly DueDate[]): DueDate[] {
  return [...due].sort(
    (a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file) || a.line - b.line,
  )
}
