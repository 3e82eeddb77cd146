/**
 * One zod schema per kind of content file. Build-time only: the browser imports the
 * inferred types with `import type`, never this module's values.
 *
 * Every error message reads "expected …, got …" so that the loader can print
 * `content/roles/x.yaml:12 profile.leadership: expected a number from 0 to 3, got "high"`.
 */
import { z } from 'zod'
import {
  CERTIFICATION_LEVELS,
  CHANNELS,
  COVERAGE_LEVELS,
  DEALBREAKERS,
  DIMENSIONS,
  ADMISSION_SYSTEMS,
  DIPLOMA_KINDS,
  FIGURE_UNITS,
  SOURCE_GROUPS,
  STUDENT_LEVELS,
} from './vocabulary.ts'

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (typeof value === 'object') return 'an object'
  return String(value)
}

/** A zod error option that says what was expected and what was found. */
export const expected =
  (what: string) =>
  (issue: { code?: string; input?: unknown }): string | undefined =>
    issue.code === 'unrecognized_keys'
      ? undefined
      : `expected ${what}, got ${describeValue(issue.input)}`

const oneOf = (values: readonly (string | number)[]) =>
  values.map((v) => JSON.stringify(v)).join(', ')

export const idSchema = z
  .string({ error: expected('an id in lower-case kebab-case') })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: expected('an id in lower-case kebab-case (a-z, 0-9, -)'),
  })

const text = z
  .string({ error: expected('a text') })
  .trim()
  .min(1, { error: expected('a non-empty text') })

/** Every user-facing text exists in French and in English. */
export const localizedSchema = z.strictObject(
  { fr: text, en: text },
  { error: expected('a text in both languages, as { fr: …, en: … }') },
)

const scale = (min: number, max: number) => {
  const error = expected(`a whole number from ${min} to ${max}`)
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error })
}

export const yearSchema = scale(1990, 2035)
const dateSchema = z
  .string({ error: expected('a date as YYYY, YYYY-MM or YYYY-MM-DD') })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: expected('a date as YYYY, YYYY-MM or YYYY-MM-DD') })

const list = <T extends z.ZodType>(item: T, min = 1, max = 500) =>
  z
    .array(item, { error: expected('a list') })
    .min(min, { error: expected(`at least ${min} item${min > 1 ? 's' : ''}`) })
    .max(max, { error: expected(`at most ${max} items`) })

const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: expected(`one of ${oneOf(values)}`) })

const numberEnum = <const T extends readonly number[]>(values: T) =>
  z.union(
    values.map((v) => z.literal(v)) as unknown as [
      z.ZodLiteral<T[number]>,
      ...z.ZodLiteral<T[number]>[],
    ],
    { error: expected(`one of ${oneOf(values)}`) },
  )

const bool = z.boolean({ error: expected('true or false') })

/* ---------- sources ---------- */

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: text,
  publisher: text,
  /** When the source was published (or, for a register page, last updated). */
  date: dateSchema,
  url: z
    .url({ protocol: /^https$/, error: expected('a full web address starting with https://') })
    .optional(),
  group: enumOf(SOURCE_GROUPS),
  note: localizedSchema.optional(),
  /** When someone last compared what the app says with this source (the pages' "Vérifié le …"). */
  checked: dateSchema.optional(),
  /** The language of the title: French titles get French typography, English ones keep theirs. */
  lang: enumOf(['fr', 'en']).optional(),
})
export const sourcesFileSchema = z.strictObject({ sources: list(sourceSchema) })

/** A number someone could quote: it always carries its year and its source. */
export const datedFactSchema = z.strictObject({
  text: localizedSchema,
  year: yearSchema,
  source: idSchema,
})

/**
 * A fact or a rule that holds at a date and may stop holding: a pay level, a law, a share of
 * home-working. `asOf` is the date it describes; `reviewBy`, when it must be checked again
 * (`content:check` warns once it has passed; `npm run content:review` lists them all).
 */
export const factSchema = z.strictObject({
  text: localizedSchema,
  asOf: dateSchema,
  source: idSchema,
  reviewBy: dateSchema.optional(),
})

/* ---------- dimensions and sector skills ---------- */

export const dimensionSchema = z.strictObject({
  id: enumOf(DIMENSIONS),
  name: localizedSchema,
  description: localizedSchema,
})
/** A refusal that sets roles aside: what the role requires, in words ("Ce métier se passe surtout au téléphone."). */
export const dealbreakerSchema = z.strictObject({
  id: enumOf(DEALBREAKERS),
  required: localizedSchema,
})
/** What the profile chart shows as one line: dimensions that read as the same thing are merged. */
export const profileGroupSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  dimensions: list(enumOf(DIMENSIONS)),
})
export const dimensionsFileSchema = z.strictObject({
  dimensions: list(dimensionSchema),
  profileGroups: list(profileGroupSchema),
  dealbreakers: list(dealbreakerSchema),
})

export const skillSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  what: localizedSchema,
  why: localizedSchema,
  evidence: list(datedFactSchema),
  /** How a student whose diploma leaves this skill thin can build it (options, internship, certification…). */
  fillGaps: list(localizedSchema, 1, 5),
})
export const skillsFileSchema = z.strictObject({ skills: list(skillSchema) })

/* ---------- roles ---------- */

/** A plain description, or a dated and sourced fact when the text states something that can change. */
const textOrFactSchema = z.union([localizedSchema, factSchema], {
  error: expected('a text { fr, en } or a dated fact { text, asOf, source, reviewBy }'),
})

const euros = z
  .number({ error: expected('an amount in euros') })
  .positive({ error: expected('an amount in euros') })

/** A monthly net pay range for a full-time job, in euros, with its date and source. */
const payRangeSchema = z.strictObject({
  min: euros,
  max: euros,
  asOf: dateSchema,
  source: idSchema,
  reviewBy: dateSchema,
})

/**
 * What a job pays, in words a teenager reads: the legal floor (a sector figure, the SMIC of the
 * year), a starting and an experienced range when a source gives them, what no source gave, the
 * collective agreement when there is one, and other sourced facts about pay in this job.
 */
export const paySchema = z.strictObject({
  /** The id of the sector figure that gives the legal minimum (net monthly SMIC of the year). */
  floor: idSchema,
  start: payRangeSchema.optional(),
  experienced: payRangeSchema.optional(),
  /** Said in place of a range no source gave (required when `start` or `experienced` is missing). */
  unknown: localizedSchema.optional(),
  agreement: factSchema.optional(),
  facts: list(factSchema, 0, 4).optional(),
})

const profileScore = scale(0, 3)
export const profileSchema = z.strictObject(
  Object.fromEntries(DIMENSIONS.map((d) => [d, profileScore])) as Record<
    (typeof DIMENSIONS)[number],
    typeof profileScore
  >,
  { error: expected(`a score from 0 to 3 for each of ${DIMENSIONS.join(', ')}`) },
)

export const roleSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  pitch: localizedSchema,
  missions: list(localizedSchema, 4, 6),
  channels: list(enumOf(CHANNELS)),
  day: localizedSchema,
  profile: profileSchema,
  skills: list(localizedSchema, 3, 8),
  sectorSkills: list(z.strictObject({ skill: idSchema, level: scale(1, 3) })),
  leadsTeam: bool,
  /** What the job cannot do without: a student who refuses one of these is told, kindly, why the role is set aside. */
  requires: list(enumOf(DEALBREAKERS), 0).optional(),
  conditions: z.strictObject({
    hours: textOrFactSchema,
    remote: textOrFactSchema,
    targets: textOrFactSchema,
  }),
  pay: paySchema,
  entry: z.strictObject({
    niveau: numberEnum(CERTIFICATION_LEVELS),
    experience: bool,
    text: localizedSchema,
    routes: list(idSchema),
  }),
  progression: list(idSchema, 0),
  rome: z.strictObject({
    code: z
      .string({ error: expected('a ROME code such as D1408') })
      .regex(/^[A-N]\d{4}$/, { error: expected('a ROME code such as D1408') }),
    label: localizedSchema,
    version: enumOf(['ROME v3', 'ROME 4.0']),
    source: idSchema,
    /** Why this fiche, when the ROME has none made for the job (shown to counsellors). */
    note: localizedSchema.optional(),
  }),
  sources: list(idSchema),
})

/* ---------- diplomas ---------- */

export const coverageCellSchema = z.strictObject({
  level: numberEnum(COVERAGE_LEVELS),
  why: localizedSchema,
  source: idSchema,
})

/**
 * A certification's entry in the national register (RNCP): its number when a source shows it, the
 * end of the registration when known, and when to check it again. Past `until`, the app never shows
 * the certification as current, whatever `status` says (see src/lib/certification-status.ts).
 */
export const registrationSchema = z.strictObject({
  rncp: z
    .string({ error: expected('an RNCP number such as RNCP38368') })
    .regex(/^RNCP\d{3,6}$/, { error: expected('an RNCP number such as RNCP38368') })
    .optional(),
  until: dateSchema.optional(),
  /** Where the number or the end date was read (required when either is given). */
  source: idSchema.optional(),
  reviewBy: dateSchema,
  /** What is not known or only seen in a copy (the number, the end date…). */
  note: localizedSchema.optional(),
})

export const diplomaSchema = z.strictObject({
  id: idSchema,
  short: text,
  name: localizedSchema,
  kind: enumOf(DIPLOMA_KINDS),
  niveau: numberEnum(CERTIFICATION_LEVELS),
  duration: localizedSchema,
  entry: localizedSchema,
  /** The student levels from which one can enter this diploma directly. */
  openTo: list(enumOf(STUDENT_LEVELS), 0),
  apprenticeship: bool,
  units: list(
    z.strictObject({ code: text, name: localizedSchema, summary: localizedSchema.optional() }),
  ),
  jobs: list(idSchema, 0),
  leadsTo: localizedSchema,
  /** `ended`: no longer awarded, with nothing or nothing known in its place; `replaced`: a newer diploma took over. */
  status: enumOf(['current', 'replaced', 'ended']),
  replacedBy: idSchema.optional(),
  history: list(
    z.strictObject({
      year: yearSchema,
      date: dateSchema.optional(),
      text: localizedSchema,
      source: idSchema,
    }),
  ),
  registration: registrationSchema.optional(),
  sources: list(idSchema),
  coverage: z.record(idSchema, coverageCellSchema, {
    error: expected('a coverage level for each sector skill'),
  }),
  /** The diploma in plain words, for a student choosing (content:check asks it of every current diploma). */
  card: z
    .strictObject({
      /** What you learn and do, in one or two sentences. */
      learn: localizedSchema,
      /** Who it suits. */
      forWhom: localizedSchema,
      /** Internships or apprenticeship: how much time in a company. */
      practice: localizedSchema,
      /** What comes after: work, further study. */
      next: localizedSchema,
      sources: list(idSchema),
    })
    .optional(),
  /** How to get in (content:check asks it of every current diploma). */
  admission: z
    .strictObject({
      /** The ways in, ids of `admissions` in content/guide.yaml, the usual one first. */
      via: list(enumOf(ADMISSION_SYSTEMS)),
      /** How to apply, for this diploma. */
      how: localizedSchema,
      /** What it costs the student (public training is free). */
      cost: localizedSchema,
      sources: list(idSchema),
    })
    .optional(),
})

/* ---------- questionnaire ---------- */

export const weightsSchema = z.partialRecord(
  enumOf(DIMENSIONS),
  z
    .number({ error: expected('a number') })
    .min(-3)
    .max(3),
)

export type Rule =
  | { answer: { question: string; anyOf: string[] } }
  | { dimension: { id: (typeof DIMENSIONS)[number]; atLeast: number } }
  | { all: Rule[] }
  | { any: Rule[] }

export const ruleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ answer: z.strictObject({ question: idSchema, anyOf: list(idSchema) }) }),
      z.strictObject({
        /** True when the student's level on the dimension, from the answers given so far, is at least `atLeast` (0–3, the role-profile scale). */
        dimension: z.strictObject({
          id: enumOf(DIMENSIONS),
          atLeast: z
            .number({ error: expected('a number from 0 to 3') })
            .min(0, { error: expected('a number from 0 to 3') })
            .max(3, { error: expected('a number from 0 to 3') }),
        }),
      }),
      z.strictObject({ all: list(ruleSchema) }),
      z.strictObject({ any: list(ruleSchema) }),
    ],
    { error: expected('a rule: { answer: … }, { dimension: … }, { all: […] } or { any: […] }') },
  ),
)

const lengthsSchema = list(enumOf(['short', 'full']), 1, 2)
/** A reason in plain words: what choosing this option says about the student ("tu aimes convaincre"). */
const gistSchema = localizedSchema
/**
 * The easy-read wording (« Lecture facile ») beside a text: short sentences, common words, one
 * idea per sentence. content:check requires one for every question, choice and reason.
 */
const easySchema = localizedSchema.optional()
const optionSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  labelEasy: easySchema,
  weights: weightsSchema.optional(),
  gist: gistSchema.optional(),
  gistEasy: easySchema,
  /** Choosing this option plainly refuses what some roles require. */
  refuses: enumOf(DEALBREAKERS).optional(),
})
const questionBase = {
  id: idSchema,
  section: idSchema,
  prompt: localizedSchema,
  promptEasy: easySchema,
  help: localizedSchema.optional(),
  helpEasy: easySchema,
  lengths: lengthsSchema,
  showIf: ruleSchema.optional(),
}

export const questionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      ...questionBase,
      kind: z.literal('level'),
      options: list(
        z.strictObject({
          id: enumOf(STUDENT_LEVELS),
          label: localizedSchema,
          labelEasy: easySchema,
        }),
        2,
      ),
    }),
    z.strictObject({ ...questionBase, kind: z.literal('single'), options: list(optionSchema, 2) }),
    z.strictObject({
      ...questionBase,
      kind: z.literal('multi'),
      max: scale(1, 10),
      options: list(optionSchema, 2),
    }),
    z.strictObject({
      ...questionBase,
      kind: z.literal('scale'),
      weights: weightsSchema,
      /** What agreeing (4–5) and disagreeing (1–2) say about the student, in plain words. */
      gist: z.strictObject({ agree: gistSchema, disagree: gistSchema }).optional(),
      gistEasy: z.strictObject({ agree: gistSchema, disagree: gistSchema }).optional(),
      /** Answering 1 ("strongly disagree") plainly refuses what some roles require. */
      refuses: enumOf(DEALBREAKERS).optional(),
    }),
  ],
  { error: expected('a question whose kind is "level", "single", "multi" or "scale"') },
)

/** Two answers that cannot both be meant ("langues" ticked, then "no language for now"). */
const answerConditionSchema = z.strictObject({ question: idSchema, anyOf: list(idSchema) })
export const contradictionSchema = list(answerConditionSchema, 2, 2)

export const questionnaireFileSchema = z.strictObject({
  /** Carried by every result code: raise it when a change would make an old code mean something else. */
  version: scale(1, 31),
  /** The five answers of an agreement-scale question, from "not at all" to "completely". */
  scaleLabels: list(localizedSchema, 5, 5),
  sections: list(
    z.strictObject({ id: idSchema, title: localizedSchema, showIf: ruleSchema.optional() }),
  ),
  questions: list(questionSchema),
  /** Pairs of answers that contradict each other: the results then say they cannot tell yet. */
  contradictions: list(contradictionSchema, 0).optional(),
})

/* ---------- released questionnaire versions ---------- */

/**
 * What decides which questions a student sees and how their answers are written in a result code:
 * ids, order, kinds, lengths, rules, and the weights a dimension rule reads. Every questionnaire
 * has this shape; `content/questionnaire-versions/<n>.yaml` freezes it for each released version,
 * so that a code issued under an older version still decodes.
 */
const optionShapeSchema = z.strictObject({ id: idSchema, weights: weightsSchema.optional() })
const questionShapeBase = {
  id: idSchema,
  section: idSchema,
  lengths: lengthsSchema,
  showIf: ruleSchema.optional(),
}
export const questionShapeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      ...questionShapeBase,
      kind: z.literal('level'),
      options: list(z.strictObject({ id: enumOf(STUDENT_LEVELS) }), 2),
    }),
    z.strictObject({
      ...questionShapeBase,
      kind: z.literal('single'),
      options: list(optionShapeSchema, 2),
    }),
    z.strictObject({
      ...questionShapeBase,
      kind: z.literal('multi'),
      max: scale(1, 10),
      options: list(optionShapeSchema, 2),
    }),
    z.strictObject({
      ...questionShapeBase,
      kind: z.literal('scale'),
      weights: weightsSchema.optional(),
    }),
  ],
  { error: expected('a question whose kind is "level", "single", "multi" or "scale"') },
)
export const questionnaireShapeSchema = z.strictObject({
  version: scale(1, 31),
  /** Symbols of every code of each length, when a release spaced them from older versions' (see released-versions). */
  codeSymbols: z.strictObject({ short: scale(2, 18), full: scale(2, 18) }).optional(),
  sections: list(z.strictObject({ id: idSchema, showIf: ruleSchema.optional() })),
  questions: list(questionShapeSchema),
})

/* ---------- the guide: admission systems and "NDRC ou MCO ?"; the glossary ---------- */

const calendarStepSchema = z.strictObject({
  date: dateSchema,
  /** The last day, for a period. */
  until: dateSchema.optional(),
  text: localizedSchema,
})

export const admissionSystemSchema = z.strictObject({
  id: enumOf(ADMISSION_SYSTEMS),
  name: localizedSchema,
  /** What it is, in one sentence. */
  what: localizedSchema,
  /** When to apply, in general terms. */
  when: localizedSchema,
  /** The glossary term that explains it. */
  term: idSchema.optional(),
  /** The dates of one admission session (the year students start), when a calendar is published. */
  calendar: z
    .strictObject({
      session: yearSchema,
      steps: list(calendarStepSchema),
      note: localizedSchema.optional(),
      source: idSchema,
    })
    .optional(),
  sources: list(idSchema),
})

const chooserOptionSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  /** The diploma this answer points to. */
  points: idSchema,
  /** Why, from the diploma's standard. */
  reason: localizedSchema,
  source: idSchema,
})

export const chooserSchema = z.strictObject({
  /** The two diplomas the questions decide between. */
  between: list(idSchema, 2, 2),
  questions: list(
    z.strictObject({
      id: idSchema,
      prompt: localizedSchema,
      options: list(chooserOptionSchema, 2, 2),
    }),
    3,
    3,
  ),
})

export const guideFileSchema = z.strictObject({
  admissions: list(admissionSystemSchema),
  chooser: chooserSchema,
})

export const glossaryTermSchema = z.strictObject({
  id: idSchema,
  /** The word as the app writes it: "RNCP", "Bloc de compétences". */
  term: localizedSchema,
  /** What an acronym stands for. */
  expansion: localizedSchema.optional(),
  /** One or two plain sentences. */
  definition: localizedSchema,
  source: idSchema,
})
export const glossaryFileSchema = z.strictObject({ terms: list(glossaryTermSchema) })

/* ---------- sector, myths, pages ---------- */

export const figureSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  value: z.number({ error: expected('a number') }),
  unit: enumOf(FIGURE_UNITS),
  approx: bool.optional(),
  year: yearSchema,
  date: dateSchema.optional(),
  source: idSchema,
  note: localizedSchema.optional(),
  /** The source of the note, when it is not the figure's own (a rule beside an amount). */
  noteSource: idSchema.optional(),
  /** An earlier figure (typically the 2011 article's) that this one brings up to date: shown side by side. */
  updates: idSchema.optional(),
  /** For a figure that describes today (a legal minimum, a current share), when to check it again. */
  reviewBy: dateSchema.optional(),
})

export const chartSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  summary: localizedSchema,
  unit: enumOf(FIGURE_UNITS),
  year: yearSchema,
  source: idSchema,
  items: list(
    z.strictObject({
      id: idSchema,
      label: localizedSchema,
      value: z.number({ error: expected('a number') }),
    }),
    2,
  ),
})

export const timelineEventSchema = z.strictObject({
  year: yearSchema,
  date: dateSchema.optional(),
  track: enumOf(['sector', 'training']),
  title: localizedSchema,
  text: localizedSchema,
  source: idSchema,
})

/** A short dated explanation of what is true today on one question (generative AI, home-working…). */
export const explainerSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  /** The question students ask, in their words. */
  question: localizedSchema,
  points: list(factSchema, 1, 8),
})

export const sectorFileSchema = z.strictObject({
  figures: list(figureSchema),
  charts: list(chartSchema, 0),
  timeline: list(timelineEventSchema, 0),
  explainers: list(explainerSchema, 0).default([]),
})

export const mythSchema = z.strictObject({
  id: idSchema,
  statement: localizedSchema,
  answer: bool,
  explanation: localizedSchema,
  sources: list(idSchema),
  /** For an answer that depends on today's rules or figures: the date it describes and when to check it again. */
  asOf: dateSchema.optional(),
  reviewBy: dateSchema.optional(),
})
export const mythsFileSchema = z.strictObject({ myths: list(mythSchema) })

export type Localized = z.infer<typeof localizedSchema>
export type Source = z.infer<typeof sourceSchema>
export type DatedFact = z.infer<typeof datedFactSchema>
export type Fact = z.infer<typeof factSchema>
export type Pay = z.infer<typeof paySchema>
export type PayRange = z.infer<typeof payRangeSchema>
export type Registration = z.infer<typeof registrationSchema>
export type Explainer = z.infer<typeof explainerSchema>
export type Dimension = z.infer<typeof dimensionSchema>
export type Skill = z.infer<typeof skillSchema>
export type Profile = z.infer<typeof profileSchema>
export type Role = z.infer<typeof roleSchema>
export type CoverageCell = z.infer<typeof coverageCellSchema>
export type Diploma = z.infer<typeof diplomaSchema>
export type Weights = z.infer<typeof weightsSchema>
export type Question = z.infer<typeof questionSchema>
export type Questionnaire = z.infer<typeof questionnaireFileSchema>
export type Contradiction = z.infer<typeof contradictionSchema>
export type DealbreakerText = z.infer<typeof dealbreakerSchema>
export type ProfileGroup = z.infer<typeof profileGroupSchema>
export type QuestionShape = z.infer<typeof questionShapeSchema>
export type QuestionnaireShape = z.infer<typeof questionnaireShapeSchema>
export type Figure = z.infer<typeof figureSchema>
export type Chart = z.infer<typeof chartSchema>
export type TimelineEvent = z.infer<typeof timelineEventSchema>
export type Sector = z.infer<typeof sectorFileSchema>
export type Myth = z.infer<typeof mythSchema>
export type AdmissionSystem = z.infer<typeof admissionSystemSchema>
export type Chooser = z.infer<typeof chooserSchema>
export type GuideContent = z.infer<typeof guideFileSchema>
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>
export type ProsePage = { id: string; html: Localized }

/** Everything the app knows, as the build hands it to the browser. */
export interface Content {
  sources: Source[]
  dimensions: Dimension[]
  profileGroups: ProfileGroup[]
  dealbreakers: DealbreakerText[]
  skills: Skill[]
  roles: Role[]
  diplomas: Diploma[]
  questionnaire: Questionnaire
  sector: Sector
  myths: Myth[]
  pages: ProsePage[]
  /** The frozen shape of every released questionnaire version, oldest first: old result codes decode with them. */
  releasedQuestionnaires: QuestionnaireShape[]
  guide: GuideContent
  glossary: GlossaryTerm[]
}
