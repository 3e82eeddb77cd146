import type { QuizAnswers } from '@/lib/questionnaire/answers'
import { encodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { realContent } from '../../fixtures/questionnaire/real-content'

/** Short-questionnaire personas on the real content (the same as the results tests'). */
export const PERSONAS = {
  /** Likes fixing things and writing: technical support first. */
  fixer: {
    niveau: 'bac-pro',
    'portes-ouvertes': 'materiel',
    expose: 'rediger',
    'client-colere': 'chercher',
    'box-panne': 'diagnostiquer',
    'trente-chats': 'jongler',
    'nouvelle-offre': 'ecrire',
    planning: 'calculer',
    'nouvelle-collegue': 'former',
    urgence: 'contrat',
    envies: ['technique'],
    'telephone-journee': 3,
    calme: 4,
    'guider-distance': 5,
  },
  /** Wants to lead a team: supervisor first. */
  leader: {
    niveau: 'post-bac',
    'portes-ouvertes': 'stand',
    expose: 'repartir',
    'client-colere': 'ecouter',
    'box-panne': 'rassurer',
    'trente-chats': 'repartir',
    'nouvelle-offre': 'defi',
    planning: 'negocier',
    'nouvelle-collegue': 'montrer',
    urgence: 'organiser',
    envies: ['equipe'],
    'telephone-journee': 4,
    calme: 5,
    'role-equipe': 'animer',
  },
  /** Far from every role: nothing stands out. */
  faraway: {
    niveau: 'troisieme',
    'portes-ouvertes': 'materiel',
    expose: 'chercher',
    'client-colere': 'passer',
    'box-panne': 'diagnostiquer',
    'trente-chats': 'un-a-un',
    'nouvelle-offre': 'non',
    planning: 'suivre',
    'nouvelle-collegue': 'autre',
    urgence: 'stress',
    envies: ['technique'],
    'telephone-journee': 1,
    calme: 1,
    'guider-distance': 1,
  },
  /** Skipped almost everything: not informative. */
  skipper: { niveau: 'adulte' },
} as const

export const content = () => realContent()

export function codeOf(persona: keyof typeof PERSONAS): string {
  const quiz: QuizAnswers = { length: 'short', answers: PERSONAS[persona] }
  return encodeResultCode(quiz, realContent())
}
