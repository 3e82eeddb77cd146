import { defineMessages } from '@/lib/messages'

export const resultsMessages = defineMessages({
  fr: {
    title: 'Tes résultats',
    preparing: 'Calcul de tes résultats…',
    sharedTitle: 'Résultats d’un questionnaire',
    sharedNote: (code: string) => `Code ${code} ; les réponses de cet appareil restent inchangées.`,
    basedOn: (answered: number, full: boolean) =>
      `D’après ${answered} réponses, version ${full ? 'complète' : 'courte'}. Une piste, pas une obligation.`,
    topTitle: 'Le métier le plus proche de toi',
    topTiedTitle: 'Les métiers les plus proches de toi, à égalité',
    tiedNote: 'À égalité : tes réponses les rapprochent autant l’un que l’autre.',
    'very-close': 'Très proche de toi',
    close: 'Proche',
    explore: 'À explorer',
    because: 'Pourquoi',
    noReason: 'Aucune réponse ne penche nettement vers ce métier.',
    hurdleTitle: 'Point à vérifier',
    hurdleBecause: (dimension: string, gist: string) =>
      `${dimension} : ce métier en demande beaucoup, or ${gist}.`,
    hurdleUnmeasured: (dimension: string) =>
      `${dimension} : ce métier en demande beaucoup, et tes réponses en montrent peu pour l’instant.`,
    reason: (dimension: string, gist: string) => `${dimension} : ${gist}.`,
    /** Between two answers given for the same reason. */
    and: ' ; ',
    /** « Lecture facile »: each answer a sentence of its own. */
    reasonEasy: (dimension: string, sentences: readonly string[]) =>
      `${dimension} : ${sentences.join('. ')}.`,
    roleLink: (title: string) => `La fiche métier : ${title}`,
    guideLink: (title: string) => `Les formations pour devenir ${title}`,
    guideButton: 'Voir les formations',
    guideButtonName: (title: string) => `Voir les formations pour devenir ${title}`,
    roleButton: 'La fiche métier',
    nextTitle: 'Et maintenant ?',
    otherTitle: 'D’autres métiers proches',
    otherDetails: 'Pourquoi, et ce qui peut coincer',
    completes: (first: string) =>
      `Tes réponses ressemblent aussi à un mélange de ${first} et de ce métier.`,
    setAsideTitle: 'Mis de côté, d’après ce que tu as dit',
    setAside: (gist: string, required: string) => `Tu as dit : ${gist}. ${required}`,
    noFitTitle: 'Aucun métier ne ressort vraiment',
    noFitText:
      'Tes réponses sont nettes, mais elles ne ressemblent clairement à aucun des métiers de la relation client présentés ici. Ce n’est pas un échec : c’est une information utile pour chercher ailleurs.',
    noFitOnisep:
      'Pour explorer d’autres métiers, consulte le site de l’Onisep, le service public d’information sur les métiers et les formations, ou parle au psychologue de l’Éducation nationale (PsyEN) de ton établissement.',
    onisepLink: 'Le site de l’Onisep (onisep.fr)',
    closestAnyway: 'Voir quand même les métiers les moins éloignés',
    cantTellTitle: 'Je ne peux pas encore te dire quels métiers te correspondent',
    'too-many-skipped':
      'Tu as passé trop de questions : on ne peut pas dire honnêtement quels métiers te ressemblent.',
    'straight-line':
      'Tu as presque toujours choisi la réponse au même endroit de la liste, quelle qu’elle soit : un résultat calculé là-dessus ne te ressemblerait pas.',
    contradictions: 'Deux de tes réponses se contredisent :',
    contradiction: (a: string, b: string) => `${a}, et pourtant ${b}.`,
    'flat-profile':
      'Tes réponses ne penchent pas assez d’un côté pour qu’un métier ressorte : elles ressemblent à ce que donnerait le hasard.',
    knownTitle: 'Ce qu’on sait déjà',
    knownStrong: (names: string) => `Ce qui ressort le plus de tes réponses : ${names}.`,
    knownNothing: 'Rien ne ressort encore nettement de tes réponses.',
    tryFull: 'Faire la version complète',
    tryFullHint: 'Plus de questions, pour une réponse plus sûre.',
    reviewAnswers: 'Revoir mes réponses',
    codeTitle: 'Ton code de résultat',
    codeText:
      'Pour retrouver ces résultats sur un autre appareil ou les montrer à ton professeur. Il ne contient que tes réponses, rien sur toi.',
    copyCode: 'Copier le code',
    codeCopied: 'Code copié.',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié.',
    copyFailed: 'La copie n’a pas marché : sélectionne le texte et copie-le.',
    linkLabel: 'Lien vers ces résultats :',
    qrLabel: (url: string) => `QR code du lien vers ces résultats : ${url}`,
    qrTooLong: 'Ce lien est trop long pour un QR code : utilise le lien ou le code.',
    profileTitle: 'Ton profil',
    profileIntro:
      'Ce que tes réponses montrent, de « peu » à « beaucoup ». « Pas mesuré » : aucune question de ta version n’en parlait.',
    level0: 'peu',
    level1: 'un peu',
    level2: 'assez',
    level3: 'beaucoup',
    notMeasured: 'pas mesuré',
    allRolesTitle: 'Tous les métiers, du plus proche au moins proche',
    allRolesSetAside: 'mis de côté',
    methodTitle: 'Comment lire ces résultats',
    methodFit: (score: number) =>
      `Le pourcentage dit à quel point tes réponses vont dans le sens de ce que demande le métier : 0 %, c’est ce que donnent des réponses au hasard ; 100 %, les réponses d’une personne faite pour ce métier. Ici, ${score} %.`,
    methodChance: (score: number) =>
      `Pour comparer : des réponses données au hasard aux mêmes questions atteignent en général ${score} % pour leur métier le plus proche.`,
    methodWords:
      '« Très proche de toi » : 70 % ou plus, et mieux que 97 réponses au hasard sur 100. « Proche » : 55 % ou plus, et mieux que 90 sur 100. En dessous : « À explorer ».',
    methodSetAside:
      'Un métier est mis de côté quand tu as dit nettement non à quelque chose qu’il demande (le téléphone toute la journée, la vente, le stress…).',
    score: (score: number) => `${score} %`,
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
    revealKicker: 'Et le métier le plus proche de toi est…',
    revealSkip: 'Passer l’animation',
    strengthsTitle: 'Ce qui ressort de toi',
    shareTitle: 'Partager mes résultats',
    shareText:
      'Une image avec ton métier le plus proche, tes points forts et un QR code vers ces résultats. Elle est créée sur cet appareil : rien n’est envoyé.',
    shareMake: 'Créer mon image',
    shareSave: 'Enregistrer l’image',
    shareSend: 'Partager l’image',
    shareReady: 'Ton image est prête.',
    shareFailed: 'L’image n’a pas pu être créée sur cet appareil.',
    shareFile: 'mes-resultats-cap-relation-client.png',
    cardLabel: (role: string, traits: string) =>
      `Image à partager : mon métier le plus proche, ${role} ; mes points forts : ${traits} ; un QR code vers ces résultats.`,
    cardKicker: 'Mon métier le plus proche',
    cardStrengths: 'Mes points forts',
    cardScan: 'Scanne pour voir mes résultats',
    cardCode: (code: string) => `Code ${code}`,
    cardCloseness: (closeness: 'very-close' | 'close' | 'explore', score: number) =>
      `${{ 'very-close': 'Très proche de moi', close: 'Proche de moi', explore: 'À explorer' }[closeness]} · ${score} %`,
  },
  en: {
    title: 'Your results',
    preparing: 'Working out your results…',
    sharedTitle: 'Results of a questionnaire',
    sharedNote: (code: string) => `Code ${code}; the answers on this device stay as they were.`,
    basedOn: (answered: number, full: boolean) =>
      `From ${answered} answers, ${full ? 'full' : 'short'} version. A lead, not an order.`,
    topTitle: 'The job closest to you',
    topTiedTitle: 'The jobs closest to you, tied',
    tiedNote: 'Tied: your answers bring you as close to one as to the other.',
    'very-close': 'Very close to you',
    close: 'Close',
    explore: 'Worth exploring',
    because: 'Why',
    noReason: 'No answer leans clearly towards this job.',
    hurdleTitle: 'Something to check',
    hurdleBecause: (dimension: string, gist: string) =>
      `${dimension}: this job asks a lot of it, yet ${gist}.`,
    hurdleUnmeasured: (dimension: string) =>
      `${dimension}: this job asks a lot of it, and your answers show little of it so far.`,
    reason: (dimension: string, gist: string) => `${dimension}: ${gist}.`,
    and: '; ',
    reasonEasy: (dimension: string, sentences: readonly string[]) =>
      `${dimension}: ${sentences.join('. ')}.`,
    roleLink: (title: string) => `Job profile: ${title}`,
    guideLink: (title: string) => `Training to become a ${title}`,
    guideButton: 'See the training',
    guideButtonName: (title: string) => `See the training to become a ${title}`,
    roleButton: 'The job profile',
    nextTitle: 'What next?',
    otherTitle: 'Other jobs close to you',
    otherDetails: 'Why, and what could get in the way',
    completes: (first: string) => `Your answers also look like a mix of ${first} and this job.`,
    setAsideTitle: 'Set aside, from what you said',
    setAside: (gist: string, required: string) => `You said: ${gist}. ${required}`,
    noFitTitle: 'No job really stands out',
    noFitText:
      'Your answers are clear, but they do not clearly look like any of the customer-relations jobs presented here. That is not a failure: it is useful to know when you look elsewhere.',
    noFitOnisep:
      'To explore other jobs, look at the website of Onisep, the French public information service on jobs and training, or talk to the guidance psychologist (PsyEN) at your school.',
    onisepLink: 'The Onisep website (onisep.fr)',
    closestAnyway: 'Show the least distant jobs anyway',
    cantTellTitle: 'I cannot tell yet which jobs suit you',
    'too-many-skipped':
      'You skipped too many questions: we cannot say honestly which jobs look like you.',
    'straight-line':
      'You nearly always picked the answer at the same place in the list, whatever it said: a result worked out from that would not look like you.',
    contradictions: 'Two of your answers contradict each other:',
    contradiction: (a: string, b: string) => `${a}, and yet ${b}.`,
    'flat-profile':
      'Your answers do not lean far enough one way for a job to stand out: they look like what chance would give.',
    knownTitle: 'What we already know',
    knownStrong: (names: string) => `What stands out most in your answers: ${names}.`,
    knownNothing: 'Nothing stands out clearly in your answers yet.',
    tryFull: 'Take the full version',
    tryFullHint: 'More questions, for a surer answer.',
    reviewAnswers: 'Check my answers',
    codeTitle: 'Your result code',
    codeText:
      'To see these results on another device or show them to your teacher. It only holds your answers, nothing about you.',
    copyCode: 'Copy the code',
    codeCopied: 'Code copied.',
    copyLink: 'Copy the link',
    linkCopied: 'Link copied.',
    copyFailed: 'Copying did not work: select the text and copy it.',
    linkLabel: 'Link to these results:',
    qrLabel: (url: string) => `QR code of the link to these results: ${url}`,
    qrTooLong: 'This link is too long for a QR code: use the link or the code.',
    profileTitle: 'Your profile',
    profileIntro:
      'What your answers show, from “little” to “a lot”. “Not measured”: no question of your version asked about it.',
    level0: 'little',
    level1: 'some',
    level2: 'quite a lot',
    level3: 'a lot',
    notMeasured: 'not measured',
    allRolesTitle: 'Every job, from closest to least close',
    allRolesSetAside: 'set aside',
    methodTitle: 'How to read these results',
    methodFit: (score: number) =>
      `The percentage says how far your answers go the way the job asks: 0% is what random answers give; 100% the answers of someone made for this job. Here, ${score}%.`,
    methodChance: (score: number) =>
      `To compare: random answers to the same questions usually reach ${score}% for their closest job.`,
    methodWords:
      '“Very close to you”: 70% or more, and better than 97 random answer sets out of 100. “Close”: 55% or more, and better than 90 out of 100. Below: “Worth exploring”.',
    methodSetAside:
      'A job is set aside when you clearly said no to something it requires (the phone all day, selling, stress…).',
    score: (score: number) => `${score}%`,
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
    revealKicker: 'And the job closest to you is…',
    revealSkip: 'Skip the animation',
    strengthsTitle: 'What stands out about you',
    shareTitle: 'Share my results',
    shareText:
      'A picture with your closest job, your strengths and a QR code to these results. It is made on this device: nothing is sent.',
    shareMake: 'Make my picture',
    shareSave: 'Save the picture',
    shareSend: 'Share the picture',
    shareReady: 'Your picture is ready.',
    shareFailed: 'The picture could not be made on this device.',
    shareFile: 'my-results-cap-relation-client.png',
    cardLabel: (role: string, traits: string) =>
      `Picture to share: my closest job, ${role}; my strengths: ${traits}; a QR code to these results.`,
    cardKicker: 'My closest job',
    cardStrengths: 'My strengths',
    cardScan: 'Scan to see my results',
    cardCode: (code: string) => `Code ${code}`,
    cardCloseness: (closeness: 'very-close' | 'close' | 'explore', score: number) =>
      `${{ 'very-close': 'Very close to me', close: 'Close to me', explore: 'Worth exploring' }[closeness]} · ${score}%`,
  },
})

/** Next steps for the top role, short, by where the student is today. */
export const nextStepMessages = defineMessages({
  fr: {
    troisieme:
      'Parles-en à ton professeur principal, et regarde les bacs pros qui mènent à ce métier.',
    'lycee-gt': 'Regarde les BTS et les BUT qui mènent à ce métier, et va à leurs portes ouvertes.',
    'bac-pro': 'Regarde les BTS qui mènent à ce métier, souvent en alternance.',
    'post-bac': 'Cherche un stage ou une alternance dans ce métier pour confirmer ton choix.',
    adulte:
      'Renseigne-toi sur les titres professionnels qui mènent à ce métier, par exemple auprès de France Travail.',
    unknown: 'Le guide des formations te montre les parcours possibles depuis chaque niveau.',
    more: 'Plus de détails sur la suite',
  },
  en: {
    troisieme: 'Talk to your form tutor, and look at the bacs pros that lead to this job.',
    'lycee-gt': 'Look at the BTS and BUT courses that lead to this job, and go to their open days.',
    'bac-pro': 'Look at the BTS courses that lead to this job, often as work-study.',
    'post-bac': 'Look for a placement or work-study in this job to confirm your choice.',
    adulte:
      'Find out about the professional titles that lead to this job, for example from France Travail.',
    unknown: 'The training guide shows the possible routes from each level.',
    more: 'More about what comes next',
  },
})

/** The next step in easy-read wording (« Lecture facile »): short sentences, common words. */
export const nextStepEasyMessages = defineMessages({
  fr: {
    troisieme: 'Parle de ce métier à ton professeur principal. Regarde les bacs pros qui y mènent.',
    'lycee-gt': 'Regarde les BTS et les BUT pour ce métier. Va les voir aux portes ouvertes.',
    'bac-pro': 'Regarde les BTS pour ce métier. Souvent, on peut les faire en alternance.',
    'post-bac':
      'Cherche un stage dans ce métier. Ou une alternance. Tu verras si le métier te plaît.',
    adulte: 'Il existe des titres professionnels pour ce métier. France Travail peut t’en parler.',
    unknown: 'Le guide des formations montre les chemins possibles. Il part de ton niveau.',
  },
  en: {
    troisieme: 'Talk about this job with your form tutor. Look at the bacs pros that lead to it.',
    'lycee-gt': 'Look at the BTS and BUT courses for this job. Visit them on their open days.',
    'bac-pro': 'Look at the BTS courses for this job. You can often do them as work-study.',
    'post-bac':
      'Look for a placement in this job. Or a work-study place. You will see if you like it.',
    adulte: 'There are professional titles for this job. France Travail can tell you about them.',
    unknown: 'The training guide shows the possible routes. It starts from your level.',
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
