import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  SAVED_STATE_VERSION,
  UnknownSavedVersionError,
  migrateSavedState,
  restoreSavedState,
} from '@/store/saved-state'

describe('migrateSavedState', () => {
  it('reads a literal version-1 payload as it was saved', () => {
    const v1 = {
      settings: {
        locale: 'en',
        localeChosen: true,
        readingFont: 'hyperlegible',
        textSize: 'large',
        lineSpacing: 'wide',
      },
    }
    expect(migrateSavedState(v1, 1)).toEqual({
      settings: {
        locale: 'en',
        localeChosen: true,
        readingFont: 'hyperlegible',
        textSize: 'large',
        lineSpacing: 'wide',
      },
    })
  })

  it('refuses a version from the future or a nonsense version', () => {
    for (const version of [SAVED_STATE_VERSION + 1, 0, -3, 1.5, Number.NaN])
      expect(() => migrateSavedState({}, version)).toThrow(UnknownSavedVersionError)
  })

  it('turns garbage of a known version into the defaults', () => {
    for (const garbage of [null, 42, 'hello', [1, 2], { settings: 'x' }])
      expect(migrateSavedState(garbage, SAVED_STATE_VERSION)).toEqual({
        settings: DEFAULT_SETTINGS,
      })
  })
})

describe('restoreSavedState', () => {
  it('keeps the valid fields, resets the broken ones and says so', () => {
    const { state, repaired } = restoreSavedState({
      settings: { locale: 'de', textSize: 'large', readingFont: 7 },
    })
    expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large' })
    expect(repaired).toBe(true)
  })

  it('does not call a missing save a repair', () => {
    expect(restoreSavedState(undefined).repaired).toBe(false)
    expect(restoreSavedState({ settings: { locale: 'fr' } })).toEqual({
      state: { settings: { ...DEFAULT_SETTINGS, locale: 'fr' } },
      repaired: false,
    })
  })
})
