/**
 * The URLs features use to point at each other. Features never import each other's code;
 * they link through these, so the contract lives in one place.
 */
import type { StudentLevel } from '@/content/vocabulary'
import { href } from './router'

export type QuizLength = 'short' | 'full'
const LENGTH_PARAM: Record<QuizLength, string> = { short: 'courte', full: 'complete' }

export const links = {
  home: () => href('/'),
  quiz: (length?: QuizLength) => href('/quiz', { longueur: length && LENGTH_PARAM[length] }),
  quizQuestion: (questionId: string) => href(`/quiz/${questionId}`),
  results: (code?: string) => href(code ? `/resultats/${code}` : '/resultats'),
  roles: () => href('/metiers'),
  role: (roleId: string) => href(`/metiers/${roleId}`),
  /** The training guide, opened on a student's level and target role when known. */
  guide: (context: { level?: StudentLevel; role?: string } = {}) =>
    href('/formations', { niveau: context.level, metier: context.role }),
  sector: () => href('/secteur'),
  classroom: () => href('/classe'),
  embed: () => href('/integrer'),
  about: (section?: 'sources' | 'confidentialite' | 'accessibilite') =>
    href('/a-propos', { section }),
  /** The glossary page, opened on a term when given. */
  glossary: (termId?: string) => href('/glossaire', { terme: termId }),
  /** A source's entry in the list on the About page. */
  source: (sourceId: string) => href('/a-propos', { section: 'sources', source: sourceId }),
}

export function readQuizLength(query: URLSearchParams): QuizLength | undefined {
  const value = query.get('longueur')
  return value === 'courte' ? 'short' : value === 'complete' ? 'full' : undefined
}
