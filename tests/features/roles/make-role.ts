import type { Role } from '@/content/schemas'
import { DIMENSIONS } from '@/content/vocabulary'

const text = (fr: string, en = fr) => ({ fr, en })

/** A complete, valid role for component tests; override what the test is about. */
export function makeRole(id: string, overrides: Partial<Role> = {}): Role {
  return {
    id,
    title: text(`Métier ${id}`, `Job ${id}`),
    pitch: text(`Ce que fait ${id}.`, `What ${id} does.`),
    missions: [1, 2, 3, 4].map((n) => text(`Mission ${n}`)),
    channels: ['phone'],
    day: text('Une journée.', 'A day.'),
    profile: Object.fromEntries(DIMENSIONS.map((d) => [d, 1])) as Role['profile'],
    skills: [text('Écouter', 'Listening'), text('Écrire', 'Writing'), text('Calmer', 'Calming')],
    sectorSkills: [{ skill: 'multicanal', level: 2 }],
    leadsTeam: false,
    conditions: { hours: text('Journée'), remote: text('Possible'), targets: text('Qualité') },
    pay: {
      floor: 'smic-net-2026',
      unknown: text('Pas de fourchette sourcée.', 'No sourced range.'),
    },
    entry: { niveau: 4, experience: false, text: text('Avec un bac.'), routes: ['tp-crcd'] },
    progression: [],
    rome: { code: 'D1408', label: text('Conseiller'), version: 'ROME 4.0', source: 'rome-4' },
    sources: ['rome-4'],
    ...overrides,
  }
}
