import { describe, expect, it } from 'vitest'
import { nameAfterShort } from '@/features/guide/diploma-page-logic'

describe('nameAfterShort', () => {
  it('drops the kind the short name already says before a capitalised title', () => {
    expect(
      nameAfterShort('BTS NDRC', 'BTS Négociation et digitalisation de la relation client'),
    ).toBe('Négociation et digitalisation de la relation client')
    expect(nameAfterShort('BUT TC', 'BUT Techniques de commercialisation')).toBe(
      'Techniques de commercialisation',
    )
  })

  it('keeps an English name whole, whose kind is followed by a preposition', () => {
    const name = 'BTS in Operational Sales Management'
    expect(nameAfterShort('BTS MCO', name)).toBe(name)
  })

  it('keeps a name that does not start with the short name’s kind', () => {
    const name = 'Titre professionnel Conseiller relation client à distance'
    expect(nameAfterShort('TP CRCD', name)).toBe(name)
    expect(nameAfterShort('Bac pro MCV', 'Baccalauréat professionnel Métiers du commerce')).toBe(
      'Baccalauréat professionnel Métiers du commerce',
    )
  })
})
