import { defineMessages } from '@/lib/messages'

/** The quiz's own texts (the component is shared: the sector page and the class mode play it). */
export const mythsQuizMessages = defineMessages({
  fr: {
    title: 'Vrai ou faux ?',
    intro: (count: number) =>
      `${count} idées reçues sur les centres de contact. Pour chacune, dis si elle est vraie ou fausse, puis lis l’explication.`,
    progress: (n: number, total: number) => `Affirmation ${n} sur ${total}`,
    yourAnswer: 'Ta réponse',
    true: 'Vrai',
    false: 'Faux',
    right: 'Bonne réponse !',
    wrong: 'Mauvaise réponse.',
    youSaid: (answer: string) => `Tu as répondu « ${answer} ».`,
    truth: (isTrue: boolean) => (isTrue ? 'C’est vrai.' : 'C’est faux.'),
    next: 'Affirmation suivante',
    seeScore: 'Voir mon score',
    scoreTitle: 'Ton score',
    score: (right: number, total: number) =>
      `${right} bonne${right > 1 ? 's' : ''} réponse${right > 1 ? 's' : ''} sur ${total}`,
    perfect: 'Un sans-faute : tu connais bien le secteur.',
    good: 'Bien joué : tu as déjoué la plupart des idées reçues.',
    keepGoing: 'Les idées reçues ont la vie dure : les explications sont là pour ça.',
    recap: 'Le récapitulatif',
    recapRight: 'bonne réponse',
    recapWrong: 'mauvaise réponse',
    replay: 'Rejouer',
    empty: 'Aucune affirmation pour le moment.',
    sources: 'Source',
  },
  en: {
    title: 'True or false?',
    intro: (count: number) =>
      `${count} common ideas about contact centres. For each, say whether it is true or false, then read the explanation.`,
    progress: (n: number, total: number) => `Statement ${n} of ${total}`,
    yourAnswer: 'Your answer',
    true: 'True',
    false: 'False',
    right: 'Right answer!',
    wrong: 'Wrong answer.',
    youSaid: (answer: string) => `You answered “${answer}”.`,
    truth: (isTrue: boolean) => (isTrue ? 'It is true.' : 'It is false.'),
    next: 'Next statement',
    seeScore: 'See my score',
    scoreTitle: 'Your score',
    score: (right: number, total: number) =>
      `${right} right answer${right === 1 ? '' : 's'} out of ${total}`,
    perfect: 'Full marks: you know the sector well.',
    good: 'Well done: you saw through most of the clichés.',
    keepGoing: 'Clichés die hard: that is what the explanations are for.',
    recap: 'Summary',
    recapRight: 'right answer',
    recapWrong: 'wrong answer',
    replay: 'Play again',
    empty: 'No statements yet.',
    sources: 'Source',
  },
})

/**
 * Projected in class, the counsellor plays for the whole class: these texts replace the ones
 * that speak to one player.
 */
export const mythsQuizClassMessages = defineMessages({
  fr: {
    intro: (count: number) =>
      `${count} idées reçues sur les centres de contact. Pour chacune, la classe vote à main levée : vrai ou faux ? Puis on lit l’explication ensemble.`,
    yourAnswer: 'La réponse de la classe',
    youSaid: (answer: string) => `La classe a répondu « ${answer} ».`,
    seeScore: 'Voir le score de la classe',
    scoreTitle: 'Le score de la classe',
    perfect: 'Un sans-faute : la classe connaît bien le secteur.',
    good: 'Bien joué : la classe a déjoué la plupart des idées reçues.',
    keepGoing: 'Les idées reçues ont la vie dure : c’est un bon point de départ pour en parler.',
  },
  en: {
    intro: (count: number) =>
      `${count} common ideas about contact centres. For each one, the class votes by a show of hands: true or false? Then read the explanation together.`,
    yourAnswer: 'The class’s answer',
    youSaid: (answer: string) => `The class answered “${answer}”.`,
    seeScore: 'See the class’s score',
    scoreTitle: 'The class’s score',
    perfect: 'Full marks: the class knows the sector well.',
    good: 'Well done: the class saw through most of the clichés.',
    keepGoing: 'Clichés die hard: a good starting point for a discussion.',
  },
})
