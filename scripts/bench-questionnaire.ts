/**
 * `npm run bench:questionnaire`: does the questionnaire tell the roles apart?
 *
 * For each role, simulated students whose hidden profile is the role's target profile plus noise
 * answer every question through a simple response model: an answer is more likely the closer its
 * weights point to the student's profile (P ∝ exp(β · Σ weight × (level − 1.5) / 1.5)). They are
 * scored with the real scoring module. Prints top-1 and top-3 recovery per role for both lengths,
 * short/full agreement on the top role, how often one changed answer changes the top role, how
 * often an honest student is told "no role fits" or "not informative", and each question's
 * discrimination (mutual information between the student's role and their answer).
 *
 * Options: --students 1000 --noise 0.5 --beta 2 --seed 2011. A benchmark, not a test: it prints, it
 * does not fail.
 */
import path from 'node:path'
import { loadContent } from '../src/content/load-content.ts'
import type { Profile, Question, Questionnaire, Role } from '../src/content/schemas.ts'
import { DIMENSIONS } from '../src/content/vocabulary.ts'
import {
  questionsOf,
  type Answer,
  type QuizAnswers,
  type QuizLength,
} from '../src/lib/questionnaire/answers.ts'
import { answerToDigit, digitToAnswer, radixOf } from '../src/lib/questionnaire/answer-digits.ts'
import { contribution } from '../src/lib/questionnaire/dimension-levels.ts'
import { computeResults, FIT_THRESHOLD } from '../src/lib/questionnaire/scoring-logic.ts'
import { PathWalker } from '../src/lib/questionnaire/visibility.ts'

const args = new Map<string, string>()
process.argv.slice(2).forEach((arg, i, all) => {
  if (arg.startsWith('--')) args.set(arg.slice(2), all[i + 1] ?? '')
})
const STUDENTS = Number(args.get('students') ?? 1000)
const NOISE = Number(args.get('noise') ?? 0.5)
const BETA = Number(args.get('beta') ?? 2)
const SEED = Number(args.get('seed') ?? 2011)

/** mulberry32: a small seeded generator, so two runs print the same table. */
function generator(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
  return { next, gaussian }
}
const random = generator(SEED)

const root = process.cwd()
const { content, problems } = loadContent(path.join(root, 'content'), root)
if (!content) {
  console.error(`content/ does not load (${problems.length} problems): run npm run content:check`)
  process.exit(1)
}
const { questionnaire, roles } = content

type Student = Record<(typeof DIMENSIONS)[number], number>

function studentLike(profile: Profile): Student {
  const out = {} as Student
  for (const d of DIMENSIONS)
    out[d] = Math.min(3, Math.max(0, profile[d] + NOISE * random.gaussian()))
  return out
}

/** Every possible answer to a question (skips aside). */
function possibleAnswers(question: Question): Answer[] {
  const out: Answer[] = []
  for (let digit = 1; digit < radixOf(question); digit++) {
    const answer = digitToAnswer(question, digit)
    if (answer !== null) out.push(answer)
  }
  return out
}

function respond(student: Student, question: Question): Answer | null {
  if (question.kind === 'level') return 'lycee-gt'
  const answers = possibleAnswers(question)
  const utility = answers.map((answer) => {
    const c = contribution(question, answer)
    return DIMENSIONS.reduce((sum, d) => sum + (c[d] ?? 0) * ((student[d] - 1.5) / 1.5), 0)
  })
  const top = Math.max(...utility)
  const weights = utility.map((u) => Math.exp(BETA * (u - top)))
  let pick = random.next() * weights.reduce((a, b) => a + b, 0)
  for (const [i, w] of weights.entries()) {
    pick -= w
    if (pick <= 0) return answers[i] ?? null
  }
  return answers.at(-1) ?? null
}

/** Walks a length, reusing earlier answers to the same questions (the same student answering). */
function take(
  student: Student,
  length: QuizLength,
  known: Record<string, Answer | null> = {},
): QuizAnswers {
  const answers: Record<string, Answer | null> = {}
  const walker = new PathWalker(questionnaire)
  for (const question of questionsOf(questionnaire, length)) {
    if (!walker.isShown(question)) continue
    const answer = question.id in known ? (known[question.id] ?? null) : respond(student, question)
    answers[question.id] = answer
    walker.keep(question, answer)
  }
  return { length, answers }
}

/** The same answers with one scored answer changed at random; later branching follows. */
function changeOne(quiz: QuizAnswers): QuizAnswers {
  const scored = Object.keys(quiz.answers).filter(
    (id) => questionnaire.questions.find((q) => q.id === id)?.kind !== 'level',
  )
  const id = scored[Math.floor(random.next() * scored.length)] as string
  const question = questionnaire.questions.find((q) => q.id === id) as Question
  const others = possibleAnswers(question).filter(
    (a) => JSON.stringify(a) !== JSON.stringify(quiz.answers[id]),
  )
  const changed = others[Math.floor(random.next() * others.length)] ?? null
  const answers: Record<string, Answer | null> = {}
  const walker = new PathWalker(questionnaire)
  for (const q of questionsOf(questionnaire, quiz.length)) {
    if (!walker.isShown(q)) continue
    const answer =
      q.id === id ? changed : q.id in quiz.answers ? (quiz.answers[q.id] ?? null) : null
    answers[q.id] = answer
    walker.keep(q, answer)
  }
  return { length: quiz.length, answers }
}

const rank = (quiz: QuizAnswers) => computeResults(questionnaire, roles, quiz)

/** Reading time: French words on screen at 180 words a minute, plus 4 s to choose, per question. */
const WORDS_PER_SECOND = 180 / 60
const SECONDS_TO_CHOOSE = 4
const words = (text: string) => text.split(/\s+/).filter(Boolean).length
function secondsToAnswer(quiz: QuizAnswers): number {
  let seconds = 0
  for (const id of Object.keys(quiz.answers)) {
    const q = questionnaire.questions.find((x) => x.id === id)
    if (!q) continue
    const labels =
      q.kind === 'scale'
        ? questionnaire.scaleLabels.map((l) => l.fr)
        : q.options.map((o) => o.label.fr)
    const count = words([q.prompt.fr, q.help?.fr ?? '', ...labels].join(' '))
    seconds += count / WORDS_PER_SECOND + SECONDS_TO_CHOOSE
  }
  return seconds
}
const timings: Record<QuizLength, number[]> = { short: [], full: [] }

/** Best match scores, to see where the "no role fits" threshold falls. */
const topScores: Record<'honest' | 'random' | 'outsider', number[]> = {
  honest: [],
  random: [],
  outsider: [],
}
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}

interface Tally {
  top1: number
  top3: number
  noFit: number
  notInformative: number
  flips: number
}
const emptyTally = (): Tally => ({ top1: 0, top3: 0, noFit: 0, notInformative: 0, flips: 0 })

const perRole = new Map<
  string,
  { short: Tally; full: Tally; agree: number; confusedWith: Map<string, number> }
>()
/** answer digit counts per question, per role: for the discrimination column. */
const answerCounts = new Map<string, Map<string, number[]>>()

function countAnswer(questionId: string, roleId: string, digit: number, radix: number) {
  const byRole = answerCounts.get(questionId) ?? new Map<string, number[]>()
  const counts = byRole.get(roleId) ?? new Array<number>(radix).fill(0)
  counts[digit] = (counts[digit] ?? 0) + 1
  byRole.set(roleId, counts)
  answerCounts.set(questionId, byRole)
}

const started = performance.now()
for (const role of roles) {
  const entry = {
    short: emptyTally(),
    full: emptyTally(),
    agree: 0,
    confusedWith: new Map<string, number>(),
  }
  perRole.set(role.id, entry)
  for (let n = 0; n < STUDENTS; n++) {
    const student = studentLike(role.profile)
    const full = take(student, 'full')
    const short = take(student, 'short', full.answers)
    timings.full.push(secondsToAnswer(full))
    timings.short.push(secondsToAnswer(short))
    for (const question of questionnaire.questions)
      if (question.id in full.answers)
        countAnswer(
          question.id,
          role.id,
          answerToDigit(question, full.answers[question.id]),
          radixOf(question),
        )
    let tops: Record<QuizLength, string | undefined> = { short: undefined, full: undefined }
    for (const [length, quiz] of [
      ['short', short],
      ['full', full],
    ] as const) {
      const results = rank(quiz)
      const tally = entry[length]
      const ids = results.ranking.map((m) => m.roleId)
      tops = { ...tops, [length]: ids[0] }
      topScores.honest.push(results.ranking[0]?.score ?? 0)
      if (ids[0] === role.id) tally.top1++
      if (ids.slice(0, 3).includes(role.id)) tally.top3++
      if (!results.someRoleFits) tally.noFit++
      if (results.notInformative) tally.notInformative++
      if (rank(changeOne(quiz)).ranking[0]?.roleId !== ids[0]) tally.flips++
      if (length === 'short' && ids[0] !== role.id)
        entry.confusedWith.set(ids[0] ?? '', (entry.confusedWith.get(ids[0] ?? '') ?? 0) + 1)
    }
    if (tops.short === tops.full) entry.agree++
  }
}

const pct = (n: number, of = STUDENTS) => `${((100 * n) / of).toFixed(1).padStart(5)} %`
const title = (role: Role) => role.id
const pad = (s: string, n: number) => s.padEnd(n)

console.log(
  `bench:questionnaire — ${roles.length} roles × ${STUDENTS} simulated students, noise σ=${NOISE}, β=${BETA}, seed ${SEED}\n`,
)
console.log(
  `${pad('role', 28)} ${pad('short top1', 11)}${pad('short top3', 11)}${pad('full top1', 11)}${pad('full top3', 11)}${pad('agree', 9)}${pad('flip s/f', 17)}most confused (short)`,
)
const totals = { short: emptyTally(), full: emptyTally(), agree: 0 }
for (const role of roles) {
  const e = perRole.get(role.id)
  if (!e) continue
  for (const length of ['short', 'full'] as const)
    for (const key of Object.keys(totals[length]) as (keyof Tally)[])
      totals[length][key] += e[length][key]
  totals.agree += e.agree
  const confused = [...e.confusedWith].sort((a, b) => b[1] - a[1])[0]
  console.log(
    `${pad(title(role), 28)} ${pct(e.short.top1)}    ${pct(e.short.top3)}    ${pct(e.full.top1)}    ${pct(e.full.top3)}    ${pct(e.agree)}  ${pct(e.short.flips)}/${pct(e.full.flips)}  ${confused ? `${confused[0]} (${pct(confused[1])})` : '—'}`,
  )
}
const all = STUDENTS * roles.length
console.log(
  `${pad('ALL', 28)} ${pct(totals.short.top1, all)}    ${pct(totals.short.top3, all)}    ${pct(totals.full.top1, all)}    ${pct(totals.full.top3, all)}    ${pct(totals.agree, all)}  ${pct(totals.short.flips, all)}/${pct(totals.full.flips, all)}`,
)
console.log(
  `\nTargets: short top-3 ≥ 90 %, full top-3 ≥ 95 %, short/full agreement on the top role ≥ 85 %.`,
)
console.log(
  `Honest students told "no role fits": short ${pct(totals.short.noFit, all)}, full ${pct(totals.full.noFit, all)}; "not informative": short ${pct(totals.short.notInformative, all)}, full ${pct(totals.full.notInformative, all)}.`,
)

/** Students answering at random, and students drawn from nowhere near any role. */
function outsiders(label: string, make: () => Student | 'random') {
  const counts = { short: { noFit: 0, notInformative: 0 }, full: { noFit: 0, notInformative: 0 } }
  for (let n = 0; n < STUDENTS; n++) {
    const student = make()
    for (const length of ['short', 'full'] as const) {
      const quiz =
        student === 'random'
          ? take(Object.fromEntries(DIMENSIONS.map((d) => [d, 1.5])) as Student, length)
          : take(student, length)
      const results = rank(quiz)
      topScores[student === 'random' ? 'random' : 'outsider'].push(results.ranking[0]?.score ?? 0)
      if (results.notInformative) counts[length].notInformative++
      else if (!results.someRoleFits) counts[length].noFit++
    }
  }
  console.log(
    `${pad(label, 44)} no role fits: short ${pct(counts.short.noFit)}, full ${pct(counts.full.noFit)} · not informative: short ${pct(counts.short.notInformative)}, full ${pct(counts.full.notInformative)}`,
  )
}
console.log('')
outsiders('Random answers (every answer equally likely)', () => 'random')
outsiders('Hands-on, wants no customers, no phone, no screen', () => {
  const s = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Student
  s.realistic = 3
  s.artistic = 2
  s.investigative = 1.5
  return s
})

console.log(
  `Best match score, 5th / 50th / 95th percentile: honest students ${[0.05, 0.5, 0.95].map((q) => quantile(topScores.honest, q)).join(' / ')}, random answers ${[0.05, 0.5, 0.95].map((q) => quantile(topScores.random, q)).join(' / ')}, outsiders ${[0.05, 0.5, 0.95].map((q) => quantile(topScores.outsider, q)).join(' / ')} (no role fits below ${FIT_THRESHOLD})`,
)

const minutes = (s: number) => `${(s / 60).toFixed(1)} min`
for (const length of ['short', 'full'] as const)
  console.log(
    `Time to answer the ${length} version (reading ${180} words/min + ${SECONDS_TO_CHOOSE} s per choice): median ${minutes(quantile(timings[length], 0.5))}, longest path ${minutes(Math.max(...timings[length]))}`,
  )

/** Mutual information (bits) between the student's role and their answer to each question. */
console.log(
  `\nQuestion discrimination (mutual information between role and answer, full length; higher separates more):`,
)
const rows: { id: string; lengths: string; mi: number; asked: number }[] = []
for (const question of questionnaire.questions) {
  if (question.kind === 'level') continue
  const byRole = answerCounts.get(question.id)
  if (!byRole) {
    rows.push({ id: question.id, lengths: question.lengths.join('+'), mi: 0, asked: 0 })
    continue
  }
  const radix = radixOf(question)
  const total = [...byRole.values()].reduce((s, c) => s + c.reduce((a, b) => a + b, 0), 0)
  const marginal = new Array<number>(radix).fill(0)
  for (const counts of byRole.values())
    counts.forEach((c, i) => (marginal[i] = (marginal[i] ?? 0) + c))
  let mi = 0
  for (const counts of byRole.values()) {
    const roleTotal = counts.reduce((a, b) => a + b, 0)
    counts.forEach((c, i) => {
      if (c === 0) return
      const joint = c / total
      mi += joint * Math.log2(joint / ((roleTotal / total) * ((marginal[i] ?? 0) / total)))
    })
  }
  rows.push({ id: question.id, lengths: question.lengths.join('+'), mi, asked: total })
}
for (const row of rows.sort((a, b) => b.mi - a.mi))
  console.log(
    `  ${pad(row.id, 22)} ${pad(row.lengths, 11)} ${row.mi.toFixed(3)} bits${row.asked < STUDENTS * roles.length ? `  (asked to ${pct(row.asked, STUDENTS * roles.length).trim()})` : ''}${row.mi < 0.1 ? '  ← separates little' : ''}`,
  )
void (questionnaire satisfies Questionnaire)
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`)
