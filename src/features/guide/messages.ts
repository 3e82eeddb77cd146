import { defineMessages } from '@/lib/messages'

export const guideMessages = defineMessages({
  fr: {
    title: 'Formations',
    lead: 'Quelles formations mènent aux métiers de la relation client à distance, ce qu’elles couvrent des compétences que le secteur demande, et quelle voie prendre depuis là où tu en es.',

    jumpToPath: 'Aller à « Quelle voie pour moi ? »',
    compareTitle: 'Comparer les diplômes',
    viewLegend: 'Diplômes à comparer',
    view2011: (names: string) => `En 2011 : ${names}`,
    viewToday: (names: string) => `Aujourd’hui : ${names}`,
    viewAll: (count: number) => `Toutes les formations (${count})`,
    intro2011: (names: string) =>
      `En 2011, selon la Mission nationale de la relation client, les diplômes qui formaient le mieux à ces métiers étaient ${names}. Mais ils restaient trop généralistes : le secteur réclamait des profils spécialisés. Voici ce qu’ils couvrent des compétences qu’il demande.`,
    introToday: (replacements: string) =>
      `Depuis, ces diplômes ont été remplacés : ${replacements}. Voici ce que leurs successeurs couvrent des mêmes compétences.`,
    replacementItem: (old: string, successor: string, year: string) =>
      `${old} par ${successor}${year ? ` (${year})` : ''}`,
    introAll: (count: number, from: string, to: string) =>
      `Les ${count} formations du guide, de ${from} à ${to}, y compris les diplômes remplacés, placés juste avant leur successeur.`,
    thinSkills: (names: string) =>
      `Aucun de ces diplômes ne couvre (au mieux « Abordé ») : ${names}.`,
    noThinSkills: 'Chaque compétence est couverte par au moins un de ces diplômes.',
    legendTitle: 'Niveaux de couverture',
    showAllWhy: 'Afficher toutes les justifications',
    print: 'Imprimer le comparatif',
    printHint: 'Le comparatif s’imprime sur A4 paysage, justifications comprises.',
    caption: (view: string) => `Couverture des compétences du secteur. ${view}`,
    skillHeader: 'Compétence du secteur',
    summaryHeader: 'Bilan',
    summary: (covered: number, total: number, core: number) =>
      `${covered} sur ${total} couvertes${core > 0 ? `, dont ${core} au cœur` : ''}`,
    why: 'Pourquoi ?',
    whyFor: (skill: string, diploma: string) => `${skill}, ${diploma}`,
    replacedBy: (successor: string, year: string) =>
      year ? `Remplacé par ${successor} en ${year}` : `Remplacé par ${successor}`,
    inForce: (from: string, until: string) => `En vigueur de ${from} à ${until}`,
    kindLevel: (kind: string, level: string, school: string) => `${kind} · ${level} (${school})`,
    tableSources: 'Sources du comparatif',
    labelled: (label: string, value: string) => `${label} : ${value}`,

    timelineTitle: '2011 → aujourd’hui : les réformes',
    timelineLead:
      'Les dates clés des formations du guide : créations, réformes et remplacements, chacune avec sa source.',
    articleEvent: (names: string) =>
      `Un article de presse rapporte que, pour le secteur, ${names} sont les diplômes les plus formateurs, mais trop généralistes.`,
    articleLabel: 'L’article de départ',

    pathTitle: 'Quelle voie pour moi ?',
    pathLead:
      'Dis où tu en es et le métier qui t’attire : le guide te montre les voies possibles, la formation qui prépare le mieux à ce métier et ce qu’il te restera à apprendre.',
    pathFromLink:
      'Ton niveau et le métier visé viennent du lien que tu as suivi (par exemple tes résultats). Tu peux les changer.',
    pathFormLegend: 'Ta situation',
    levelLabel: 'Où en es-tu ?',
    roleLabel: 'Quel métier vises-tu ?',
    choose: 'Choisir…',
    submit: 'Voir ma voie',
    unknownLevel: (value: string) =>
      `Le niveau « ${value} » indiqué dans l’adresse n’existe pas dans le guide. Choisis ton niveau dans la liste.`,
    unknownRole: (value: string) =>
      `Le métier « ${value} » indiqué dans l’adresse n’existe pas dans le guide. Choisis un métier dans la liste.`,
    invite:
      'Choisis ton niveau, le métier visé, ou les deux, puis « Voir ma voie ». Pas besoin d’avoir fait le questionnaire.',
    resultTitle: 'Ta voie',
    resultFor: (level: string, role: string) => `Depuis : ${level}. Métier visé : ${role}.`,
    resultForLevel: (level: string) => `Depuis : ${level}.`,
    resultForRole: (role: string) => `Métier visé : ${role}.`,
    routesTitle: 'Les voies possibles',
    routeLabel: (n: number) => `Voie ${n}`,
    stepStart: 'Aujourd’hui',
    stepExperience: 'Puis de l’expérience',
    stepGoal: 'Métier visé',
    or: 'ou',
    openFromLevel: 'accessible depuis ton niveau',
    openAfter: (first: string) => `accessible après ${first}`,
    listedByRole: 'que la fiche du métier le cite comme voie d’accès',
    listedByDiploma: 'qu’il prépare à ce métier',
    routeBecause: (target: string, entry: string, listed: string, share: string) =>
      `Parce que ${target} est ${entry}, ${listed}, et qu’il couvre ${share} de ce dont le métier a besoin.`,
    noRoute:
      'Aucune formation du guide ne mène directement à ce métier depuis ton niveau. Voici ce qu’en dit la fiche du métier :',
    openTitle: 'Ce que tu peux commencer depuis ton niveau',
    pickRole:
      'Choisis aussi un métier : le guide te dira quelle formation y prépare le mieux et ce qu’il te restera à apprendre.',
    pickLevel: 'Choisis aussi ton niveau : le guide te dira par quelles étapes y arriver.',
    bestTitle: 'La formation qui couvre le mieux ce métier',
    bestBecause: (diploma: string, share: string) =>
      `Parce que ${diploma} couvre ${share} de ce dont le métier a besoin, plus que les autres formations qui y mènent.`,
    bestBecauseReachable: (diploma: string, share: string) =>
      `Parce que ${diploma} couvre ${share} de ce dont le métier a besoin, plus que les autres formations qui y mènent depuis ton niveau.`,
    bestOnly: (diploma: string, share: string) =>
      `Parce que ${diploma} est la seule formation du guide qui y mène depuis ton niveau ; elle couvre ${share} de ce dont le métier a besoin.`,
    bestNotReachable: (diploma: string) =>
      `${diploma} n’est pas accessible directement depuis ton niveau : regarde ses conditions d’entrée dans « Les formations en détail ».`,
    fitsCaption: (diploma: string) => `Les compétences du métier et ce qu’en couvre ${diploma}`,
    needHeader: 'Demandé par le métier',
    hasHeader: (diploma: string) => `Apporté par ${diploma}`,
    scoreHow: 'Comment ce pourcentage est calculé',
    scoreExplained:
      'Chaque compétence dont le métier a besoin compte selon le niveau demandé (1 à 3). Pour chacune, la formation marque des points jusqu’à ce niveau, pas au-delà : un point fort ne compense pas un manque ailleurs. Le pourcentage est la part des points possibles obtenue.',
    gapsTitle: 'Ce qu’il te restera à apprendre',
    noGaps: (diploma: string) => `${diploma} couvre chaque compétence du métier au niveau demandé.`,
    gapBecause: (skill: string, needed: string, diploma: string, has: string) =>
      `Parce que le métier demande « ${skill} » au niveau « ${needed} », et que ${diploma} en reste à « ${has} ».`,
    fillTitle: 'Pour le combler :',
    roleLink: (role: string) => `La fiche métier : ${role}`,

    detailsTitle: 'Les formations en détail',
    detailsLead: 'Durée, conditions d’entrée, contenu et débouchés de chaque formation.',
    replacedTag: 'remplacé',
    detailLevel: 'Niveau',
    detailDuration: 'Durée',
    detailEntry: 'Conditions d’entrée',
    detailOpenTo: 'Accessible depuis',
    detailOpenToNone: 'Plus aucune inscription : diplôme remplacé',
    detailApprenticeship: 'Alternance',
    yes: 'Possible',
    no: 'Non',
    detailUnits: 'Unités ou blocs',
    detailLeadsTo: 'Débouchés',
    detailJobs: 'Métiers visés',
    detailSources: 'Sources',
    detailRncp: 'Fiche RNCP',
  },
  en: {
    title: 'Training',
    lead: 'Which courses lead to remote customer-relations jobs, what they cover of the skills the sector asks for, and which route to take from where you are now.',

    jumpToPath: 'Go to “Which route for me?”',
    compareTitle: 'Compare the diplomas',
    viewLegend: 'Diplomas to compare',
    view2011: (names: string) => `In 2011: ${names}`,
    viewToday: (names: string) => `Today: ${names}`,
    viewAll: (count: number) => `All routes (${count})`,
    intro2011: (names: string) =>
      `In 2011, according to the Mission nationale de la relation client, the diplomas that best prepared people for these jobs were ${names}. But they were still too general: the sector was calling for specialised profiles. Here is what they cover of the skills it asks for.`,
    introToday: (replacements: string) =>
      `These diplomas have since been replaced: ${replacements}. Here is what their successors cover of the same skills.`,
    replacementItem: (old: string, successor: string, year: string) =>
      `${old} by ${successor}${year ? ` (${year})` : ''}`,
    introAll: (count: number, from: string, to: string) =>
      `The guide's ${count} courses, from ${from} to ${to}, including the replaced diplomas, each placed just before its successor.`,
    thinSkills: (names: string) =>
      `None of these diplomas covers (at best “Touched on”): ${names}.`,
    noThinSkills: 'Every skill is covered by at least one of these diplomas.',
    legendTitle: 'Coverage levels',
    showAllWhy: 'Show every justification',
    print: 'Print the comparison',
    printHint: 'The comparison prints on landscape A4, justifications included.',
    caption: (view: string) => `Coverage of the sector's skills. ${view}`,
    skillHeader: 'Sector skill',
    summaryHeader: 'Summary',
    summary: (covered: number, total: number, core: number) =>
      `${covered} of ${total} covered${core > 0 ? `, ${core} of them core` : ''}`,
    why: 'Why?',
    whyFor: (skill: string, diploma: string) => `${skill}, ${diploma}`,
    replacedBy: (successor: string, year: string) =>
      year ? `Replaced by ${successor} in ${year}` : `Replaced by ${successor}`,
    inForce: (from: string, until: string) => `In force from ${from} to ${until}`,
    kindLevel: (kind: string, level: string, school: string) => `${kind} · ${level} (${school})`,
    tableSources: 'Sources of the comparison',
    labelled: (label: string, value: string) => `${label}: ${value}`,

    timelineTitle: '2011 → today: the reforms',
    timelineLead:
      'The key dates of the courses in this guide: when they were created, reformed and replaced, each with its source.',
    articleEvent: (names: string) =>
      `A press article reports that, for the sector, ${names} are the most useful diplomas, but too general.`,
    articleLabel: 'The starting article',

    pathTitle: 'Which route for me?',
    pathLead:
      'Say where you are now and which job appeals to you: the guide shows the possible routes, the course that prepares best for that job, and what you will still have to learn.',
    pathFromLink:
      'Your level and target job come from the link you followed (your results, for example). You can change them.',
    pathFormLegend: 'Your situation',
    levelLabel: 'Where are you now?',
    roleLabel: 'Which job are you aiming for?',
    choose: 'Choose…',
    submit: 'Show my route',
    unknownLevel: (value: string) =>
      `The level “${value}” in the address does not exist in the guide. Choose your level from the list.`,
    unknownRole: (value: string) =>
      `The job “${value}” in the address does not exist in the guide. Choose a job from the list.`,
    invite:
      'Choose your level, the job you are aiming for, or both, then “Show my route”. You do not need to have taken the quiz.',
    resultTitle: 'Your route',
    resultFor: (level: string, role: string) => `From: ${level}. Target job: ${role}.`,
    resultForLevel: (level: string) => `From: ${level}.`,
    resultForRole: (role: string) => `Target job: ${role}.`,
    routesTitle: 'Possible routes',
    routeLabel: (n: number) => `Route ${n}`,
    stepStart: 'Today',
    stepExperience: 'Then some experience',
    stepGoal: 'Target job',
    or: 'or',
    openFromLevel: 'open to you from your level',
    openAfter: (first: string) => `open to you after ${first}`,
    listedByRole: 'the job profile names it as a way in',
    listedByDiploma: 'it prepares for this job',
    routeBecause: (target: string, entry: string, listed: string, share: string) =>
      `Because ${target} is ${entry}, ${listed}, and it covers ${share} of what the job needs.`,
    noRoute:
      'No course in the guide leads straight to this job from your level. Here is what the job profile says:',
    openTitle: 'What you can start from your level',
    pickRole:
      'Choose a job too: the guide will tell you which course prepares best for it and what you will still have to learn.',
    pickLevel: 'Choose your level too: the guide will tell you the steps to get there.',
    bestTitle: 'The course that covers this job best',
    bestBecause: (diploma: string, share: string) =>
      `Because ${diploma} covers ${share} of what the job needs, more than the other courses that lead to it.`,
    bestBecauseReachable: (diploma: string, share: string) =>
      `Because ${diploma} covers ${share} of what the job needs, more than the other courses that lead to it from your level.`,
    bestOnly: (diploma: string, share: string) =>
      `Because ${diploma} is the only course in the guide that leads to it from your level; it covers ${share} of what the job needs.`,
    bestNotReachable: (diploma: string) =>
      `${diploma} is not open to you directly from your level: see its entry requirements under “The courses in detail”.`,
    fitsCaption: (diploma: string) => `The job's skills and how far ${diploma} covers them`,
    needHeader: 'The job needs',
    hasHeader: (diploma: string) => `${diploma} gives`,
    scoreHow: 'How this percentage is worked out',
    scoreExplained:
      'Each skill the job needs counts according to the level it needs (1 to 3). For each one, the course scores points up to that level, not beyond: a strength does not make up for a gap elsewhere. The percentage is the share of the possible points it scores.',
    gapsTitle: 'What you will still have to learn',
    noGaps: (diploma: string) => `${diploma} covers every skill of the job at the level it needs.`,
    gapBecause: (skill: string, needed: string, diploma: string, has: string) =>
      `Because the job needs “${skill}” at the level “${needed}”, and ${diploma} stops at “${has}”.`,
    fillTitle: 'To fill the gap:',
    roleLink: (role: string) => `The job profile: ${role}`,

    detailsTitle: 'The courses in detail',
    detailsLead: 'Length, entry requirements, content and outcomes of each course.',
    replacedTag: 'replaced',
    detailLevel: 'Level',
    detailDuration: 'Length',
    detailEntry: 'Entry requirements',
    detailOpenTo: 'Open to',
    detailOpenToNone: 'No new students: replaced diploma',
    detailApprenticeship: 'Work-study (apprenticeship)',
    yes: 'Possible',
    no: 'No',
    detailUnits: 'Units or blocks',
    detailLeadsTo: 'Outcomes',
    detailJobs: 'Target jobs',
    detailSources: 'Sources',
    detailRncp: 'RNCP record',
  },
})
