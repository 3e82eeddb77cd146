import { defineMessages } from '@/lib/messages'

export const resultsMessages = defineMessages({
  fr: {
    title: 'Tes résultats',
    sharedTitle: 'Résultats d’un questionnaire',
    sharedNote: (code: string) =>
      `Ces résultats sont ceux du code ${code}. Les réponses enregistrées sur cet appareil n’ont pas changé.`,
    lead: 'Voici les métiers de la relation client les plus proches de tes réponses, et pourquoi. C’est une piste, pas une obligation : à toi de voir ce qui te parle.',
    topTitle: 'Les métiers les plus proches de toi',
    match: (score: number) => `Correspondance : ${score} sur 100`,
    matchShort: (score: number) => `${score}/100`,
    because: 'Parce que tu as répondu :',
    reason: (answer: string, prompt: string) => `« ${answer} » à « ${prompt} »`,
    noReason:
      'Aucune réponse ne penche nettement vers ce métier : il ressort surtout parce qu’il ne te contredit pas.',
    hurdleTitle: 'Point à vérifier',
    hurdle: (dimension: string) => `Ce métier demande beaucoup sur le point « ${dimension} »`,
    hurdleBecause: (answer: string, prompt: string) =>
      `Or tu as répondu « ${answer} » à « ${prompt} »`,
    hurdleUnmeasured: 'Or tes réponses en montrent peu.',
    noHurdle: 'Rien dans tes réponses ne s’oppose nettement à ce métier.',
    roleLink: (title: string) => `La fiche métier : ${title}`,
    guideLink: (title: string) => `Les formations pour devenir ${title}`,
    noFitTitle: 'Aucun métier ne ressort vraiment',
    noFitText:
      'Tes réponses ne correspondent clairement à aucun des métiers de la relation client présentés ici. Ce n’est pas un échec : cela t’aide à chercher ailleurs, et c’est une information utile.',
    noFitOnisep:
      'Pour explorer d’autres métiers, consulte le site de l’Onisep, le service public d’information sur les métiers et les formations, ou parle au psychologue de l’Éducation nationale (PsyEN) de ton établissement.',
    onisepLink: 'Le site de l’Onisep (onisep.fr)',
    closestAnyway: 'Voir quand même les métiers les moins éloignés',
    notInformativeTitle: 'Tes réponses ne suffisent pas pour te proposer des métiers',
    'too-many-skipped':
      'Tu as passé trop de questions : on ne peut pas dire honnêtement quels métiers te correspondent. Reprends le questionnaire et réponds à quelques questions de plus.',
    'straight-line':
      'Tu as donné presque toujours la même réponse : un résultat calculé là-dessus ne te ressemblerait pas. Relis tes réponses pour choisir celles qui te correspondent vraiment.',
    contradictions:
      'Deux de tes réponses se contredisent : relis-les pour garder celle qui te correspond.',
    'flat-profile':
      'Tes réponses ne penchent vers rien en particulier : aucun métier ne peut ressortir. Relis tes réponses, ou essaie la version complète du questionnaire.',
    profileTitle: 'Ton profil',
    profileSummary: (top: string, low: string) =>
      `Ce qui ressort le plus de tes réponses : ${top}. Ce qui ressort le moins : ${low}.`,
    profileNotMeasured: (names: string) => `Pas mesuré par tes réponses : ${names}.`,
    dimensionHeader: 'Ce que tu aimes ou sais faire',
    levelHeader: 'Niveau',
    nextTitle: 'Et maintenant ?',
    nextGuide: 'Voir les formations qui mènent à ces métiers',
    nextOnisep: 'Explorer tous les métiers sur le site de l’Onisep',
    nextUnknownLevel:
      'Tu n’as pas dit où tu en es : le guide des formations te montre les parcours possibles depuis chaque niveau.',
    codeTitle: 'Ton code de résultat',
    codeText:
      'Avec ce code, tu retrouves ces résultats sur un autre appareil, ou tu peux le donner à ton professeur. Il ne contient que tes réponses, rien sur toi.',
    codeLabel: 'Code',
    linkLabel: 'Lien vers ces résultats',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'La copie n’a pas marché : sélectionne le lien et copie-le.',
    print: 'Imprimer',
    editAnswers: 'Modifier mes réponses',
    restart: 'Recommencer le questionnaire',
    takeQuiz: 'Faire le questionnaire moi-même',
    noResultsTitle: 'Pas encore de résultats',
    noResultsText:
      'Réponds au questionnaire pour voir les métiers qui te correspondent. Il ne faut que quelques minutes.',
    startShort: 'Commencer la version courte',
    startFull: 'Commencer la version complète',
    unfinishedText:
      'Ton questionnaire n’est pas terminé : il reste des questions avant les résultats.',
    resume: 'Reprendre le questionnaire',
    codeFormTitle: 'Tu as un code de résultat ?',
    codeFormLabel: 'Code de résultat',
    codeFormHint: 'Par exemple 7KQ2-M9X4-B8. Les tirets et les minuscules sont acceptés.',
    codeFormSubmit: 'Voir ces résultats',
    codeErrorTitle: 'Ce code ne peut pas être lu',
    empty: 'Le code est vide : tape les caractères de ton code.',
    'too-long': (length: number) =>
      `Ce texte fait ${length} caractères : c’est bien trop long pour un code de résultat, qui en a au plus 20.`,
    'bad-character': (character: string, position: number) =>
      `Le caractère « ${character} » (en position ${position}) n’existe pas dans les codes. Un code n’utilise que des chiffres et des lettres (jamais de U), séparés par des tirets.`,
    'wrong-length': (symbols: number, short: number, full: number) =>
      `Ce code a ${symbols} caractère${symbols > 1 ? 's' : ''} sans compter les tirets ; un code en a ${short} ou ${full}. Vérifie qu’il ne manque rien ou qu’il n’y a rien en trop.`,
    'bad-checksum':
      'Ce code contient une faute de frappe : un caractère est faux, ou deux caractères voisins sont inversés. Compare-le caractère par caractère avec le code d’origine.',
    'other-version': (version: number, current: number) =>
      `Ce code vient d’une autre version du questionnaire (version ${version} ; celle-ci est la version ${current}) : il ne peut pas être lu ici. Refais le questionnaire pour obtenir un nouveau code.`,
    'impossible-answers':
      'Ce code ne correspond à aucune suite de réponses possible. Compare-le caractère par caractère avec le code d’origine.',
  },
  en: {
    title: 'Your results',
    sharedTitle: 'Results of a questionnaire',
    sharedNote: (code: string) =>
      `These are the results of code ${code}. The answers saved on this device have not changed.`,
    lead: 'These are the customer-relations jobs closest to your answers, and why. They are leads, not orders: it is up to you to see what speaks to you.',
    topTitle: 'The jobs closest to you',
    match: (score: number) => `Match: ${score} out of 100`,
    matchShort: (score: number) => `${score}/100`,
    because: 'Because you answered:',
    reason: (answer: string, prompt: string) => `“${answer}” to “${prompt}”`,
    noReason:
      'No answer leans clearly towards this job: it comes up mainly because nothing you said goes against it.',
    hurdleTitle: 'Something to check',
    hurdle: (dimension: string) => `This job asks a lot on “${dimension}”`,
    hurdleBecause: (answer: string, prompt: string) =>
      `Yet you answered “${answer}” to “${prompt}”`,
    hurdleUnmeasured: 'Yet your answers show little of it.',
    noHurdle: 'Nothing in your answers clearly goes against this job.',
    roleLink: (title: string) => `Job profile: ${title}`,
    guideLink: (title: string) => `Training to become a ${title}`,
    noFitTitle: 'No job really stands out',
    noFitText:
      'Your answers do not clearly match any of the customer-relations jobs presented here. That is not a failure: it helps you look elsewhere, and it is useful to know.',
    noFitOnisep:
      'To explore other jobs, look at the website of Onisep, the French public information service on jobs and training, or talk to the guidance psychologist (PsyEN) at your school.',
    onisepLink: 'The Onisep website (onisep.fr)',
    closestAnyway: 'Show the least distant jobs anyway',
    notInformativeTitle: 'Your answers are not enough to suggest jobs',
    'too-many-skipped':
      'You skipped too many questions: we cannot say honestly which jobs suit you. Go back to the questionnaire and answer a few more questions.',
    'straight-line':
      'You gave almost the same answer every time: a result worked out from that would not look like you. Check your answers and pick the ones that really fit you.',
    contradictions:
      'Two of your answers contradict each other: check them and keep the one that fits you.',
    'flat-profile':
      'Your answers do not lean towards anything in particular: no job can stand out. Check your answers, or try the full version of the questionnaire.',
    profileTitle: 'Your profile',
    profileSummary: (top: string, low: string) =>
      `What stands out most in your answers: ${top}. What stands out least: ${low}.`,
    profileNotMeasured: (names: string) => `Not measured by your answers: ${names}.`,
    dimensionHeader: 'What you enjoy or can do',
    levelHeader: 'Level',
    nextTitle: 'What next?',
    nextGuide: 'See the training that leads to these jobs',
    nextOnisep: 'Explore every job on the Onisep website',
    nextUnknownLevel:
      'You did not say where you are now: the training guide shows the possible routes from each level.',
    codeTitle: 'Your result code',
    codeText:
      'With this code you can see these results again on another device, or give it to your teacher. It only holds your answers, nothing about you.',
    codeLabel: 'Code',
    linkLabel: 'Link to these results',
    copy: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: 'Copying did not work: select the link and copy it.',
    print: 'Print',
    editAnswers: 'Change my answers',
    restart: 'Start the questionnaire again',
    takeQuiz: 'Take the questionnaire myself',
    noResultsTitle: 'No results yet',
    noResultsText:
      'Answer the questionnaire to see which jobs suit you. It only takes a few minutes.',
    startShort: 'Start the short version',
    startFull: 'Start the full version',
    unfinishedText:
      'Your questionnaire is not finished: there are questions left before the results.',
    resume: 'Carry on with the questionnaire',
    codeFormTitle: 'Do you have a result code?',
    codeFormLabel: 'Result code',
    codeFormHint: 'For example 7KQ2-M9X4-B8. Hyphens and lower case are fine.',
    codeFormSubmit: 'See these results',
    codeErrorTitle: 'This code cannot be read',
    empty: 'The code is empty: type the characters of your code.',
    'too-long': (length: number) =>
      `This text is ${length} characters long: far too long for a result code, which has at most 20.`,
    'bad-character': (character: string, position: number) =>
      `The character “${character}” (at position ${position}) never appears in codes. A code only uses digits and letters (never U), separated by hyphens.`,
    'wrong-length': (symbols: number, short: number, full: number) =>
      `This code has ${symbols} character${symbols > 1 ? 's' : ''} not counting hyphens; a code has ${short} or ${full}. Check that nothing is missing or added.`,
    'bad-checksum':
      'This code has a typing mistake: one character is wrong, or two neighbouring characters are swapped. Compare it character by character with the original code.',
    'other-version': (version: number, current: number) =>
      `This code comes from another version of the questionnaire (version ${version}; this is version ${current}): it cannot be read here. Take the questionnaire again to get a new code.`,
    'impossible-answers':
      'This code does not match any possible set of answers. Compare it character by character with the original code.',
  },
})

/** What to do next, by where the student is today. Diplomas themselves come from the content. */
export const nextStepsMessages = defineMessages({
  fr: {
    troisieme:
      'Tu es en 3e : c’est le moment de choisir ta voie. La voie professionnelle (bac pro) mène le plus directement à ces métiers ; la voie générale ou technologique y mène aussi, après un BTS ou un BUT. Parles-en à ton professeur principal ou au psychologue de l’Éducation nationale, et profite de ton stage d’observation pour découvrir un service client.',
    'lycee-gt':
      'Tu es au lycée général ou technologique : après le bac, un BTS ou un BUT mène à ces métiers, souvent en alternance. Compare les formations dans le guide, puis va à leurs journées portes ouvertes.',
    'bac-pro':
      'Tu prépares un bac pro : tu pourras commencer à travailler après ton bac, te spécialiser encore, ou préparer un BTS, souvent en alternance. Tes périodes de stage sont l’occasion d’essayer un centre de contacts.',
    'post-bac':
      'Tu as le bac et tu continues tes études : un stage ou une alternance dans un service client t’aidera à confirmer ton choix. Regarde quelles formations mènent au métier qui t’attire.',
    adulte:
      'Tu veux changer de métier : des titres professionnels du ministère du Travail préparent aux métiers de la relation client à distance, y compris pour encadrer une équipe. Renseigne-toi auprès de France Travail ou d’un conseiller en évolution professionnelle, et essaie le métier lors d’une immersion en entreprise.',
    diplomasFor: (role: string) =>
      `Des formations ouvertes depuis ton niveau qui mènent au métier de ${role} :`,
  },
  en: {
    troisieme:
      'You are in year 10 (3e): this is when you choose your route. The vocational route (bac pro) leads most directly to these jobs; the general or technological route leads there too, after a BTS or a BUT. Talk to your form tutor or to the school’s guidance psychologist, and use your work-experience week to discover a customer service.',
    'lycee-gt':
      'You are at a general or technological lycée: after the baccalauréat, a BTS or a BUT leads to these jobs, often as work-study. Compare the courses in the guide, then go to their open days.',
    'bac-pro':
      'You are studying for a bac pro: you can start working after your bac, specialise further, or go on to a BTS, often as work-study. Your work placements are a chance to try a contact centre.',
    'post-bac':
      'You have the baccalauréat and are still studying: a placement or work-study in a customer service will help you confirm your choice. Look at which courses lead to the job that appeals to you.',
    adulte:
      'You want to change career: professional titles from the Ministry of Labour prepare for remote customer-relations jobs, including leading a team. Ask France Travail or a career-development adviser (conseil en évolution professionnelle), and try the job out during a short placement in a company.',
    diplomasFor: (role: string) => `Courses open from your level that lead to the job of ${role}:`,
  },
})
