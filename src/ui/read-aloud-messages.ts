import { defineMessages } from '@/lib/messages'

export const readAloudMessages = defineMessages({
  fr: {
    group: 'Lecture à voix haute',
    listen: 'Écouter',
    pause: 'Pause',
    resume: 'Reprendre',
    stop: 'Arrêter',
  },
  en: {
    group: 'Read aloud',
    listen: 'Listen',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
  },
})
