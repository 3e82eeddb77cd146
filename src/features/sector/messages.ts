import { defineMessages } from '@/lib/messages'

export const sectorMessages = defineMessages({
  fr: {
    title: 'Le secteur',
    kicker: 'La relation client à distance en chiffres',
    lead: 'Combien de personnes y travaillent, où, et comment le métier change : des chiffres datés et sourcés, puis un « Vrai ou faux ? » pour tordre le cou aux idées reçues.',
    contents: 'Sur cette page',
    playQuiz: 'Jouer au « Vrai ou faux ? »',
    tocToday: 'Aujourd’hui',
    todayTitle: 'Ce qui a changé depuis 2023',
    todayLead:
      'Les questions qu’on nous pose le plus, avec ce qui est vrai aujourd’hui. Chaque point a sa date et sa source ; quand nous ne savons pas, nous le disons.',
    asOf: (date: string, day: boolean) => (day ? `(au ${date})` : `(${date})`),
    tocArticle: 'Les chiffres de 2011',
    tocOthers: 'D’autres chiffres',
    articleTitle: 'En 2011, ce que disait l’article de départ',
    articleLead:
      'Ces chiffres datent de 2011. Quand une source plus récente mesure la même chose, le chiffre d’aujourd’hui est posé à côté, avec sa propre date.',
    othersTitle: 'D’autres chiffres, d’autres sources',
    othersLead: (from: number, to: number) =>
      from === to
        ? `Des chiffres de ${from}, chacun avec sa source.`
        : `De ${from} à ${to}, du plus récent au plus ancien, chacun avec sa date et sa source.`,
    inYear: (year: string) => `En ${year}`,
    then: 'Alors',
    now: 'Plus tard',
    approx: 'environ',
    chartsTitle: 'En graphiques',
    chartsLead:
      'Chaque graphique est résumé en une phrase, et ses données sont disponibles sous forme de tableau.',
    chartValue: 'Valeur',
    chartLabel: 'Élément',
    timelineTitle: 'Les grandes dates',
    timelineLead:
      'Deux fils se croisent : l’histoire du secteur, et celle des formations qui y préparent.',
    trackSector: 'Secteur',
    trackTraining: 'Formation',
    mythsTitle: 'Vrai ou faux ?',
  },
  en: {
    title: 'The sector',
    kicker: 'Remote customer relations in figures',
    lead: 'How many people work in it, where, and how the job is changing: dated, sourced figures, then a “True or false?” to lay the clichés to rest.',
    contents: 'On this page',
    playQuiz: 'Play “True or false?”',
    tocToday: 'Today',
    todayTitle: 'What has changed since 2023',
    todayLead:
      'The questions we are asked most, with what is true today. Each point has its date and source; where we do not know, we say so.',
    asOf: (date: string, _day: boolean) => `(${date})`,
    tocArticle: 'The 2011 figures',
    tocOthers: 'More figures',
    articleTitle: 'In 2011: what the starting article said',
    articleLead:
      'These figures date from 2011. Where a more recent source measures the same thing, today’s figure stands beside it, with its own date.',
    othersTitle: 'More figures, from other sources',
    othersLead: (from: number, to: number) =>
      from === to
        ? `Figures from ${from}, each with its source.`
        : `From ${from} to ${to}, most recent first, each with its date and source.`,
    inYear: (year: string) => `In ${year}`,
    then: 'Then',
    now: 'Later',
    approx: 'about',
    chartsTitle: 'In charts',
    chartsLead: 'Each chart is summed up in a sentence, and its data is available as a table.',
    chartValue: 'Value',
    chartLabel: 'Item',
    timelineTitle: 'Key dates',
    timelineLead:
      'Two threads cross: the history of the sector, and that of the training that prepares for it.',
    trackSector: 'Sector',
    trackTraining: 'Training',
    mythsTitle: 'True or false?',
  },
})
