import { defineMessages } from '@/lib/messages'

export const homeMessages = defineMessages({
  fr: {
    kicker: 'Orientation · métiers de la relation client',
    title: 'Quel métier de la relation client est fait pour toi ?',
    lead: 'Réponds à quelques questions, une par écran, et découvre les métiers des centres de contact qui te ressemblent, pourquoi, et les formations pour y arriver.',
    startShort: 'Version courte',
    startShortHint: 'environ 5 minutes, idéal pour une heure de classe',
    startFull: 'Version complète',
    startFullHint: 'environ 10 minutes, pour aller plus loin',
    startGroup: 'Commencer le questionnaire',
    privacy: 'Pas de compte, pas de traceur : tes réponses restent sur cet appareil.',
    exploreTitle: 'Explorer sans faire le quiz',
    rolesTitle: 'Les métiers',
    rolesText: 'Conseiller, superviseur, chargé de qualité… ce que chaque métier fait vraiment.',
    guideTitle: 'Les formations',
    guideText:
      'BTS, titres professionnels, bac pro : qui prépare à quoi, et ce qu’il reste à apprendre.',
    sectorTitle: 'Le secteur',
    sectorText: 'Des chiffres datés et sourcés, et un « Vrai ou faux ? » sur les idées reçues.',
    staffTitle: 'Pour les équipes éducatives',
    staffText:
      'Le mode classe pour animer une séance, et un code pour intégrer le quiz au site de l’établissement.',
    classroomLink: 'Mode classe',
    embedLink: 'Intégrer à un site',
  },
  en: {
    kicker: 'Career guidance · customer-relations jobs',
    title: 'Which customer-relations job is right for you?',
    lead: 'Answer a few questions, one per screen, and find out which contact-centre jobs match you, why, and the training that leads there.',
    startShort: 'Short version',
    startShortHint: 'about 5 minutes, ideal for a class hour',
    startFull: 'Full version',
    startFullHint: 'about 10 minutes, to go further',
    startGroup: 'Start the questionnaire',
    privacy: 'No account, no tracker: your answers stay on this device.',
    exploreTitle: 'Explore without taking the quiz',
    rolesTitle: 'The jobs',
    rolesText: 'Adviser, supervisor, quality analyst… what each job really involves.',
    guideTitle: 'Training',
    guideText:
      'BTS, professional titles, vocational bac: which prepares for what, and what is left to learn.',
    sectorTitle: 'The sector',
    sectorText: 'Dated, sourced figures, and a “True or false?” on the clichés.',
    staffTitle: 'For teachers and counsellors',
    staffText:
      'Class mode to run a session, and a snippet to embed the quiz on the school’s website.',
    classroomLink: 'Class mode',
    embedLink: 'Embed on a website',
  },
})
