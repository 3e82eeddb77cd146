import { defineMessages } from '@/lib/messages'

export const quizMessages = defineMessages({
  fr: {
    introTitle: 'Questionnaire',
    introLead:
      'Une question à la fois, sur ce qui te plaît, des situations de travail et la façon dont tu aimerais travailler. À la fin, tu vois les métiers de la relation client qui te correspondent, et pourquoi.',
    introPrivacy:
      'Rien n’est envoyé : tes réponses restent sur cet appareil. Tu peux t’arrêter et revenir plus tard.',
    introHonest:
      'Il n’y a pas de bonne ou de mauvaise réponse. Si aucun de ces métiers ne te correspond, le questionnaire te le dira.',
    lengthLegend: 'Quelle version ?',
    lengthShort: 'Version courte',
    lengthFull: 'Version complète',
    lengthHint: (min: number, max: number, minutes: number) =>
      `${min === max ? min : `${min} à ${max}`} questions, environ ${minutes} minutes`,
    start: 'Commencer',
    startAgain: 'Recommencer à zéro',
    inProgress: (answered: number, length: string) =>
      `Tu as un questionnaire en cours (${length}) : ${answered} réponse${answered > 1 ? 's' : ''} déjà donnée${answered > 1 ? 's' : ''}.`,
    finishedBefore: 'Tu as déjà terminé ce questionnaire.',
    resume: 'Reprendre là où j’en étais',
    seeResults: 'Voir mes résultats',
    shortName: 'version courte',
    fullName: 'version complète',
    progress: (n: number, m: number) => `Question ${n} sur ${m}`,
    next: 'Suivant',
    skipShort: 'Passer',
    skipRest: 'cette question',
    back: 'Retour',
    needAnswer: 'Choisis une réponse, ou passe la question.',
    multiMax: (max: number) =>
      `Tu peux choisir ${max} réponses au plus : décoche-en une pour en choisir une autre.`,
    multiHint: (max: number) => `Choisis jusqu’à ${max} réponses.`,
    scaleHint: 'Choisis ce qui est le plus proche de toi.',
    reviewTitle: 'Relis tes réponses',
    reviewLead: 'C’est fini ! Tes résultats sont prêts ; tu peux encore changer une réponse.',
    reviewSummary: (answered: number, skipped: number) =>
      `${answered} réponse${answered > 1 ? 's' : ''}${skipped ? `, ${skipped} question${skipped > 1 ? 's' : ''} passée${skipped > 1 ? 's' : ''}` : ''}`,
    reviewSkipped: 'Question passée',
    reviewEdit: 'Modifier',
    reviewEditLabel: (prompt: string) => `Modifier la réponse à « ${prompt} »`,
    reviewSubmit: 'Voir mes résultats',
    questionTitle: (n: number, m: number) => `Question ${n} sur ${m}`,
    reviewPageTitle: 'Relecture',
    leaving: 'Calcul de tes résultats…',
  },
  en: {
    introTitle: 'Questionnaire',
    introLead:
      'One question at a time, about what you enjoy, real work situations and how you would like to work. At the end, you see which customer-relations jobs suit you, and why.',
    introPrivacy:
      'Nothing is sent anywhere: your answers stay on this device. You can stop and come back later.',
    introHonest:
      'There are no right or wrong answers. If none of these jobs suits you, the questionnaire will say so.',
    lengthLegend: 'Which version?',
    lengthShort: 'Short version',
    lengthFull: 'Full version',
    lengthHint: (min: number, max: number, minutes: number) =>
      `${min === max ? min : `${min} to ${max}`} questions, about ${minutes} minutes`,
    start: 'Start',
    startAgain: 'Start again from scratch',
    inProgress: (answered: number, length: string) =>
      `You have a questionnaire in progress (${length}): ${answered} answer${answered > 1 ? 's' : ''} given so far.`,
    finishedBefore: 'You have already finished this questionnaire.',
    resume: 'Carry on where I left off',
    seeResults: 'See my results',
    shortName: 'short version',
    fullName: 'full version',
    progress: (n: number, m: number) => `Question ${n} of ${m}`,
    next: 'Next',
    skipShort: 'Skip',
    skipRest: 'this question',
    back: 'Back',
    needAnswer: 'Choose an answer, or skip the question.',
    multiMax: (max: number) =>
      `You can choose ${max} answers at most: untick one to choose another.`,
    multiHint: (max: number) => `Choose up to ${max} answers.`,
    scaleHint: 'Choose what is closest to you.',
    reviewTitle: 'Check your answers',
    reviewLead: 'All done! Your results are ready; you can still change an answer.',
    reviewSummary: (answered: number, skipped: number) =>
      `${answered} answer${answered === 1 ? '' : 's'}${skipped ? `, ${skipped} question${skipped === 1 ? '' : 's'} skipped` : ''}`,
    reviewSkipped: 'Question skipped',
    reviewEdit: 'Change',
    reviewEditLabel: (prompt: string) => `Change the answer to “${prompt}”`,
    reviewSubmit: 'See my results',
    questionTitle: (n: number, m: number) => `Question ${n} of ${m}`,
    reviewPageTitle: 'Review',
    leaving: 'Working out your results…',
  },
})
