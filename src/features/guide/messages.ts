import { defineMessages } from '@/lib/messages'

export const guideMessages = defineMessages({
  fr: {
    title: 'Formations',
    lead: 'Quel diplôme pour toi, et comment y entrer : les formations d’aujourd’hui en mots simples, la voie depuis là où tu en es, et ce qui a changé depuis 2011.',
    jumpToPath: 'Aller à « Quelle voie pour moi ? »',
    glossaryLink: 'Un sigle inconnu ? Les mots du guide',

    todayTitle: (names: string) => `${names} ?`,
    todayLead: (old: string) =>
      `Les deux BTS d’aujourd’hui, qui ont remplacé ${old} : ce que chacun fait, pour qui, et comment y entrer.`,
    cardsCaption: (names: string) => `${names} en bref`,
    rowLearn: 'Ce que tu apprends et fais',
    rowForWhom: 'Pour qui',
    rowLength: 'Durée',
    rowHow: 'Comment entrer',
    rowPractice: 'Stages ou alternance',
    rowCost: 'Ce que ça coûte',
    rowJobs: 'Métiers',
    rowNext: 'Et après',
    moreRows: 'Stages, coût, métiers et suite',
    unknown: 'Non vérifié',

    chooserTitle: (names: string) => `${names} ? Réponds à 3 questions`,
    chooserLead:
      'Choisis à chaque fois la réponse qui te ressemble le plus. Il n’y a pas de mauvaise réponse.',
    chooserProgress: (answered: number, total: number) =>
      `${answered} réponse${answered > 1 ? 's' : ''} sur ${total}.`,
    chooserLeaning: (name: string, count: number, total: number) =>
      `Plutôt le ${name} : ${count} de tes ${total} réponses vont dans ce sens.`,
    chooserTie: 'Les deux te conviennent autant : compare leurs stages et leurs métiers.',
    chooserWhy: 'Pourquoi',
    chooserYouSaid: (answer: string, name: string) => `« ${answer} » : ${name}.`,
    chooserNote:
      'Ce n’est qu’un indice. Parles-en avec ton professeur principal ou un psychologue de l’Éducation nationale.',
    chooserReset: 'Effacer mes réponses',

    coverageTitle: 'Ce que chacun couvre des compétences du secteur',
    legendTitle: 'Niveaux de couverture',
    showAllWhy: 'Afficher toutes les justifications',
    print: 'Imprimer',
    printHint: 'Les comparatifs ouverts s’impriment sur A4 paysage, justifications comprises.',
    caption: (names: string) => `Couverture des compétences du secteur : ${names}`,
    scrollLabel: (caption: string) => `${caption} (tableau à faire défiler)`,
    scrollHint: 'Fais glisser le tableau pour voir toutes les formations.',
    skillHeader: 'Compétence du secteur',
    summaryHeader: 'Bilan',
    summary: (covered: number, total: number, core: number) =>
      `${covered} sur ${total} couvertes${core > 0 ? `, dont ${core} au cœur` : ''}`,
    why: 'Pourquoi ?',
    whyFor: (skill: string, diploma: string) => `${skill}, ${diploma}`,
    thinSkills: (names: string) =>
      `Aucun de ces diplômes ne couvre (au mieux « Abordé ») : ${names}.`,
    noThinSkills: 'Chaque compétence est couverte par au moins un de ces diplômes.',
    replacedBy: (successor: string, year: string) =>
      year ? `Remplacé par ${successor} en ${year}` : `Remplacé par ${successor}`,
    inForce: (from: string, until: string) => `En vigueur de ${from} à ${until}`,
    kindLevel: (kind: string, level: string, school: string) => `${kind} · ${level} (${school})`,
    tableSources: 'Sources du comparatif',
    labelled: (label: string, value: string) => `${label} : ${value}`,

    historyTitle: 'Ce que le secteur disait en 2011, et ce qui a changé',
    intro2011: (names: string) =>
      `En 2011, selon la Mission nationale de la relation client, les diplômes qui formaient le mieux à ces métiers étaient ${names}. Mais ils restaient trop généralistes : le secteur réclamait des profils spécialisés.`,
    introReplaced: (replacements: string) => `Depuis, ils ont été remplacés : ${replacements}.`,
    replacementItem: (old: string, successor: string, year: string) =>
      `${old} par ${successor}${year ? ` (${year})` : ''}`,
    fixedTitle: 'Ce que les réformes ont corrigé',
    deepenedTitle: 'Ce qui est allé plus loin',
    weakenedTitle: 'Ce qui a reculé',
    stillTitle: 'Ce qui manque encore aux deux générations',
    changeItem: (before: string, after: string, by: string) =>
      `« ${before} » en 2011, « ${after} » aujourd’hui (${by}).`,
    stillItem: (after: string) => `Au mieux « ${after} » aujourd’hui.`,
    fillHint: 'Pour le compléter :',
    noneChanged: 'Rien à signaler.',
    compare2011Title: (names: string) => `Ce que couvraient ${names}`,
    timelineTitle: '2011 → aujourd’hui : les réformes',
    timelineLead:
      'Les dates clés des formations du guide : créations, réformes et remplacements, chacune avec sa source.',
    articleEvent: (names: string) =>
      `Un article de presse rapporte que, pour le secteur, ${names} sont les diplômes les plus formateurs, mais trop généralistes.`,
    articleLabel: 'L’article de départ',

    allTitle: (count: number) => `Comparer toutes les formations (${count})`,
    introAll: (count: number, from: string, to: string) =>
      `Les ${count} formations du guide, de ${from} à ${to}, y compris les diplômes remplacés, placés juste avant leur successeur.`,

    pathTitle: 'Quelle voie pour moi ?',
    pathLead:
      'Dis où tu en es et le métier qui t’attire : le guide te montre les voies possibles, comment y entrer, combien de temps et ce que ça coûte.',
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
    sameStep: (route: number) =>
      `Comment y entrer, combien de temps, combien : voir la voie ${route}.`,
    or: 'ou',
    stepHow: 'Comment entrer',
    stepWhen: 'Quand postuler',
    stepLength: 'Durée',
    stepCost: 'Coût',
    calendarTitle: (name: string, session: number) =>
      `Calendrier ${name} ${session} (dernier vérifié)`,
    calendarUntil: (from: string, until: string) => `du ${from} au ${until}`,
    ruleAffelnetVocational:
      'Après la 3e, on entre en bac pro en demandant une seconde professionnelle par Affelnet ; c’est le chemin le plus direct vers ce métier.',
    ruleParcoursupHigher:
      'Après le bac, BTS, BUT et licences professionnelles se demandent sur Parcoursup, en formation classique ou en apprentissage.',
    ruleParcoursupBtsBacPro:
      'Avec un bac pro, le BTS est la suite la plus courante ; sur Parcoursup, une part des places de BTS est réservée aux bacheliers professionnels.',
    ruleSpecialiseAfterBac:
      'Un certificat de spécialisation ajoute une année pour se spécialiser dans ce métier.',
    ruleWorkThenTitle:
      'On peut aussi travailler d’abord, puis obtenir un titre professionnel par une formation, le CPF ou la VAE.',
    ruleTitleWorkStudy:
      'Un titre professionnel se prépare aussi en alternance, auprès d’un centre de formation.',
    ruleAdultTitle:
      'Pour changer de métier, les titres professionnels se préparent en formation pour adultes : France Travail ou le CPF peuvent la payer, et la VAE reconnaît l’expérience.',
    routeCoverage: (target: string, share: string) =>
      `${target} couvre ${share} de ce dont le métier a besoin.`,
    noRoute:
      'Aucune formation du guide ne mène directement à ce métier depuis ton niveau. Voici ce qu’en dit la fiche du métier :',
    openTitle: 'Ce que tu peux commencer depuis ton niveau',
    pickRole:
      'Choisis aussi un métier : le guide te dira par où passer, comment y entrer et ce qu’il te restera à apprendre.',
    pickLevel: 'Choisis aussi ton niveau : le guide te dira par quelles étapes y arriver.',
    bestTitle: 'La formation qui couvre le mieux ce métier',
    bestBecause: (diploma: string, share: string) =>
      `Parce que ${diploma} couvre ${share} de ce dont le métier a besoin, plus que les autres formations qui y mènent.`,
    bestBecauseReachable: (diploma: string, share: string) =>
      `Parce que ${diploma} couvre ${share} de ce dont le métier a besoin, plus que les autres formations de tes voies.`,
    bestOnly: (diploma: string, share: string) =>
      `Parce que ${diploma} est la seule formation du guide qui y mène depuis ton niveau ; elle couvre ${share} de ce dont le métier a besoin.`,
    bestNotReachable: (diploma: string) =>
      `${diploma} n’est pas accessible directement depuis ton niveau : regarde ses conditions d’entrée dans « Les formations en détail ».`,
    fitsTitle: 'Compétence par compétence',
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

    detailsTitle: (count: number) => `Les formations en détail (${count})`,
    detailsLead: 'Durée, entrée, coût, contenu et débouchés de chaque formation.',
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
    diplomaPageLink: (short: string) => `Page de la formation ${short}`,

    diplomaKicker: 'Fiche formation',
    diplomaHeading: (short: string, name: string) => `${short} — ${name}`,
    allDiplomas: 'Toutes les formations',
    successorLink: (short: string) => `La formation qui l’a remplacé : ${short}`,
    diplomaNotFoundTitle: 'Formation introuvable',
    diplomaNotFoundText: (id: string) =>
      `Aucune formation du guide de Cap Relation Client ne correspond à « ${id} ».`,
    diplomaNotFoundBack: 'Voir toutes les formations',
  },
  en: {
    title: 'Training',
    lead: 'Which diploma for you, and how to get in: today’s courses in plain words, the route from where you are, and what has changed since 2011.',
    jumpToPath: 'Go to “Which route for me?”',
    glossaryLink: 'An unknown acronym? Words of the guide',

    todayTitle: (names: string) => `${names}?`,
    todayLead: (old: string) =>
      `Today’s two BTS, which replaced the ${old}: what each one does, who it suits, and how to get in.`,
    cardsCaption: (names: string) => `${names} at a glance`,
    rowLearn: 'What you learn and do',
    rowForWhom: 'Who it suits',
    rowLength: 'Length',
    rowHow: 'How to get in',
    rowPractice: 'Placements or work-study',
    rowCost: 'What it costs',
    rowJobs: 'Jobs',
    rowNext: 'What comes after',
    moreRows: 'Placements, cost, jobs and what next',
    unknown: 'Not checked',

    chooserTitle: (names: string) => `${names}? Answer 3 questions`,
    chooserLead: 'Each time, pick the answer that is most like you. There is no wrong answer.',
    chooserProgress: (answered: number, total: number) =>
      `${answered} answer${answered > 1 ? 's' : ''} of ${total}.`,
    chooserLeaning: (name: string, count: number, total: number) =>
      `Rather the ${name}: ${count} of your ${total} answers point that way.`,
    chooserTie: 'Both suit you equally: compare their placements and jobs.',
    chooserWhy: 'Why',
    chooserYouSaid: (answer: string, name: string) => `“${answer}”: ${name}.`,
    chooserNote:
      'It is only a hint. Talk it over with your form tutor or a school guidance psychologist.',
    chooserReset: 'Clear my answers',

    coverageTitle: 'What each covers of the sector’s skills',
    legendTitle: 'Coverage levels',
    showAllWhy: 'Show every justification',
    print: 'Print',
    printHint: 'The open comparisons print on landscape A4, justifications included.',
    caption: (names: string) => `Coverage of the sector’s skills: ${names}`,
    scrollLabel: (caption: string) => `${caption} (scrollable table)`,
    scrollHint: 'Swipe the table to see every course.',
    skillHeader: 'Sector skill',
    summaryHeader: 'Summary',
    summary: (covered: number, total: number, core: number) =>
      `${covered} of ${total} covered${core > 0 ? `, ${core} of them core` : ''}`,
    why: 'Why?',
    whyFor: (skill: string, diploma: string) => `${skill}, ${diploma}`,
    thinSkills: (names: string) =>
      `None of these diplomas covers (at best “Touched on”): ${names}.`,
    noThinSkills: 'Every skill is covered by at least one of these diplomas.',
    replacedBy: (successor: string, year: string) =>
      year ? `Replaced by ${successor} in ${year}` : `Replaced by ${successor}`,
    inForce: (from: string, until: string) => `In force from ${from} to ${until}`,
    kindLevel: (kind: string, level: string, school: string) => `${kind} · ${level} (${school})`,
    tableSources: 'Sources of the comparison',
    labelled: (label: string, value: string) => `${label}: ${value}`,

    historyTitle: 'What the sector said in 2011, and what has changed',
    intro2011: (names: string) =>
      `In 2011, according to the Mission nationale de la relation client, the diplomas that best prepared people for these jobs were ${names}. But they were still too general: the sector was calling for specialised profiles.`,
    introReplaced: (replacements: string) => `They have since been replaced: ${replacements}.`,
    replacementItem: (old: string, successor: string, year: string) =>
      `${old} by ${successor}${year ? ` (${year})` : ''}`,
    fixedTitle: 'What the reforms fixed',
    deepenedTitle: 'What went further',
    weakenedTitle: 'What fell back',
    stillTitle: 'What both generations still lack',
    changeItem: (before: string, after: string, by: string) =>
      `“${before}” in 2011, “${after}” today (${by}).`,
    stillItem: (after: string) => `At best “${after}” today.`,
    fillHint: 'To make up for it:',
    noneChanged: 'Nothing to report.',
    compare2011Title: (names: string) => `What the ${names} covered`,
    timelineTitle: '2011 → today: the reforms',
    timelineLead:
      'The key dates of the courses in this guide: when they were created, reformed and replaced, each with its source.',
    articleEvent: (names: string) =>
      `A press article reports that, for the sector, ${names} are the most useful diplomas, but too general.`,
    articleLabel: 'The starting article',

    allTitle: (count: number) => `Compare every course (${count})`,
    introAll: (count: number, from: string, to: string) =>
      `The guide's ${count} courses, from ${from} to ${to}, including the replaced diplomas, each placed just before its successor.`,

    pathTitle: 'Which route for me?',
    pathLead:
      'Say where you are now and which job appeals to you: the guide shows the possible routes, how to get in, how long they take and what they cost.',
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
    sameStep: (route: number) => `How to get in, how long, what it costs: see route ${route}.`,
    or: 'or',
    stepHow: 'How to get in',
    stepWhen: 'When to apply',
    stepLength: 'Length',
    stepCost: 'Cost',
    calendarTitle: (name: string, session: number) =>
      `${name} calendar ${session} (latest checked)`,
    calendarUntil: (from: string, until: string) => `from ${from} to ${until}`,
    ruleAffelnetVocational:
      'After year 10, you start a bac pro by asking for a vocational first year through Affelnet; it is the most direct way to this job.',
    ruleParcoursupHigher:
      'After the baccalauréat, BTS, BUT and professional bachelor’s courses are applied for on Parcoursup, as a student or as an apprentice.',
    ruleParcoursupBtsBacPro:
      'With a bac pro, a BTS is the most common next step; on Parcoursup, a share of BTS places is set aside for vocational baccalauréat holders.',
    ruleSpecialiseAfterBac: 'A specialisation certificate adds one year to specialise in this job.',
    ruleWorkThenTitle:
      'You can also work first, then earn a professional title through a course, the CPF or VAE.',
    ruleTitleWorkStudy:
      'A professional title can also be taken through work-study, with a training centre.',
    ruleAdultTitle:
      'To change career, professional titles are taken through adult training: France Travail or the CPF can pay for it, and VAE recognises experience.',
    routeCoverage: (target: string, share: string) =>
      `${target} covers ${share} of what the job needs.`,
    noRoute:
      'No course in the guide leads straight to this job from your level. Here is what the job profile says:',
    openTitle: 'What you can start from your level',
    pickRole:
      'Choose a job too: the guide will tell you where to go, how to get in and what you will still have to learn.',
    pickLevel: 'Choose your level too: the guide will tell you the steps to get there.',
    bestTitle: 'The course that covers this job best',
    bestBecause: (diploma: string, share: string) =>
      `Because ${diploma} covers ${share} of what the job needs, more than the other courses that lead to it.`,
    bestBecauseReachable: (diploma: string, share: string) =>
      `Because ${diploma} covers ${share} of what the job needs, more than the other courses on your routes.`,
    bestOnly: (diploma: string, share: string) =>
      `Because ${diploma} is the only course in the guide that leads to it from your level; it covers ${share} of what the job needs.`,
    bestNotReachable: (diploma: string) =>
      `${diploma} is not open to you directly from your level: see its entry requirements under “The courses in detail”.`,
    fitsTitle: 'Skill by skill',
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

    detailsTitle: (count: number) => `The courses in detail (${count})`,
    detailsLead: 'Length, entry, cost, content and outcomes of each course.',
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
    diplomaPageLink: (short: string) => `The ${short}’s own page`,

    diplomaKicker: 'Course profile',
    diplomaHeading: (short: string, name: string) => `${short} — ${name}`,
    allDiplomas: 'All the courses',
    successorLink: (short: string) => `The course that replaced it: ${short}`,
    diplomaNotFoundTitle: 'Course not found',
    diplomaNotFoundText: (id: string) =>
      `No course in the Cap Relation Client guide matches “${id}”.`,
    diplomaNotFoundBack: 'See all the courses',
  },
})
