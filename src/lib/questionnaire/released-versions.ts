/**
 * The registry of released questionnaire versions, so that result codes never expire.
 *
 * A result code holds the questionnaire version and one digit per question on the student's path
 * (see result-code-logic). Reading it back needs that version's shape: which questions, in which
 * order and lengths, which options, which rules open a section, and the weights those rules read.
 * `content/questionnaire-versions/<n>.yaml` freezes that shape for each released version
 * (`npm run questionnaire:release` writes it; `content:check` fails when today's questionnaire no
 * longer matches the shape of its own version). Texts and the weights no rule reads are left out:
 * they can change without breaking a code.
 */
// Relative imports: the build-time content check (run by Node, without the `@/` alias) uses this module.
import type { QuestionnaireShape, QuestionShape, Rule, Weights } from '../../content/schemas.ts'
import { DIMENSIONS, type DimensionId } from '../../content/vocabulary.ts'

/** The dimensions that some rule of the questionnaire reads. */
export function ruleDimensions(questionnaire: QuestionnaireShape): Set<DimensionId> {
  const out = new Set<DimensionId>()
  const visit = (rule: Rule | undefined) => {
    if (!rule) return
    if ('dimension' in rule) out.add(rule.dimension.id)
    else if ('all' in rule) rule.all.forEach(visit)
    else if ('any' in rule) rule.any.forEach(visit)
  }
  questionnaire.sections.forEach((s) => visit(s.showIf))
  questionnaire.questions.forEach((q) => visit(q.showIf))
  return out
}

function keptWeights(weights: Weights | undefined, kept: Set<DimensionId>): Weights | undefined {
  const out: Weights = {}
  for (const d of DIMENSIONS) {
    const w = weights?.[d]
    if (kept.has(d) && w !== undefined && w !== 0) out[d] = w
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** JSON with object keys sorted, so that two equal shapes always compare equal. */
export function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}
const json = canonicalJson

const withOptional = <T extends object, K extends string, V>(object: T, key: K, value: V) =>
  (value === undefined ? object : { ...object, [key]: value }) as T & Partial<Record<K, V>>

/** The shape of a questionnaire as a released version freezes it: plain data, keys in a fixed order. */
export function freezeShape(questionnaire: QuestionnaireShape): QuestionnaireShape {
  const kept = ruleDimensions(questionnaire)
  const question = (q: QuestionShape): QuestionShape => {
    const base = withOptional(
      { id: q.id, section: q.section, kind: q.kind, lengths: [...q.lengths] },
      'showIf',
      q.showIf,
    )
    switch (q.kind) {
      case 'level':
        return { ...base, kind: q.kind, options: q.options.map((o) => ({ id: o.id })) }
      case 'scale':
        return withOptional({ ...base, kind: q.kind }, 'weights', keptWeights(q.weights, kept))
      case 'single':
      case 'multi': {
        const options = q.options.map((o) =>
          withOptional({ id: o.id }, 'weights', keptWeights(o.weights, kept)),
        )
        return q.kind === 'multi'
          ? { ...base, kind: q.kind, max: q.max, options }
          : { ...base, kind: q.kind, options }
      }
    }
  }
  return {
    version: questionnaire.version,
    ...(questionnaire.codeSymbols && { codeSymbols: { ...questionnaire.codeSymbols } }),
    sections: questionnaire.sections.map((s) => withOptional({ id: s.id }, 'showIf', s.showIf)),
    questions: questionnaire.questions.map(question),
  }
}

/**
 * What differs between two shapes, in words ("question chiffres: lengths [full] → [short, full]"),
 * empty when a code written under one reads the same under the other.
 */
export function shapeDifferences(before: QuestionnaireShape, after: QuestionnaireShape): string[] {
  const a = { ...freezeShape(before), codeSymbols: undefined }
  const b = { ...freezeShape(after), codeSymbols: undefined }
  const out: string[] = []
  if (json(a.sections) !== json(b.sections)) out.push('the sections or their rules changed')
  const ids = (q: QuestionnaireShape) => q.questions.map((x) => x.id)
  if (json(ids(a)) !== json(ids(b)))
    out.push(`the questions changed: [${ids(a).join(', ')}] → [${ids(b).join(', ')}]`)
  for (const qa of a.questions) {
    const qb = b.questions.find((x) => x.id === qa.id)
    if (!qb) continue
    for (const key of ['kind', 'lengths', 'max', 'showIf', 'options', 'weights'] as const) {
      const va = (qa as Record<string, unknown>)[key]
      const vb = (qb as Record<string, unknown>)[key]
      if (json(va) !== json(vb))
        out.push(`question ${qa.id}: ${key} ${json(va) ?? 'none'} → ${json(vb) ?? 'none'}`)
    }
  }
  return out
}

/**
 * The shape a code of `version` was written with: today's questionnaire for its own version, the
 * registry's frozen shape for an older one, undefined for a version never released.
 */
export function shapeOfVersion<Q extends QuestionnaireShape>(
  version: number,
  current: Q,
  released: readonly QuestionnaireShape[] = [],
): Q | QuestionnaireShape | undefined {
  if (version === current.version) return current
  return released.find((r) => r.version === version)
}

export type CodeLengths = { short: number; full: number }

/**
 * The symbols a new version's codes get: at least what its questions need (`natural`), and never
 * one more or one less than a code of an older version or of its other length. A symbol left out
 * or typed twice then always gives a length no code has, never another version's code.
 */
export function spacedCodeSymbols(
  natural: CodeLengths,
  older: readonly CodeLengths[],
): CodeLengths {
  const taken = older.flatMap((o) => [o.short, o.full])
  const clear = (n: number, others: number[]) => others.every((t) => Math.abs(t - n) !== 1)
  let short = natural.short
  while (!clear(short, taken)) short++
  let full = Math.max(natural.full, short + 2)
  while (!clear(full, [...taken, short])) full++
  return { short, full }
}

/** Code lengths of released versions that break the spacing above: each as a sentence. */
export function codeLengthConflicts(lengths: readonly { version: number; lengths: CodeLengths }[]) {
  const out: string[] = []
  lengths.forEach(({ version, lengths: own }, i) => {
    if (Math.abs(own.full - own.short) < 2)
      out.push(
        `version ${version}: short codes (${own.short}) and full codes (${own.full}) need 2 symbols between them`,
      )
    for (const earlier of lengths.slice(0, i))
      for (const a of [own.short, own.full])
        for (const b of [earlier.lengths.short, earlier.lengths.full])
          if (Math.abs(a - b) === 1)
            out.push(
              `version ${version}: codes of ${a} symbols sit next to version ${earlier.version}'s codes of ${b}`,
            )
  })
  return out
}
