import { defineMessages } from '@/lib/messages'

export const aboutMessages = defineMessages({
  fr: {
    title: 'À propos',
    lead: 'Cap Relation Client aide les élèves, les adultes en reconversion et leurs conseillers à découvrir les métiers de la relation client à distance, avec des faits datés et sourcés.',
    contents: 'Sur cette page',
    privacyTitle: 'Confidentialité',
    eraseTitle: 'Effacer mes données',
    eraseText: 'Supprime de cet appareil tes réponses et tes réglages.',
    eraseButton: 'Effacer mes données',
    erased: 'Tes données ont été effacées de cet appareil.',
    sourcesTitle: 'Sources',
    sourcesLead: (count: number) =>
      `Les ${count} sources utilisées dans l’application, regroupées par type.`,
    groupArticle: 'L’article de départ (2011)',
    groupSector: 'Le secteur',
    groupLaw: 'Textes officiels',
    groupDiploma: 'Diplômes et titres',
    groupJobs: 'Métiers et codes ROME',
    groupOther: 'Autres sources',
    accessibilityTitle: 'Accessibilité',
    accessibilityPending:
      'La déclaration d’accessibilité (niveau de conformité RGAA visé et méthode de test) est rédigée dans le ticket n° 3.',
  },
  en: {
    title: 'About',
    lead: 'Cap Relation Client helps pupils, adults changing career and their counsellors discover remote customer-relations jobs, with dated, sourced facts.',
    contents: 'On this page',
    privacyTitle: 'Privacy',
    eraseTitle: 'Erase my data',
    eraseText: 'Removes your answers and settings from this device.',
    eraseButton: 'Erase my data',
    erased: 'Your data has been erased from this device.',
    sourcesTitle: 'Sources',
    sourcesLead: (count: number) => `The ${count} sources used in the app, grouped by kind.`,
    groupArticle: 'The starting article (2011)',
    groupSector: 'The sector',
    groupLaw: 'Official texts',
    groupDiploma: 'Diplomas and titles',
    groupJobs: 'Jobs and ROME codes',
    groupOther: 'Other sources',
    accessibilityTitle: 'Accessibility',
    accessibilityPending:
      'The accessibility statement (the RGAA conformance level aimed for and how it was tested) is being written under issue #3.',
  },
})
