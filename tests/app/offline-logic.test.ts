import { describe, expect, it } from 'vitest'
import { pageEntries, pageEntryFor } from '@/app/offline-logic'

const scope = 'https://school.example/orientation/'
const entries = pageEntries([
  'index.html',
  'integre.html',
  'metiers/index.html',
  'metiers/superviseur/index.html',
  'resultats/index.html',
  'assets/index-1.js',
])

describe('the page a navigation asks for', () => {
  it('is the folder’s index.html, whatever the query', () => {
    expect(pageEntryFor(scope, scope, entries)).toBe('index.html')
    expect(pageEntryFor(`${scope}?lang=en`, scope, entries)).toBe('index.html')
    expect(pageEntryFor(`${scope}metiers/superviseur/`, scope, entries)).toBe(
      'metiers/superviseur/index.html',
    )
    expect(pageEntryFor(`${scope}resultats/?code=7KQ2-M9X4-B8`, scope, entries)).toBe(
      'resultats/index.html',
    )
    expect(pageEntryFor(`${scope}integre.html#/quiz`, scope, entries)).toBe('integre.html')
  })

  it('is nothing for a file, an unknown folder or a page outside the scope', () => {
    expect(entries).not.toContain('assets/index-1.js')
    expect(pageEntryFor(`${scope}assets/index-1.js`, scope, entries)).toBeUndefined()
    expect(pageEntryFor(`${scope}metiers/inconnu/`, scope, entries)).toBeUndefined()
    expect(pageEntryFor('https://school.example/autre/', scope, entries)).toBeUndefined()
    expect(pageEntryFor(`${scope}%E0%A4%A/`, scope, entries)).toBeUndefined()
  })
})
