/** Labels for the closed vocabularies (src/content/vocabulary.ts), shared by every feature. */
import type {
  CertificationLevel,
  Channel,
  CoverageLevel,
  DiplomaKind,
  StudentLevel,
} from '@/content/vocabulary'
import type { Localized } from '@/lib/i18n'

export const STUDENT_LEVEL_LABELS: Record<StudentLevel, Localized> = {
  troisieme: { fr: 'En 3e', en: 'In year 10 (3e)' },
  'lycee-gt': { fr: 'Lycée général ou technologique', en: 'General or technological lycée' },
  'bac-pro': { fr: 'Bac pro', en: 'Vocational baccalauréat (bac pro)' },
  'post-bac': { fr: 'Après le bac', en: 'After the baccalauréat' },
  adulte: { fr: 'Adulte en reconversion', en: 'Adult changing career' },
}

export const CHANNEL_LABELS: Record<Channel, Localized> = {
  phone: { fr: 'Téléphone', en: 'Phone' },
  email: { fr: 'E-mail', en: 'E-mail' },
  chat: { fr: 'Chat', en: 'Chat' },
  social: { fr: 'Réseaux sociaux', en: 'Social media' },
  sms: { fr: 'SMS', en: 'Text messages' },
  video: { fr: 'Visio', en: 'Video' },
  post: { fr: 'Courrier', en: 'Post' },
}

/** French certification levels, with what they mean in school terms. */
export const CERTIFICATION_LEVEL_LABELS: Record<
  CertificationLevel,
  { name: Localized; school: Localized }
> = {
  3: { name: { fr: 'Niveau 3', en: 'Level 3' }, school: { fr: 'niveau CAP', en: 'CAP level' } },
  4: {
    name: { fr: 'Niveau 4', en: 'Level 4' },
    school: { fr: 'niveau bac', en: 'baccalauréat level' },
  },
  5: {
    name: { fr: 'Niveau 5', en: 'Level 5' },
    school: { fr: 'bac + 2', en: 'two years after the bac' },
  },
  6: {
    name: { fr: 'Niveau 6', en: 'Level 6' },
    school: { fr: 'bac + 3', en: 'three years after the bac' },
  },
}

export const COVERAGE_LEVEL_LABELS: Record<CoverageLevel, Localized> = {
  0: { fr: 'Absent', en: 'Absent' },
  1: { fr: 'Abordé', en: 'Touched on' },
  2: { fr: 'Couvert', en: 'Covered' },
  3: { fr: 'Au cœur', en: 'Core' },
}

export const DIPLOMA_KIND_LABELS: Record<DiplomaKind, Localized> = {
  cap: { fr: 'CAP', en: 'CAP (vocational certificate)' },
  'bac-pro': { fr: 'Bac professionnel', en: 'Vocational baccalauréat' },
  cs: { fr: 'Certificat de spécialisation', en: 'Specialisation certificate' },
  'titre-pro': { fr: 'Titre professionnel', en: 'Professional title' },
  bts: { fr: 'BTS', en: 'BTS (two-year higher technician’s diploma)' },
  but: { fr: 'BUT', en: 'BUT (three-year university technology bachelor)' },
  'licence-pro': { fr: 'Licence professionnelle', en: 'Professional bachelor (licence pro)' },
}
