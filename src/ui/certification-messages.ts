import { defineMessages } from '@/lib/messages'

/** What the app says about a certification's status today, wherever it names one. */
export const certificationMessages = defineMessages({
  fr: {
    endedSince: (date: string) => `n’est plus délivré depuis le ${date}`,
    endedNoDate: 'n’est plus délivré',
    replacedBy: (successor: string) => `remplacé par le ${successor}`,
    replacedUnknown: 'diplôme remplacé',
    successor: (successor: string) => `ce qui le remplace : ${successor}`,
    noSuccessor: 'nous n’avons pas trouvé de titre qui le remplace',
    separator: ' ; ',
    registeredUntil: (date: string) => `enregistré au RNCP jusqu’au ${date}`,
    endUnknown: 'date de fin d’enregistrement non trouvée',
    rncpUnknown: 'numéro RNCP non vérifié',
    verifiedOn: (date: string) => `Vérifié le ${date}`,
    verifiedExcept: (n: number) =>
      n > 1 ? `, sauf ${n} sources pas encore relues` : ', sauf une source pas encore relue',
    verifiedOnHint:
      'Date à laquelle les sources des chiffres et des règles de cette page ont été relues ; la plus ancienne compte.',
  },
  en: {
    endedSince: (date: string) => `no longer awarded since ${date}`,
    endedNoDate: 'no longer awarded',
    replacedBy: (successor: string) => `replaced by the ${successor}`,
    replacedUnknown: 'replaced diploma',
    successor: (successor: string) => `what replaced it: ${successor}`,
    noSuccessor: 'we found no title replacing it',
    separator: '; ',
    registeredUntil: (date: string) => `registered in the RNCP until ${date}`,
    endUnknown: 'end date of the registration not found',
    rncpUnknown: 'RNCP number not verified',
    verifiedOn: (date: string) => `Checked on ${date}`,
    verifiedExcept: (n: number) =>
      n > 1 ? `, except ${n} sources not read again yet` : ', except one source not read again yet',
    verifiedOnHint:
      'The date on which the sources of this page’s figures and rules were last read again; the oldest one counts.',
  },
})
