import { defineMessages } from '@/lib/messages'

export const embedMessages = defineMessages({
  fr: {
    title: 'Intégrer Cap Relation Client à votre site',
    lead: 'Pour les webmestres d’établissement : copiez un court code HTML et le quiz s’affiche dans une page de votre site ou de votre ENT. Le cadre prend la hauteur de son contenu, reprend votre couleur et ne piste personne.',
    optionsTitle: 'Vos options',
    language: 'Langue',
    french: 'Français',
    english: 'English',
    start: 'Écran de départ',
    startAccueil: 'Accueil',
    startQuizCourt: 'Questionnaire, version courte',
    startQuizComplet: 'Questionnaire, version complète',
    startMetiers: 'Les métiers',
    startFormations: 'Les formations',
    startSecteur: 'Le secteur',
    color: 'Couleur principale',
    colorHint: 'Au format #RRGGBB. Laissez vide pour garder le bleu de l’application.',
    colorPicker: 'Choisir dans la palette',
    colorOk: (ratio: string) =>
      `Contraste suffisant avec le blanc (${ratio} pour 1) : la couleur sera utilisée.`,
    colorTooLight: (ratio: string) =>
      `Contraste trop faible avec le blanc (${ratio} pour 1, il faut au moins 4,5) : le bleu de l’application sera gardé pour rester lisible.`,
    colorInvalid:
      'Ce n’est pas une couleur au format #RRGGBB : le bleu de l’application sera gardé.',
    heightSteps: 'Ne pas laisser deviner les résultats par la hauteur du cadre',
    heightStepsHint:
      'Sur la page des résultats, la hauteur envoyée à votre page est arrondie par paliers de 600 pixels : elle ne dit plus quel métier est arrivé en tête.',
    snippetTitle: 'Le code à copier',
    kind: 'Avec ou sans script ?',
    kindLoader: 'Avec le script (recommandé)',
    kindLoaderHelp:
      'Le cadre prend la hauteur exacte de chaque page, plusieurs cadres peuvent cohabiter sur une même page, votre page reçoit les évènements et, si le navigateur bloque le stockage, un rechargement reprend le questionnaire où il en était.',
    kindPlain: 'Sans script',
    kindPlainHelp:
      'Pour les ENT et CMS qui retirent les balises <script>. Le cadre garde une hauteur fixe, prévue pour l’écran de départ choisi, et votre page ne reçoit aucun évènement.',
    plainHeight: (height: string) =>
      `Hauteur du cadre : ${height} pixels, assez pour le questionnaire sur un téléphone sans défilement dans le cadre. Les listes (métiers, formations, secteur) sont plus longues : le cadre défile alors à l’intérieur ; préférez le script pour elles.`,
    cspTitle: 'Si votre site a une politique de sécurité (CSP)',
    csp: 'Ajoutez l’adresse de l’application aux sources de scripts et de cadres de votre politique, par exemple :',
    snippetLabel: 'Code HTML à coller dans votre page',
    copy: 'Copier le code',
    copied: 'Code copié dans le presse-papiers.',
    copyFailed: 'La copie automatique n’a pas marché : sélectionnez le code et copiez-le (Ctrl+C).',
    previewTitle: 'Aperçu',
    previewHelp:
      'L’aperçu charge une seconde copie de l’application, avec le code choisi ci-dessus : elle ne se charge que si vous le demandez.',
    previewShow: 'Afficher l’aperçu',
    previewFrame: 'Aperçu de Cap Relation Client intégré',
    eventsTitle: 'Évènements reçus de l’aperçu',
    eventsNone:
      'Aucun pour l’instant. Commencez le questionnaire dans l’aperçu pour voir « started ».',
    eventsHelpTitle: 'Ce que votre page peut écouter',
    eventStarted: 'un élève commence le questionnaire ;',
    eventCompleted: 'il arrive à ses résultats.',
    eventsHelp:
      'Le script les déclenche sur l’élément iframe lui-même ; ils remontent jusqu’à document. Leur detail donne seulement leur nom et l’id du cadre (frame) : ni réponse ni donnée personnelle.',
    privacyTitle: 'Vie privée',
    privacy:
      'Rien ne quitte l’appareil de l’élève : pas de compte, pas de cookie, pas de traceur. Les réponses restent dans le navigateur, dans le cadre intégré. Seulement si le navigateur refuse tout stockage au cadre, le script garde le code de la progression dans le stockage de session de votre page, effacé à la fermeture de l’onglet, pour reprendre après un rechargement.',
    frameTitle: 'Cap Relation Client : quiz d’orientation sur les métiers de la relation client',
  },
  en: {
    title: 'Embed Cap Relation Client on your website',
    lead: 'For school webmasters: copy a short HTML snippet and the quiz appears in a page of your website or learning platform. The frame takes the height of its content, uses your colour and tracks nobody.',
    optionsTitle: 'Your options',
    language: 'Language',
    french: 'Français',
    english: 'English',
    start: 'Start screen',
    startAccueil: 'Home',
    startQuizCourt: 'Questionnaire, short version',
    startQuizComplet: 'Questionnaire, full version',
    startMetiers: 'The jobs',
    startFormations: 'Training',
    startSecteur: 'The sector',
    color: 'Main colour',
    colorHint: 'As #RRGGBB. Leave empty to keep the app’s blue.',
    colorPicker: 'Pick from the palette',
    colorOk: (ratio: string) =>
      `Enough contrast with white (${ratio} to 1): the colour will be used.`,
    colorTooLight: (ratio: string) =>
      `Too little contrast with white (${ratio} to 1, at least 4.5 is needed): the app’s blue is kept so that text stays readable.`,
    colorInvalid: 'This is not a colour in the #RRGGBB form: the app’s blue is kept.',
    heightSteps: 'Do not let the frame’s height give the results away',
    heightStepsHint:
      'On the results page, the height sent to your page is rounded up in steps of 600 pixels: it no longer tells which job came first.',
    snippetTitle: 'The snippet to copy',
    kind: 'With or without a script?',
    kindLoader: 'With the script (recommended)',
    kindLoaderHelp:
      'The frame takes the exact height of each page, several frames can share one page, your page receives the events and, if the browser blocks storage, a reload resumes the questionnaire where it was.',
    kindPlain: 'Without a script',
    kindPlainHelp:
      'For learning platforms and CMSs that strip <script> tags. The frame keeps a fixed height, chosen for the start screen, and your page receives no events.',
    plainHeight: (height: string) =>
      `Frame height: ${height} pixels, enough for the questionnaire on a phone without scrolling inside the frame. The lists (jobs, training, sector) are longer: the frame then scrolls inside; prefer the script for them.`,
    cspTitle: 'If your site has a security policy (CSP)',
    csp: 'Add the app’s address to your policy’s script and frame sources, for instance:',
    snippetLabel: 'HTML code to paste into your page',
    copy: 'Copy the code',
    copied: 'Code copied to the clipboard.',
    copyFailed: 'Automatic copy did not work: select the code and copy it (Ctrl+C).',
    previewTitle: 'Preview',
    previewHelp:
      'The preview loads a second copy of the app, with the snippet chosen above: it loads only when you ask for it.',
    previewShow: 'Show the preview',
    previewFrame: 'Preview of Cap Relation Client embedded',
    eventsTitle: 'Events received from the preview',
    eventsNone: 'None yet. Start the questionnaire in the preview to see “started”.',
    eventsHelpTitle: 'What your page can listen to',
    eventStarted: 'a pupil starts the questionnaire;',
    eventCompleted: 'they reach their results.',
    eventsHelp:
      'The script fires them on the iframe element itself; they bubble up to document. Their detail gives only their name and the frame’s id (frame): no answer and no personal data.',
    privacyTitle: 'Privacy',
    privacy:
      'Nothing leaves the pupil’s device: no account, no cookie, no tracker. Answers stay in the browser, inside the embedded frame. Only when the browser refuses the frame any storage does the script keep the progress code in your page’s session storage, cleared when the tab closes, to resume after a reload.',
    frameTitle: 'Cap Relation Client: career quiz on customer-relations jobs',
  },
})
