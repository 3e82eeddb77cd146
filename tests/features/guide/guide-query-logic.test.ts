import { describe, expect, it } from 'vitest'
import { readGuideQuery, updateGuideQuery } from '@/features/guide/guide-query-logic'
import { href } from '@/ui/router'

const q = (search: string) => new URLSearchParams(search)

describe('the guide’s URL', () => {
  it('reads the view, the level and the role', () => {
    expect(readGuideQuery(q('vue=aujourdhui&niveau=bac-pro&metier=superviseur'))).toEqual({
      view: 'today',
      level: 'bac-pro',
      roleId: 'superviseur',
      unknownLevel: undefined,
    })
    expect(readGuideQuery(q('vue=toutes')).view).toBe('all')
  })

  it('opens on today’s comparison by default or for an unknown view; 2011 is asked for', () => {
    expect(readGuideQuery(q('')).view).toBe('today')
    expect(readGuideQuery(q('vue=demain')).view).toBe('today')
    expect(readGuideQuery(q('vue=2011')).view).toBe('2011')
  })

  it('keeps an unknown level aside, to say so', () => {
    expect(readGuideQuery(q('niveau=cm2'))).toMatchObject({ level: undefined, unknownLevel: 'cm2' })
    expect(readGuideQuery(q('niveau='))).toMatchObject({
      level: undefined,
      unknownLevel: undefined,
    })
  })

  it('changes the view and keeps the level, the role and the language', () => {
    const next = updateGuideQuery(q('niveau=bac-pro&metier=superviseur&lang=en'), { view: 'all' })
    expect(href('/formations', next)).toBe(
      '#/formations?niveau=bac-pro&metier=superviseur&lang=en&vue=toutes',
    )
  })

  it('leaves the default view out of the address', () => {
    const next = updateGuideQuery(q('vue=2011&lang=en'), { view: 'today' })
    expect(href('/formations', next)).toBe('#/formations?lang=en')
  })

  it('sets or removes the level and the role', () => {
    const next = updateGuideQuery(q('vue=2011&niveau=bac-pro&metier=x'), {
      level: 'adulte',
      roleId: '',
    })
    expect(next).toEqual({ vue: '2011', niveau: 'adulte', metier: undefined })
  })
})
