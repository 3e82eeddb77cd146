import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { href, matchPattern, parseHash } from '@/ui/router'
import { propertyRuns } from '../property-runs'

describe('parseHash', () => {
  it('reads the path and the query of a route hash', () => {
    const location = parseHash('#/metiers/superviseur?lang=en')
    expect(location.path).toBe('/metiers/superviseur')
    expect(location.query.get('lang')).toBe('en')
  })

  it('treats an empty or odd hash as the home page and tidies slashes', () => {
    expect(parseHash('').path).toBe('/')
    expect(parseHash('#').path).toBe('/')
    expect(parseHash('#contenu').path).toBe('/')
    expect(parseHash('#//metiers///').path).toBe('/metiers')
  })

  it('never throws, whatever the hash', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { path } = parseHash(`#/${s}`)
        expect(path.startsWith('/')).toBe(true)
      }),
      { numRuns: propertyRuns(100) },
    )
    expect(parseHash('#/%E0%A4%A').path).toBe('/%E0%A4%A')
  })

  it('round-trips what href builds', () => {
    const location = parseHash(href('/formations', { niveau: 'bac-pro', metier: 'superviseur' }))
    expect(location.path).toBe('/formations')
    expect(Object.fromEntries(location.query)).toEqual({ niveau: 'bac-pro', metier: 'superviseur' })
  })
})

describe('matchPattern', () => {
  it('extracts parameters and rejects other shapes', () => {
    expect(matchPattern('/metiers/:roleId', '/metiers/superviseur')).toEqual({
      roleId: 'superviseur',
    })
    expect(matchPattern('/metiers/:roleId', '/metiers')).toBeUndefined()
    expect(matchPattern('/metiers', '/metiers/x')).toBeUndefined()
    expect(matchPattern('/', '/')).toEqual({})
  })

  it('takes an optional last parameter', () => {
    expect(matchPattern('/quiz/:questionId?', '/quiz')).toEqual({})
    expect(matchPattern('/quiz/:questionId?', '/quiz/niveau')).toEqual({ questionId: 'niveau' })
    expect(matchPattern('/quiz/:questionId?', '/quiz/niveau/x')).toBeUndefined()
    expect(matchPattern('/quiz/:questionId?', '/resultats')).toBeUndefined()
  })
})
