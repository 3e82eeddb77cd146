import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addressOfHash,
  href,
  matchPattern,
  parseAddress,
  parseHash,
  pathAddress,
} from '@/ui/router'
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

describe('real addresses (path mode)', () => {
  const root = 'https://school.example/orientation/'

  it('reads a page folder, its query and a segment carried in the query', () => {
    expect(parseAddress(`${root}metiers/superviseur/`, root).path).toBe('/metiers/superviseur')
    expect(parseAddress(`${root}metiers/superviseur/index.html`, root).path).toBe(
      '/metiers/superviseur',
    )
    expect(parseAddress(root, root).path).toBe('/')
    expect(parseAddress(`${root}index.html`, root).path).toBe('/')
    const quiz = parseAddress(`${root}quiz/?question=niveau&retour=relecture`, root)
    expect(quiz.path).toBe('/quiz/niveau')
    expect(Object.fromEntries(quiz.query)).toEqual({ retour: 'relecture' })
    expect(parseAddress(`${root}resultats/?code=7KQ2-M9X4-B8`, root).path).toBe(
      '/resultats/7KQ2-M9X4-B8',
    )
    // An empty segment is no segment: the quiz's intro.
    expect(parseAddress(`${root}quiz/?question=`, root).path).toBe('/quiz')
  })

  it('writes addresses relative to the root, with a folder per page', () => {
    expect(pathAddress('/')).toBe('./')
    expect(pathAddress('/metiers/superviseur')).toBe('metiers/superviseur/')
    expect(pathAddress('/quiz/niveau', { retour: 'relecture' })).toBe(
      'quiz/?question=niveau&retour=relecture',
    )
    expect(pathAddress('/resultats/7KQ2-M9X4-B8')).toBe('resultats/?code=7KQ2-M9X4-B8')
    expect(pathAddress('/formations', { niveau: 'bac', metier: undefined })).toBe(
      'formations/?niveau=bac',
    )
  })

  it('round-trips every address it writes', () => {
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/)
    fc.assert(
      fc.property(
        fc.constantFrom('metiers', 'quiz', 'resultats', 'formations', 'a-propos'),
        fc.option(segment, { nil: undefined }),
        fc.dictionary(fc.constantFrom('lang', 'niveau', 'terme', 'canal'), fc.string()),
        (folder, last, query) => {
          const path = last === undefined ? `/${folder}` : `/${folder}/${last}`
          const location = parseAddress(new URL(pathAddress(path, query), root).href, root)
          expect(location.path).toBe(path)
          expect(Object.fromEntries(location.query)).toEqual(query)
        },
      ),
      { numRuns: propertyRuns(200) },
    )
  })

  it('moves an old hash link to its real address, keeping the query before the hash', () => {
    expect(addressOfHash('#/metiers/superviseur', '')).toBe('metiers/superviseur/')
    expect(addressOfHash('#/resultats/7KQ2-M9X4-B8', '')).toBe('resultats/?code=7KQ2-M9X4-B8')
    expect(addressOfHash('#/a-propos', '?lang=en')).toBe('a-propos/?lang=en')
    expect(addressOfHash('#/quiz/niveau?lang=fr', '?lang=en&progression=AB12')).toBe(
      'quiz/?question=niveau&lang=fr&progression=AB12',
    )
    expect(addressOfHash('#//?lang=fr', '')).toBe('./?lang=fr')
    expect(addressOfHash('#/', '')).toBe('./')
    // Not a route: an anchor on the page, or nothing.
    expect(addressOfHash('#contenu', '')).toBeUndefined()
    expect(addressOfHash('', '?lang=en')).toBeUndefined()
  })
})
