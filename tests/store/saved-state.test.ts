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
      quiz: null,
    })
  })

  it('moves version 1 to 2 by adding an empty questionnaire, keeping everything else', () => {
    const v1 = { settings: { locale: 'fr', textSize: 'large' } }
    expect(migrateSavedState(v1, 1)).toEqual({
      settings: { ...DEFAULT_SETTINGS, textSize: 'large' },
      quiz: null,
    })
  })

  it('reads a literal version-2 payload with a questionnaire in progress', () => {
    const v2 = {
      settings: { locale: 'fr' },
      quiz: {
        length: 'short',
        version: 1,
        answers: { niveau: 'bac-pro', envies: ['technique', 'langues'], calme: 4, expose: null },
        finished: false,
      },
    }
    expect(migrateSavedState(v2, 2).quiz).toEqual(v2.quiz)
  })

  it('refuses a version from the future or a nonsense version', () => {
    for (const version of [SAVED_STATE_VERSION + 1, 0, -3, 1.5, Number.NaN])
      expect(() => migrateSavedState({}, version)).toThrow(UnknownSavedVersionError)
  })

  it('turns garbage of a known version into the defaults', () => {
    for (const garbage of [null, 42, 'hello', [1, 2], { settings: 'x' }])
      expect(migrateSavedState(garbage, SAVED_STATE_VERSION)).toEqual({
        settings: DEFAULT_SETTINGS,
        quiz: null,
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
      state: { settings: { ...DEFAULT_SETTINGS, locale: 'fr' }, quiz: null },
      repaired: false,
    })
  })

  it('keeps a saved questionnaire but drops answers that are not answers', () => {
    const { state, repaired } = restoreSavedState({
      quiz: {
        length: 'full',
        version: 1,
        answers: { calme: 5, envies: ['technique'], bizarre: { a: 1 }, liste: [1, 2] },
        finished: true,
      },
    })
    expect(state.quiz).toEqual({
      length: 'full',
      version: 1,
      answers: { calme: 5, envies: ['technique'] },
      finished: true,
    })
    expect(repaired).toBe(true)
  })

  it('forgets a questionnaire whose shape is wrong', () => {
    for (const quiz of [
      'x',
      { length: 'moyenne', version: 1, answers: {} },
      { length: 'short', answers: {} },
    ])
      expect(restoreSavedState({ quiz })).toEqual({
        state: { settings: DEFAULT_SETTINGS, quiz: null },
        repaired: true,
      })
  })
})
