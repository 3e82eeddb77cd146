/**
 * Closed vocabularies shared by the content schemas, the scoring and the UI.
 * Pure data: safe to import from the browser.
 */

/** The six RIASEC interests, then the contact-centre skills the questionnaire measures. */
export const INTEREST_DIMENSIONS = [
  'realistic',
  'investigative',
  'artistic',
  'social',
  'enterprising',
  'conventional',
] as const

export const SKILL_DIMENSIONS = [
  'phone',
  'written',
  'empathy',
  'technical',
  'sales',
  'organisation',
  'leadership',
  'languages',
  'digital',
] as const

export const DIMENSIONS = [...INTEREST_DIMENSIONS, ...SKILL_DIMENSIONS] as const
export type DimensionId = (typeof DIMENSIONS)[number]

/**
 * What a student can say plainly they do not want, and a role can require: such a refusal takes
 * the role out of the roles that fit, and the results say why.
 */
export const DEALBREAKERS = ['phone', 'pressure', 'selling', 'targets', 'shifts'] as const
export type Dealbreaker = (typeof DEALBREAKERS)[number]

/**
 * The quiz's address for its review screen (`#/quiz/relecture`), so no question may use this id.
 * Features read it from `src/ui/links.ts`, the URL contract.
 */
export const REVIEW_ID = 'relecture'

/** Where the student stands today; the questionnaire's first question asks it. */
export const STUDENT_LEVELS = ['troisieme', 'lycee-gt', 'bac-pro', 'post-bac', 'adulte'] as const
export type StudentLevel = (typeof STUDENT_LEVELS)[number]

export const CHANNELS = ['phone', 'email', 'chat', 'social', 'sms', 'video', 'post'] as const
export type Channel = (typeof CHANNELS)[number]

/** French certification levels (cadre national des certifications, 2019): 3 = CAP … 6 = bac+3. */
export const CERTIFICATION_LEVELS = [3, 4, 5, 6] as const
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number]

export const DIPLOMA_KINDS = [
  'cap',
  'bac-pro',
  'cs',
  'titre-pro',
  'bts',
  'but',
  'licence-pro',
] as const
export type DiplomaKind = (typeof DIPLOMA_KINDS)[number]

/** The ways into a training course; each is described in content/guide.yaml. */
export const ADMISSION_SYSTEMS = [
  'affelnet',
  'parcoursup',
  'apprentissage',
  'organisme',
  'france-travail',
  'cpf',
  'vae',
] as const
export type AdmissionSystemId = (typeof ADMISSION_SYSTEMS)[number]

export const SOURCE_GROUPS = ['article', 'sector', 'law', 'diploma', 'jobs', 'other'] as const
export type SourceGroup = (typeof SOURCE_GROUPS)[number]

export const FIGURE_UNITS = [
  'people',
  'jobs',
  'percent',
  'entities',
  'euros',
  'count',
  'ratio',
] as const
export type FigureUnit = (typeof FIGURE_UNITS)[number]

/** 0 absent, 1 touched, 2 covered, 3 core. */
export const COVERAGE_LEVELS = [0, 1, 2, 3] as const
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number]

/** A level worked out from numbers (a need, a gap), kept within 0–3. */
export function asCoverageLevel(n: number): CoverageLevel {
  return Math.max(0, Math.min(3, Math.round(n))) as CoverageLevel
}

export const LOCALES = ['fr', 'en'] as const
export type Locale = (typeof LOCALES)[number]
