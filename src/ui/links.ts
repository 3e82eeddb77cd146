/**
 * The URL contract: the addresses features use to point at each other and at the outside world.
 * Features never import each other's code; they link through these, so the contract lives in one
 * place.
 */
import { REVIEW_ID, type StudentLevel } from '@/content/vocabulary'
import type { QuizLength } from '@/lib/questionnaire/answers'
import { href } from './router'

export { REVIEW_ID }

const LENGTH_PARAM: Record<QuizLength, string> = { short: 'courte', full: 'complete' }
/** `?retour=relecture`: the question was opened from the review, and "Next" goes back there. */
const FROM_REVIEW = { retour: REVIEW_ID } as const

/** Where the quiz is: its intro (no question), a question, or the review (`REVIEW_ID`). */
export interface QuizPlace {
  questionId?: string
  /** The question was opened from the review, to change an answer. */
  fromReview?: boolean
}

/** The place in the quiz that a `/quiz/:questionId?` route and its query point at. */
export function readQuizPlace(questionId: string | undefined, query: URLSearchParams): QuizPlace {
  if (questionId === undefined) return {}
  return { questionId, fromReview: query.get('retour') === FROM_REVIEW.retour }
}

/**
 * `?poste=partage`: the questionnaire is taken on a device students share (the class's tablets);
 * at the end, "Élève suivant" clears the answers for the next student.
 */
const SHARED_DEVICE = { poste: 'partage' } as const

export function readSharedDevice(query: URLSearchParams): boolean {
  return query.get('poste') === SHARED_DEVICE.poste
}

export function readQuizLength(query: URLSearchParams): QuizLength | undefined {
  const value = query.get('longueur')
  return value === LENGTH_PARAM.short ? 'short' : value === LENGTH_PARAM.full ? 'full' : undefined
}

/** `&depart=1`: open the first question of this length at once, unless a quiz is in progress. */
const START_NOW = { depart: '1' } as const

/**
 * The quiz intro's form, as the browser sends it when it is submitted before the app runs (a
 * quick tap on a slow phone): its fields then make the start link (`links.startQuiz`).
 */
export const QUIZ_START_FORM = {
  length: { name: 'longueur', value: (length: QuizLength) => LENGTH_PARAM[length] },
  start: { name: 'depart', value: START_NOW.depart },
} as const

/** The length a start link (`links.startQuiz`) asks to begin with straight away. */
export function readQuizStart(query: URLSearchParams): QuizLength | undefined {
  return query.get('depart') === START_NOW.depart ? readQuizLength(query) : undefined
}

export const links = {
  home: () => href('/'),
  quiz: (length?: QuizLength, options: { sharedDevice?: boolean } = {}) =>
    href('/quiz', {
      longueur: length && LENGTH_PARAM[length],
      ...(options.sharedDevice && SHARED_DEVICE),
    }),
  /** The first question of this length (or the intro, to resume, when a quiz is in progress). */
  startQuiz: (length: QuizLength) =>
    href('/quiz', { longueur: LENGTH_PARAM[length], ...START_NOW }),
  /** A place in the quiz: its intro, a question (opened from the review or not), the review. */
  quizAt: ({ questionId, fromReview }: QuizPlace) =>
    questionId === undefined
      ? href('/quiz')
      : href(`/quiz/${questionId}`, fromReview ? FROM_REVIEW : {}),
  quizQuestion: (questionId: string) => href(`/quiz/${questionId}`),
  /** The quiz's review screen: every answer, each with a way to change it. */
  review: () => href(`/quiz/${REVIEW_ID}`),
  results: (code?: string) => href(code ? `/resultats/${code}` : '/resultats'),
  roles: () => href('/metiers'),
  role: (roleId: string) => href(`/metiers/${roleId}`),
  /** The training guide, opened on a student's level and target role when known. */
  guide: (context: { level?: StudentLevel; role?: string } = {}) =>
    href('/formations', { niveau: context.level, metier: context.role }),
  /** A diploma's own page: everything the guide knows about it, at an address of its own. */
  diploma: (diplomaId: string) => href(`/formations/${diplomaId}`),
  sector: () => href('/secteur'),
  classroom: () => href('/classe'),
  embed: () => href('/integrer'),
  about: (section?: 'sources' | 'confidentialite' | 'accessibilite') =>
    href('/a-propos', { section }),
  /** The glossary page, opened on a term when given. */
  glossary: (termId?: string) => href('/glossaire', { terme: termId }),
  /** A source's entry in the list on the About page. */
  source: (sourceId: string) => href('/a-propos', { section: 'sources', source: sourceId }),
  /** The national guidance service's site, for the jobs and courses this app does not cover. */
  onisep: () => 'https://www.onisep.fr/',
}
