declare module 'virtual:content' {
  import type { Content, Localized, Source } from '@/content/schemas'
  /** The sources without their notes: those are `sourceNotes`, read by the About page only. */
  export const sources: Omit<Source, 'note'>[]
  export const sourceNotes: Record<string, Localized>
  export const dimensions: Content['dimensions']
  export const profileGroups: Content['profileGroups']
  export const dealbreakers: Content['dealbreakers']
  export const skills: Content['skills']
  export const roles: Content['roles']
  export const diplomas: Content['diplomas']
  export const questionnaire: Content['questionnaire']
  export const sector: Content['sector']
  /** The sector's figures alone, for a page that needs one figure and not the whole sector. */
  export const figures: Content['sector']['figures']
  export const myths: Content['myths']
  export const pages: Content['pages']
  export const releasedQuestionnaires: Content['releasedQuestionnaires']
  export const guide: Content['guide']
  export const glossary: Content['glossary']
}
