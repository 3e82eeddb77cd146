import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CLASSROOM,
  DEFAULT_SETTINGS,
  MAX_CLASSROOM_CODES,
  SAVED_STATE_VERSION,
  restoreClassroom,
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
        easyRead: false,
        readAloudRate: 'normal',
      },
      quiz: null,
      classroom: DEFAULT_CLASSROOM,
      otherClasses: [],
    })
  })

  it('moves version 1 to 2 by adding an empty questionnaire, keeping everything else', () => {
    const v1 = { settings: { locale: 'fr', textSize: 'large' } }
    expect(migrateSavedState(v1, 1)).toEqual({
      settings: { ...DEFAULT_SETTINGS, textSize: 'large' },
      quiz: null,
      classroom: DEFAULT_CLASSROOM,
      otherClasses: [],
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

  it('moves a literal version-2 payload to 3: everything kept, an empty class session added', () => {
    const v2 = {
      settings: {
        locale: 'en',
        localeChosen: true,
        readingFont: 'system',
        textSize: 'large',
        lineSpacing: 'normal',
      },
      quiz: {
        length: 'full',
        version: 1,
        answers: { niveau: 'adulte', envies: ['equipe'], calme: 2, expose: null },
        finished: true,
      },
    }
    expect(migrateSavedState(v2, 2)).toEqual({
      settings: { ...v2.settings, easyRead: false, readAloudRate: 'normal' },
      quiz: v2.quiz,
      classroom: {
        id: 'classe-1',
        name: '',
        length: 'short',
        locale: 'fr',
        warmUp: true,
        sharedDevices: false,
        codes: [],
        labels: {},
      },
      otherClasses: [],
    })
  })

  it('moves version-2 garbage to a clean version 3', () => {
    for (const garbage of [null, 7, 'v2', [], { settings: 3, quiz: 'x', classroom: 'y' }])
      expect(migrateSavedState(garbage, 2)).toEqual({
        settings: DEFAULT_SETTINGS,
        quiz: null,
        classroom: DEFAULT_CLASSROOM,
        otherClasses: [],
      })
    // A version-2 save never had a class session: one found there is replaced, not trusted.
    expect(migrateSavedState({ classroom: { codes: ['ABCD'] } }, 2).classroom).toEqual(
      DEFAULT_CLASSROOM,
    )
  })

  it('reads a version-3 save from before the easy-read and read-aloud settings, and keeps them', () => {
    const before = { settings: { locale: 'fr', textSize: 'large' } }
    expect(migrateSavedState(before, 3).settings).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 'large',
      easyRead: false,
      readAloudRate: 'normal',
    })
    const after = { settings: { easyRead: true, readAloudRate: 'slow' } }
    expect(migrateSavedState(after, 3).settings).toMatchObject(after.settings)
    const wrong = restoreSavedState({ settings: { easyRead: 'yes', readAloudRate: 2 } })
    expect(wrong.repaired).toBe(true)
    expect(wrong.state.settings).toEqual(DEFAULT_SETTINGS)
  })

  it('reads a literal version-3 payload with a class session', () => {
    const v3 = {
      settings: { locale: 'fr' },
      quiz: null,
      classroom: {
        length: 'full',
        locale: 'en',
        warmUp: false,
        codes: ['7KQ2-M9X4-B8', '7KQ2-M9X4-B8', 'ZZZZ-ZZZZ-ZZ'],
      },
    }
    expect(migrateSavedState(v3, 3)).toEqual({
      settings: DEFAULT_SETTINGS,
      quiz: null,
      // Version 4: the one session becomes the first class, unnamed, without labels.
      classroom: {
        id: 'classe-1',
        name: '',
        length: 'full',
        locale: 'en',
        warmUp: false,
        sharedDevices: false,
        codes: ['7KQ2-M9X4-B8', '7KQ2-M9X4-B8', 'ZZZZ-ZZZZ-ZZ'],
        labels: {},
      },
      otherClasses: [],
    })
  })

  it('reads a literal version-4 payload with two named classes and a private label', () => {
    const v4 = {
      settings: { locale: 'fr' },
      quiz: null,
      classroom: {
        id: 'classe-1',
        name: '2nde B — 12 mars',
        length: 'short',
        locale: 'fr',
        warmUp: true,
        sharedDevices: true,
        codes: ['7KQ2-M9X4-B8'],
        labels: { '7KQ2-M9X4-B8': 'Léa' },
      },
      otherClasses: [
        {
          id: 'classe-lx2k-9a',
          name: '1re STMG',
          length: 'full',
          locale: 'en',
          warmUp: false,
          sharedDevices: false,
          codes: [],
          labels: {},
        },
      ],
    }
    expect(migrateSavedState(v4, 4)).toEqual({ ...v4, settings: DEFAULT_SETTINGS })
    // The same id twice would be one class shown twice: the second is dropped.
    const twice = { ...v4, otherClasses: [v4.classroom, ...v4.otherClasses] }
    expect(restoreSavedState(twice)).toEqual({
      state: { ...v4, settings: DEFAULT_SETTINGS },
      repaired: true,
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
        quiz: null,
        classroom: DEFAULT_CLASSROOM,
        otherClasses: [],
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
      state: {
        settings: { ...DEFAULT_SETTINGS, locale: 'fr' },
        quiz: null,
        classroom: DEFAULT_CLASSROOM,
        otherClasses: [],
      },
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
        state: {
          settings: DEFAULT_SETTINGS,
          quiz: null,
          classroom: DEFAULT_CLASSROOM,
          otherClasses: [],
        },
        repaired: true,
      })
  })
})

describe('restoreClassroom', () => {
  it('keeps a valid session as it is', () => {
    const session = {
      id: 'classe-x1',
      name: '2nde B',
      length: 'full',
      locale: 'en',
      warmUp: false,
      sharedDevices: false,
      codes: ['ABCD-EFGH-JK'],
      labels: { 'ABCD-EFGH-JK': 'Léa' },
    }
    expect(restoreClassroom(session)).toEqual({ session, repaired: false })
    // A version-3 session (no id, name or labels) is valid too: the first class.
    const v3 = { length: 'full', locale: 'en', warmUp: false, codes: ['ABCD-EFGH-JK'] }
    expect(restoreClassroom(v3)).toEqual({
      session: { ...DEFAULT_CLASSROOM, ...v3 },
      repaired: false,
    })
  })

  it('keeps the valid fields and codes, drops the rest and says so', () => {
    expect(
      restoreClassroom({
        length: 'moyenne',
        locale: 'de',
        warmUp: 'yes',
        codes: ['ABCD-EFGH-JK', 42, '<script>', 'x'.repeat(41), '', 'abcd efgh jk'],
      }),
    ).toEqual({
      session: { ...DEFAULT_CLASSROOM, codes: ['ABCD-EFGH-JK', 'abcd efgh jk'] },
      repaired: true,
    })
  })

  it('turns anything else into an empty session', () => {
    for (const raw of [null, 'x', 3, ['ABCD'], { codes: 'ABCD' }])
      expect(restoreClassroom(raw)).toEqual({ session: DEFAULT_CLASSROOM, repaired: true })
  })

  it('cuts an endless list of codes', () => {
    const codes = new Array<string>(MAX_CLASSROOM_CODES + 5).fill('ABCD')
    const { session, repaired } = restoreClassroom({ codes })
    expect(session.codes).toHaveLength(MAX_CLASSROOM_CODES)
    expect(repaired).toBe(true)
  })

  it('is part of the saved state: a broken session is repaired, the rest kept', () => {
    const { state, repaired } = restoreSavedState({
      settings: { locale: 'en' },
      classroom: { length: 'full', codes: ['ABCD', { evil: true }] },
    })
    expect(state.settings.locale).toBe('en')
    expect(state.classroom).toEqual({ ...DEFAULT_CLASSROOM, length: 'full', codes: ['ABCD'] })
    expect(repaired).toBe(true)
  })
})
