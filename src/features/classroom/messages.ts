import { formatNumber } from '@/lib/i18n'
import { defineMessages } from '@/lib/messages'

/** Counts reach 1 000 (a session's codes): written with the language's thousands separator. */
const fr = (value: number) => formatNumber(value, 'fr')
const en = (value: number) => formatNumber(value, 'en')

export const classroomMessages = defineMessages({
  fr: {
    title: 'Mode classe',
    lead: 'Pour une heure de classe : les élèves font le questionnaire sur leur appareil, vous rassemblez leurs codes de résultat, et le tableau de la classe lance la discussion.',
    privacyTitle: 'Aucune donnée personnelle',
    privacy:
      'Ne demandez ni nom ni prénom : un code de résultat ne contient que des réponses, rien sur l’élève. La séance (vos réglages et les codes) reste sur cet appareil ; rien n’est envoyé nulle part.',
    stepsLabel: 'Les étapes de la séance',
    optional: 'facultatif',
    'step-preparer': 'Préparer',
    'step-projeter': 'Projeter le lien',
    'step-vrai-ou-faux': 'Vrai ou faux ?',
    'step-codes': 'Recueillir les codes',
    'step-tableau': 'Tableau de la classe',
    next: (step: string) => `Étape suivante : ${step}`,
    back: (step: string) => `Revenir à : ${step}`,

    // Classes
    classesTitle: 'Classe',
    className: 'Nom de la classe (facultatif)',
    classNamePlaceholder: 'Par exemple : 2nde B — 12 mars',
    unnamedClass: (n: number) => `Classe sans nom ${n}`,
    openClass: 'Ouvrir une autre classe',
    classOption: (name: string, count: number) =>
      `${name} (${fr(count)} code${count > 1 ? 's' : ''})`,
    classOpened: (name: string, count: number) =>
      `Classe « ${name} » ouverte : ${fr(count)} code${count > 1 ? 's' : ''}.`,
    newClass: 'Nouvelle classe',
    classCreated: 'Nouvelle classe créée, avec les mêmes réglages. Donnez-lui un nom.',
    deleteClass: 'Supprimer cette classe',
    deleteClassConfirmText: (name: string, count: number) =>
      `Supprimer la classe « ${name} » et ses ${fr(count)} code${count > 1 ? 's' : ''} de cet appareil ? Enregistrez d’abord la séance dans un fichier si vous en aurez besoin.`,
    deleteClassConfirm: 'Oui, supprimer la classe',
    classDeleted: (name: string) => `Classe « ${name} » supprimée.`,

    // Set-up
    setupTitle: 'Préparer la séance',
    setupText:
      'Choisissez la version du questionnaire et sa langue : le lien projeté pour les élèves les ouvre directement.',
    lengthLegend: 'Version du questionnaire',
    lengthShort: 'Courte',
    lengthFull: 'Complète',
    lengthHint: (min: number, max: number, minutes: number) =>
      `${min === max ? min : `${min} à ${max}`} questions, environ ${minutes} minutes`,
    lengthShortAdvice: 'La version courte laisse le temps d’en parler dans l’heure.',
    languageLegend: 'Langue du questionnaire pour les élèves',
    french: 'Français',
    english: 'English',
    warmUpLegend: 'Pour commencer',
    warmUpLabel: 'Lancer la séance par le « Vrai ou faux ? » sur les idées reçues du secteur',
    warmUpHint: (count: number) =>
      `${fr(count)} affirmations projetées ; la classe vote à main levée. Comptez environ une minute par affirmation.`,
    devicesLegend: 'Appareils',
    sharedDevicesLabel: 'Les élèves se passent les mêmes appareils (tablettes de la classe)',
    sharedDevicesHint:
      'Le lien projeté ouvre le mode « appareil partagé » : à la fin, le bouton « Élève suivant » efface les réponses de cet appareil et relance le questionnaire pour l’élève suivant.',
    sessionInProgress: (count: number) =>
      count === 0
        ? 'Aucun code recueilli pour l’instant.'
        : `Séance en cours : ${fr(count)} code${count > 1 ? 's' : ''} déjà recueilli${count > 1 ? 's' : ''}.`,

    // Projection
    projectTitle: 'Projeter le lien',
    projectText:
      'Projetez cette page : les élèves ouvrent le lien ou scannent le QR code avec leur téléphone.',
    enterProjection: 'Plein écran pour projeter',
    exitProjection: 'Quitter le plein écran (Échap)',
    projectionOn:
      'Plein écran : l’en-tête du site est masqué. Touche Échap ou bouton « Quitter » pour revenir.',
    studentsTitle: 'Pour les élèves',
    studentStep1: 'Ouvrez ce lien, ou scannez le QR code :',
    studentStep2: (minutes: number) =>
      `Répondez aux questions, une par écran : environ ${minutes} minutes.`,
    studentStep3: 'À la fin, notez votre code de résultat et donnez-le à votre professeur.',
    studentPrivacy: 'Pas de compte, pas de nom : vos réponses restent sur votre appareil.',
    qrLabel: (link: string) => `QR code du lien : ${link}`,
    qrTooLong:
      'Ce lien est trop long pour un QR code : recopiez-le depuis l’écran, il est écrit en grand.',
    copyLink: 'Copier le lien (pour l’ENT ou un message)',
    linkCopied: 'Lien copié.',
    linkCopyFailed: 'La copie n’a pas marché : sélectionnez le lien et copiez-le.',
    removeShort: 'Retirer',
    remove: (code: string) => `Retirer ${code}`,
    lengthAndLanguage: (length: string, language: string) =>
      `Questionnaire ${length}, en ${language}`,
    shortName: 'court',
    fullName: 'complet',
    frenchName: 'français',
    englishName: 'anglais',

    // Warm-up
    warmUpTitle: 'Échauffement : vrai ou faux ?',
    warmUpText:
      'Lisez chaque affirmation à voix haute, faites voter la classe à main levée, puis cliquez sur la réponse de la majorité. L’explication s’affiche, avec sa source.',
    warmUpSkipped:
      'Vous avez choisi de ne pas commencer par le « Vrai ou faux ? » : vous pouvez tout de même le lancer ici.',

    // Gathering codes
    codesTitle: 'Recueillir les codes de résultat',
    codesText:
      'Collez ce que les élèves vous ont envoyé, tel quel : messages, listes avec des prénoms, liens « Copier le lien » de leurs résultats. Chaque code trouvé est ajouté, le reste est ignoré. Vous pouvez aussi taper un code lu à voix haute.',
    codesLabel: 'Codes de résultat',
    codesHint:
      'Par exemple 7KQ2-M9X4-B8, « Léa : 7KQ2 M9X4 B8 » ou un lien de résultats. Un code mal lu reste dans la zone, avec la raison.',
    ignoredStatus: (count: number) =>
      count === 1
        ? 'Un passage sans code a été ignoré.'
        : `${fr(count)} passages sans code ont été ignorés.`,
    addCodes: 'Ajouter les codes',
    addedStatus: (added: number, total: number) =>
      `${added === 0 ? 'Aucun code ajouté' : added === 1 ? '1 code ajouté' : `${fr(added)} codes ajoutés`}. La liste compte ${fr(total)} code${total > 1 ? 's' : ''}.`,
    removedStatus: (code: string, total: number) =>
      `Code ${code} retiré. La liste compte ${fr(total)} code${total > 1 ? 's' : ''}.`,
    nothingTyped: 'Tapez ou collez au moins un code.',
    scanOpen: 'Scanner les codes',
    scanHint: 'avec la caméra de cet appareil : chaque élève montre le QR code de ses résultats.',
    scanLoading: 'Chargement du lecteur de QR codes…',
    scanStopped: (total: number) =>
      `Caméra arrêtée. La liste compte ${fr(total)} code${total > 1 ? 's' : ''}.`,
    rejectedTitle: (count: number) =>
      count === 1 ? 'Un code n’a pas pu être lu' : `${fr(count)} codes n’ont pas pu être lus`,
    rejectedText:
      'Ils sont restés dans la zone de saisie : corrigez-les avec l’élève, puis cliquez de nouveau sur « Ajouter les codes ».',
    duplicatesTitle: 'Déjà dans la liste',
    duplicatesText:
      'Ces codes sont déjà dans la liste et n’ont pas été ajoutés de nouveau. Si deux élèves ont donné exactement les mêmes réponses, ajoutez le code une seconde fois.',
    addAnyway: (code: string) => `Ajouter ${code} une seconde fois`,
    listTitle: (count: number) =>
      count === 0
        ? 'Aucun code dans la liste'
        : `La liste : ${fr(count)} code${count > 1 ? 's' : ''}`,
    listEmpty: 'Les codes ajoutés apparaîtront ici.',
    unreadableInList: (reason: string) => `illisible : ${reason}`,
    duplicatesStatus: (count: number) =>
      count === 1 ? 'Un code déjà dans la liste.' : `${fr(count)} codes déjà dans la liste.`,

    // Result code errors, for the counsellor
    'list-full': (max: number) => `la liste est pleine (${fr(max)} codes au plus)`,

    // Board
    boardTitle: 'Tableau de la classe',
    boardEmpty:
      'Aucun code pour l’instant : recueillez les codes des élèves pour voir le tableau de la classe.',
    boardCount: (count: number) =>
      count === 0
        ? 'Aucun code valide'
        : `${fr(count)} code${count > 1 ? 's' : ''} valide${count > 1 ? 's' : ''}`,
    boardBreakdown: (ranked: number, noFit: number, notInformative: number) =>
      `${fr(ranked)} élève${ranked > 1 ? 's' : ''} avec au moins un métier proche ; ${fr(noFit)} pour qui aucun métier ne ressort ; ${fr(notInformative)} dont les réponses ne suffisent pas.`,
    boardUnreadable: (count: number) =>
      count === 1
        ? '1 code de la liste ne peut pas être lu et n’est pas compté : voir l’étape « Recueillir les codes ».'
        : `${fr(count)} codes de la liste ne peuvent pas être lus et ne sont pas comptés : voir l’étape « Recueillir les codes ».`,
    projectBoard: 'Projeter le tableau, un graphique par écran',
    previousSlide: 'Précédent',
    nextSlide: 'Suivant',
    nextPrompt: 'Question suivante',
    slideWhere: (n: number, total: number) =>
      `Écran ${n} sur ${fr(total)} — flèches ou Page suivante pour avancer.`,
    promptWhere: (shown: number, count: number, n: number, total: number) =>
      `Écran ${n} sur ${fr(total)} : question ${shown} sur ${fr(count)}.`,
    boardClass: (name: string) => `Classe : ${name}`,
    boardMix: (short: number, full: number, versions: string) =>
      `Questionnaire court : ${fr(short)}, complet : ${fr(full)}. Versions du questionnaire : ${versions}.`,
    versionCount: (version: number, count: number) => `version ${version} (${fr(count)})`,
    studentTableTitle: (count: number) =>
      `Code par code (${fr(count)} élève${count > 1 ? 's' : ''})`,
    studentTableHint:
      'Chaque code ouvre les résultats de cet élève, sans toucher à vos propres réponses. L’étiquette (un prénom, un repère) est pour vous seul : elle reste sur cet appareil, jamais dans le fichier de séance, le CSV ni l’impression.',
    tableNumber: 'N°',
    tableCode: 'Code',
    tableTop: 'Métiers les plus proches',
    tableLabel: 'Étiquette privée',
    labelFor: (code: string) => `Étiquette privée pour ${code}`,
    openResults: (code: string) => `Résultats de ${code}`,
    'top-no-fit': 'aucun métier ne ressort',
    'top-not-informative': 'réponses insuffisantes',
    'top-unreadable': 'code illisible',
    compareTitle: 'Comparer deux classes',
    compareWith: 'Comparer avec',
    compareNone: 'Pas de comparaison',
    compareHint: 'Une autre classe gardée sur cet appareil, côte à côte avec celle-ci.',
    compareEmpty:
      'Aucune autre classe avec des codes sur cet appareil : créez-en une (« Nouvelle classe ») ou importez une séance.',
    firstRolesTitle: 'Le métier le plus proche de chaque élève',
    firstRolesSummary: (top: string, count: number, total: number) =>
      `${top} arrive en tête pour ${fr(count)} élève${count > 1 ? 's' : ''} sur ${fr(total)}.`,
    topThreeTitle: 'Les métiers cités dans le « top 3 » des élèves',
    topThreeSummary: (top: string, count: number, total: number) =>
      `${top} figure parmi les trois métiers les plus proches de ${fr(count)} élève${count > 1 ? 's' : ''} sur ${fr(total)}.`,
    roleHeader: 'Métier',
    studentsHeader: 'Élèves',
    studentsValue: (count: number, percent: string) =>
      `${fr(count)} élève${count > 1 ? 's' : ''} (${percent})`,
    noRanked:
      'Pour aucun élève un métier ne ressort nettement : la répartition des métiers n’aurait pas de sens. Le profil de la classe reste parlant.',
    interestsTitle: 'Les centres d’intérêt de la classe (moyenne)',
    skillsTitle: 'Les savoir-faire de la classe (moyenne)',
    profileSummary: (top: string, low: string) =>
      `En moyenne, ce qui ressort le plus : ${top}. Le moins : ${low}.`,
    dimensionHeader: 'Dimension',
    meanHeader: 'Niveau moyen',
    levelsTitle: 'Où en sont les élèves',
    levelHeader: 'Niveau',
    unknownLevel: 'Non précisé',
    promptsTitle: 'Pour lancer la discussion',
    'prompt-first-role': (role: string, count: number) =>
      `« ${role} » arrive en tête pour ${fr(count)} élève${count > 1 ? 's' : ''}. Qui peut décrire une journée dans ce métier ? Qu’est-ce qui vous attire, qu’est-ce qui vous freine ?`,
    'prompt-absent-role': (role: string) =>
      `Personne n’a « ${role} » parmi ses trois métiers les plus proches. Connaissiez-vous ce métier ? Lisez sa fiche ensemble : qu’est-ce qui pourrait vous y plaire ?`,
    'prompt-strong-and-weak': (strong: string, weak: string) =>
      `La classe ressort surtout « ${strong} », et moins « ${weak} ». Dans quels métiers d’un centre de contact ces qualités comptent-elles le plus ?`,
    'prompt-no-fit': (count: number) =>
      `Pour ${fr(count)} élève${count > 1 ? 's' : ''}, aucun métier du secteur ne ressort. C’est une information utile, pas un échec : quels autres métiers vous attirent ? Le site de l’Onisep aide à les explorer.`,
    'prompt-cliches':
      'Après le « Vrai ou faux ? » : quelle idée reçue sur les centres de contact vous a le plus surpris ? D’où venait-elle ?',
    'prompt-bots-and-humans':
      'Les demandes simples sont de plus en plus traitées en ligne, sans conseiller. Quelles demandes resteront à des humains, et qu’est-ce que cela change pour ces métiers ?',
    'prompt-training':
      'Depuis votre niveau, quelles formations mènent à ces métiers ? Ouvrez le guide des formations pour comparer.',
    guideLink: 'Le guide des formations',
    onisepLink: 'Le site de l’Onisep (onisep.fr)',
    roleLink: (role: string) => `La fiche métier : ${role}`,
    downloadCsv: 'Télécharger le tableau (CSV)',
    csvHint:
      'Une ligne par code : code, longueur du questionnaire, sa version, niveau, résultat, les trois métiers les plus proches et leur score. Séparateur point-virgule, pour un tableur en français.',
    print: 'Imprimer le tableau',
    printedOn: (date: string) => `Imprimé le ${date}.`,

    // CSV
    csvFile: 'tableau-classe',
    csvClass: 'Classe',
    csvCode: 'Code',
    csvLength: 'Longueur',
    csvVersion: 'Version du questionnaire',
    csvLevel: 'Niveau',
    csvStatus: 'Résultat',
    csvRole: (n: number) => `Métier ${n}`,
    csvScore: (n: number) => `Score ${n} (sur 100)`,
    csvShort: 'courte',
    csvFull: 'complète',
    'csv-fits': 'un métier ressort',
    'csv-no-fit': 'aucun métier ne ressort nettement',
    'csv-not-informative': 'réponses insuffisantes',
    'csv-unreadable': (reason: string) => `code illisible : ${reason}`,

    // Session
    sessionTitle: 'La séance sur cet appareil',
    sessionFile: 'seance-classe',
    sessionText:
      'Les codes et vos réglages restent dans ce navigateur, même après l’avoir fermé. Pour les garder ailleurs ou les reprendre sur un autre ordinateur, enregistrez la séance dans un fichier.',
    exportSession: 'Enregistrer la séance (fichier)',
    exported: (file: string) => `Séance enregistrée dans le fichier ${file}.`,
    importLabel: 'Reprendre une séance enregistrée (fichier .json)',
    importHint:
      'Les codes du fichier s’ajoutent à ceux de la liste, sans doublon ; rien n’est effacé.',
    imported: (added: number, total: number) =>
      `Fichier importé : ${added === 0 ? 'aucun nouveau code' : added === 1 ? '1 nouveau code' : `${fr(added)} nouveaux codes`}. La liste compte ${fr(total)} code${total > 1 ? 's' : ''}.`,
    importedDropped: (count: number) =>
      `${fr(count)} élément${count > 1 ? 's' : ''} du fichier ne ressemblai${count > 1 ? 'ent' : 't'} pas à des codes et n’${count > 1 ? 'ont' : 'a'} pas été repris.`,
    importedNotAdded: (count: number) =>
      `${fr(count)} code${count > 1 ? 's' : ''} n’${count > 1 ? 'ont' : 'a'} pas été ajouté${count > 1 ? 's' : ''} : la liste est pleine.`,
    importFailed: (reason: string) =>
      `Ce fichier n’a pas pu être importé : ${reason}. La séance en cours n’a pas changé.`,
    'file-too-large': 'il est bien trop gros pour une séance',
    'file-not-json':
      'ce n’est pas un fichier de séance (choisissez le fichier .json enregistré par le bouton « Enregistrer la séance »)',
    'file-not-a-session': 'il ne contient pas de séance du mode classe',
    'file-newer-format':
      'il vient d’une version plus récente de l’application ; ouvrez-le avec celle-ci',
    'file-unreadable': 'le fichier n’a pas pu être lu',
    clearSession: 'Effacer les codes de la séance',
    clearConfirmText: (count: number) =>
      `Effacer les ${fr(count)} code${count > 1 ? 's' : ''} de cet appareil ? Vos réglages restent. Pensez à enregistrer la séance d’abord si vous voulez la garder.`,
    clearConfirm: 'Oui, effacer les codes',
    clearCancel: 'Annuler',
    cleared: 'Les codes de la séance sont effacés.',
  },
  en: {
    title: 'Class mode',
    lead: 'For a class hour: students take the questionnaire on their own devices, you gather their result codes, and the class board gets the discussion going.',
    privacyTitle: 'No personal data',
    privacy:
      'Ask for no names: a result code holds answers only, nothing about the student. The session (your settings and the codes) stays on this device; nothing is sent anywhere.',
    stepsLabel: 'The steps of the session',
    optional: 'optional',
    'step-preparer': 'Set up',
    'step-projeter': 'Project the link',
    'step-vrai-ou-faux': 'True or false?',
    'step-codes': 'Gather the codes',
    'step-tableau': 'Class board',
    next: (step: string) => `Next step: ${step}`,
    back: (step: string) => `Back to: ${step}`,

    classesTitle: 'Class',
    className: 'Class name (optional)',
    classNamePlaceholder: 'For example: Year 11 B — 12 March',
    unnamedClass: (n: number) => `Unnamed class ${n}`,
    openClass: 'Open another class',
    classOption: (name: string, count: number) =>
      `${name} (${en(count)} code${count === 1 ? '' : 's'})`,
    classOpened: (name: string, count: number) =>
      `Class “${name}” open: ${en(count)} code${count === 1 ? '' : 's'}.`,
    newClass: 'New class',
    classCreated: 'New class made, with the same settings. Give it a name.',
    deleteClass: 'Delete this class',
    deleteClassConfirmText: (name: string, count: number) =>
      `Delete the class “${name}” and its ${en(count)} code${count === 1 ? '' : 's'} from this device? Save the session to a file first if you will need it.`,
    deleteClassConfirm: 'Yes, delete the class',
    classDeleted: (name: string) => `Class “${name}” deleted.`,

    setupTitle: 'Set up the session',
    setupText:
      'Choose the version of the questionnaire and its language: the link projected for the students opens it directly.',
    lengthLegend: 'Version of the questionnaire',
    lengthShort: 'Short',
    lengthFull: 'Full',
    lengthHint: (min: number, max: number, minutes: number) =>
      `${min === max ? min : `${min} to ${max}`} questions, about ${minutes} minutes`,
    lengthShortAdvice: 'The short version leaves time to talk about it within the hour.',
    languageLegend: 'Language of the questionnaire for the students',
    french: 'Français',
    english: 'English',
    warmUpLegend: 'To begin',
    warmUpLabel: 'Open the session with the “True or false?” quiz on the sector’s clichés',
    warmUpHint: (count: number) =>
      `${en(count)} statements on the screen; the class votes by a show of hands. Allow about a minute per statement.`,
    devicesLegend: 'Devices',
    sharedDevicesLabel: 'Students pass the same devices on (the class’s tablets)',
    sharedDevicesHint:
      'The projected link opens the “shared device” mode: at the end, the “Next student” button clears this device’s answers and starts the questionnaire again for the next student.',
    sessionInProgress: (count: number) =>
      count === 0
        ? 'No codes gathered yet.'
        : `Session in progress: ${en(count)} code${count === 1 ? '' : 's'} already gathered.`,

    projectTitle: 'Project the link',
    projectText:
      'Put this page on the projector: students open the link or scan the QR code with their phone.',
    enterProjection: 'Full screen for the projector',
    exitProjection: 'Leave full screen (Esc)',
    projectionOn:
      'Full screen: the site’s header is hidden. Press Esc or the “Leave” button to come back.',
    studentsTitle: 'For students',
    studentStep1: 'Open this link, or scan the QR code:',
    studentStep2: (minutes: number) =>
      `Answer the questions, one per screen: about ${minutes} minutes.`,
    studentStep3: 'At the end, write down your result code and give it to your teacher.',
    studentPrivacy: 'No account, no name: your answers stay on your device.',
    qrLabel: (link: string) => `QR code for the link: ${link}`,
    qrTooLong:
      'This link is too long for a QR code: copy it from the screen, where it is written in large type.',
    copyLink: 'Copy the link (for the school’s online space or a message)',
    linkCopied: 'Link copied.',
    linkCopyFailed: 'Copying did not work: select the link and copy it.',
    removeShort: 'Remove',
    remove: (code: string) => `Remove ${code}`,
    lengthAndLanguage: (length: string, language: string) =>
      `${length} questionnaire, in ${language}`,
    shortName: 'Short',
    fullName: 'Full',
    frenchName: 'French',
    englishName: 'English',

    warmUpTitle: 'Warm-up: true or false?',
    warmUpText:
      'Read each statement aloud, let the class vote by a show of hands, then click the majority’s answer. The explanation appears, with its source.',
    warmUpSkipped: 'You chose not to open with “True or false?”: you can still play it here.',

    codesTitle: 'Gather the result codes',
    codesText:
      'Paste what the students sent you, as it is: messages, lists with first names, the “Copy the link” links to their results. Every code found is added, the rest is ignored. You can also type a code read aloud.',
    codesLabel: 'Result codes',
    codesHint:
      'For example 7KQ2-M9X4-B8, “Léa: 7KQ2 M9X4 B8” or a results link. A code that cannot be read stays in the box, with the reason.',
    ignoredStatus: (count: number) =>
      count === 1
        ? 'One piece of text with no code was ignored.'
        : `${en(count)} pieces of text with no code were ignored.`,
    addCodes: 'Add the codes',
    addedStatus: (added: number, total: number) =>
      `${added === 0 ? 'No code added' : added === 1 ? '1 code added' : `${en(added)} codes added`}. The list has ${en(total)} code${total === 1 ? '' : 's'}.`,
    removedStatus: (code: string, total: number) =>
      `Code ${code} removed. The list has ${en(total)} code${total === 1 ? '' : 's'}.`,
    nothingTyped: 'Type or paste at least one code.',
    scanOpen: 'Scan the codes',
    scanHint: 'with this device’s camera: each student shows the QR code of their results.',
    scanLoading: 'Loading the QR code reader…',
    scanStopped: (total: number) =>
      `Camera stopped. The list has ${en(total)} code${total === 1 ? '' : 's'}.`,
    rejectedTitle: (count: number) =>
      count === 1 ? 'One code could not be read' : `${en(count)} codes could not be read`,
    rejectedText:
      'They are still in the input box: correct them with the student, then click “Add the codes” again.',
    duplicatesTitle: 'Already in the list',
    duplicatesText:
      'These codes are already in the list and were not added again. If two students gave exactly the same answers, add the code a second time.',
    addAnyway: (code: string) => `Add ${code} a second time`,
    listTitle: (count: number) =>
      count === 0 ? 'No codes in the list' : `The list: ${en(count)} code${count === 1 ? '' : 's'}`,
    listEmpty: 'The codes you add will appear here.',
    unreadableInList: (reason: string) => `unreadable: ${reason}`,
    duplicatesStatus: (count: number) =>
      count === 1 ? 'One code already in the list.' : `${en(count)} codes already in the list.`,

    'list-full': (max: number) => `the list is full (${en(max)} codes at most)`,

    boardTitle: 'Class board',
    boardEmpty: 'No codes yet: gather the students’ codes to see the class board.',
    boardCount: (count: number) =>
      count === 0 ? 'No valid codes' : `${en(count)} valid code${count === 1 ? '' : 's'}`,
    boardBreakdown: (ranked: number, noFit: number, notInformative: number) =>
      `${en(ranked)} student${ranked === 1 ? '' : 's'} with at least one close job; ${en(noFit)} for whom no job stands out; ${en(notInformative)} whose answers are not enough.`,
    boardUnreadable: (count: number) =>
      `${en(count)} code${count === 1 ? '' : 's'} in the list cannot be read and ${count === 1 ? 'is' : 'are'} not counted: see the “Gather the codes” step.`,
    projectBoard: 'Project the board, one chart per screen',
    previousSlide: 'Previous',
    nextSlide: 'Next',
    nextPrompt: 'Next question',
    slideWhere: (n: number, total: number) =>
      `Screen ${n} of ${en(total)} — arrows or Page Down to move on.`,
    promptWhere: (shown: number, count: number, n: number, total: number) =>
      `Screen ${n} of ${en(total)}: question ${shown} of ${en(count)}.`,
    boardClass: (name: string) => `Class: ${name}`,
    boardMix: (short: number, full: number, versions: string) =>
      `Short questionnaire: ${en(short)}, full: ${en(full)}. Questionnaire versions: ${versions}.`,
    versionCount: (version: number, count: number) => `version ${version} (${en(count)})`,
    studentTableTitle: (count: number) =>
      `Code by code (${en(count)} student${count === 1 ? '' : 's'})`,
    studentTableHint:
      'Each code opens that student’s results without touching your own answers. The label (a first name, a reminder) is for you alone: it stays on this device, never in the session file, the CSV or the print.',
    tableNumber: 'No.',
    tableCode: 'Code',
    tableTop: 'Closest jobs',
    tableLabel: 'Private label',
    labelFor: (code: string) => `Private label for ${code}`,
    openResults: (code: string) => `Results for ${code}`,
    'top-no-fit': 'no job stands out',
    'top-not-informative': 'answers not enough',
    'top-unreadable': 'unreadable code',
    compareTitle: 'Compare two classes',
    compareWith: 'Compare with',
    compareNone: 'No comparison',
    compareHint: 'Another class kept on this device, side by side with this one.',
    compareEmpty:
      'No other class with codes on this device: make one (“New class”) or import a session.',
    firstRolesTitle: 'Each student’s closest job',
    firstRolesSummary: (top: string, count: number, total: number) =>
      `${top} comes first for ${en(count)} student${count === 1 ? '' : 's'} out of ${en(total)}.`,
    topThreeTitle: 'The jobs in the students’ “top three”',
    topThreeSummary: (top: string, count: number, total: number) =>
      `${top} is among the three closest jobs of ${en(count)} student${count === 1 ? '' : 's'} out of ${en(total)}.`,
    roleHeader: 'Job',
    studentsHeader: 'Students',
    studentsValue: (count: number, percent: string) =>
      `${en(count)} student${count === 1 ? '' : 's'} (${percent})`,
    noRanked:
      'No job stands out clearly for any student: a breakdown of jobs would mean nothing. The class’s profile still says a lot.',
    interestsTitle: 'The class’s interests (average)',
    skillsTitle: 'The class’s know-how (average)',
    profileSummary: (top: string, low: string) =>
      `On average, what stands out most: ${top}. Least: ${low}.`,
    dimensionHeader: 'Dimension',
    meanHeader: 'Average level',
    levelsTitle: 'Where the students are',
    levelHeader: 'Level',
    unknownLevel: 'Not given',
    promptsTitle: 'To get the discussion going',
    'prompt-first-role': (role: string, count: number) =>
      `“${role}” comes first for ${en(count)} student${count === 1 ? '' : 's'}. Who can describe a day in this job? What attracts you to it, what holds you back?`,
    'prompt-absent-role': (role: string) =>
      `Nobody has “${role}” among their three closest jobs. Did you know this job? Read its profile together: what could you like about it?`,
    'prompt-strong-and-weak': (strong: string, weak: string) =>
      `The class stands out most on “${strong}”, and least on “${weak}”. In which contact-centre jobs do these qualities matter most?`,
    'prompt-no-fit': (count: number) =>
      `For ${en(count)} student${count === 1 ? '' : 's'}, no job in the sector stands out. That is useful to know, not a failure: which other jobs appeal to you? The Onisep website helps to explore them.`,
    'prompt-cliches':
      'After “True or false?”: which cliché about contact centres surprised you most? Where did it come from?',
    'prompt-bots-and-humans':
      'More and more simple requests are handled online, without an adviser. Which requests will stay with humans, and what does that change for these jobs?',
    'prompt-training':
      'From your level, which courses lead to these jobs? Open the training guide to compare them.',
    guideLink: 'The training guide',
    onisepLink: 'The Onisep website (onisep.fr)',
    roleLink: (role: string) => `Job profile: ${role}`,
    downloadCsv: 'Download the board (CSV)',
    csvHint:
      'One row per code: code, questionnaire length, its version, level, result, the three closest jobs and their scores. Comma-separated.',
    print: 'Print the board',
    printedOn: (date: string) => `Printed on ${date}.`,

    csvFile: 'class-board',
    csvClass: 'Class',
    csvCode: 'Code',
    csvLength: 'Length',
    csvVersion: 'Questionnaire version',
    csvLevel: 'Level',
    csvStatus: 'Result',
    csvRole: (n: number) => `Job ${n}`,
    csvScore: (n: number) => `Score ${n} (out of 100)`,
    csvShort: 'short',
    csvFull: 'full',
    'csv-fits': 'a job stands out',
    'csv-no-fit': 'no job stands out clearly',
    'csv-not-informative': 'answers not enough',
    'csv-unreadable': (reason: string) => `unreadable code: ${reason}`,

    sessionTitle: 'The session on this device',
    sessionFile: 'class-session',
    sessionText:
      'The codes and your settings stay in this browser, even after closing it. To keep them elsewhere or carry on on another computer, save the session to a file.',
    exportSession: 'Save the session (file)',
    exported: (file: string) => `Session saved to the file ${file}.`,
    importLabel: 'Carry on with a saved session (.json file)',
    importHint: 'The file’s codes are added to the list, without duplicates; nothing is deleted.',
    imported: (added: number, total: number) =>
      `File imported: ${added === 0 ? 'no new code' : added === 1 ? '1 new code' : `${en(added)} new codes`}. The list has ${en(total)} code${total === 1 ? '' : 's'}.`,
    importedDropped: (count: number) =>
      `${en(count)} item${count === 1 ? '' : 's'} in the file did not look like codes and ${count === 1 ? 'was' : 'were'} left out.`,
    importedNotAdded: (count: number) =>
      `${en(count)} code${count === 1 ? ' was' : 's were'} not added: the list is full.`,
    importFailed: (reason: string) =>
      `This file could not be imported: ${reason}. The current session has not changed.`,
    'file-too-large': 'it is far too big for a session',
    'file-not-json':
      'it is not a session file (choose the .json file saved with the “Save the session” button)',
    'file-not-a-session': 'it holds no class-mode session',
    'file-newer-format': 'it comes from a newer version of the app; open it with that one',
    'file-unreadable': 'the file could not be read',
    clearSession: 'Clear the session’s codes',
    clearConfirmText: (count: number) =>
      `Clear the ${en(count)} code${count === 1 ? '' : 's'} from this device? Your settings stay. Save the session first if you want to keep it.`,
    clearConfirm: 'Yes, clear the codes',
    clearCancel: 'Cancel',
    cleared: 'The session’s codes are cleared.',
  },
})
