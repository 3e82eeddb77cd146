import { defineMessages } from '@/lib/messages'

export const glossaryMessages = defineMessages({
  fr: {
    title: 'Les mots du guide',
    lead: 'Les sigles et les mots des formations et de l’orientation, expliqués simplement. Dans les pages, un mot souligné en pointillés montre sa définition quand on le touche.',
    backToGuide: 'Retour aux formations',
  },
  en: {
    title: 'Words of the guide',
    lead: 'The acronyms and words of training and guidance, explained simply. In the pages, a word with a dotted underline shows its definition when you tap it.',
    backToGuide: 'Back to training',
  },
})
