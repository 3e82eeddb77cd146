declare module 'virtual:content' {
  import type { Content } from '@/content/schemas'
  export const sources: Content['sources']
  export const dimensions: Content['dimensions']
  export const skills: Content['skills']
  export const roles: Content['roles']
  export const diplomas: Content['diplomas']
  export const questionnaire: Content['questionnaire']
  export const sector: Content['sector']
  export const myths: Content['myths']
  export const pages: Content['pages']
  export const guide: Content['guide']
  export const glossary: Content['glossary']
}
