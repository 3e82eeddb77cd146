import { describe, expect, it } from 'vitest'
import { STORAGE_KEY, createAppStore } from '@/store/app-store'
import { BACKUP_SUFFIX, type StorageLike } from '@/store/safe-storage'
import { DEFAULT_CLASSROOM, DEFAULT_SETTINGS, SAVED_STATE_VERSION } from '@/store/saved-state'

function memoryStorage(
  initial: Record<string, string> = {},
): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    get length() {
      return data.size
    },
    key: (i) => [...data.keys()][i] ?? null,
  }
}

const quiz = {
  length: 'short' as const,
  version: 1,
  answers: { niveau: 'lycee-gt', calme: 4, envies: ['langues'], expose: null },
  finished: false,
}

const saved = (state: unknown, version = SAVED_STATE_VERSION) => ({
  [STORAGE_KEY]: JSON.stringify({ state, version }),
})

describe('the persisted app store', () => {
  it('restores saved settings and saves changes', () => {
    const storage = memoryStorage(
      saved({ settings: { ...DEFAULT_SETTINGS, locale: 'en', textSize: 'large' } }),
    )
    const store = createAppStore(() => storage)
    expect(store.getState().settings).toMatchObject({ locale: 'en', textSize: 'large' })
    expect(store.getState().storageNotice).toBeNull()

    store.getState().setLocale('fr')
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '{}')).toMatchObject({
      state: {
        settings: { ...DEFAULT_SETTINGS, locale: 'fr', localeChosen: true, textSize: 'large' },
        quiz: null,
        classroom: DEFAULT_CLASSROOM,
      },
      version: SAVED_STATE_VERSION,
    })
  })

  it('falls back to defaults on unreadable JSON, keeps a copy and says so', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"state": {"settings": ' })
    const store = createAppStore(() => storage)
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS)
    expect(store.getState().storageNotice).toBe('corrupt')
    expect(storage.data.get(STORAGE_KEY + BACKUP_SUFFIX)).toBe('{"state": {"settings": ')
  })

  it('keeps a save from a newer version aside, byte for byte, and says so', () => {
    const newer = saved({ settings: { locale: 'en' }, futureThing: true }, SAVED_STATE_VERSION + 1)
    const raw = newer[STORAGE_KEY]
    const storage = memoryStorage(newer)
    const store = createAppStore(() => storage)
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS)
    expect(store.getState().storageNotice).toBe('newer-version')
    store.getState().updateSettings({ textSize: 'large' })
    store.getState().addClassCodes(['AAAA'])
    expect(storage.data.get(`${STORAGE_KEY}:kept-aside-version-${SAVED_STATE_VERSION + 1}`)).toBe(
      raw,
    )
    expect(createAppStore(() => storage).getState().settings.textSize).toBe('large')
  })

  it('does not call version 0 newer, and keeps it aside too', () => {
    const storage = memoryStorage(saved({ settings: { locale: 'en' } }, 0))
    const raw = storage.data.get(STORAGE_KEY)
    const store = createAppStore(() => storage)
    expect(store.getState().storageNotice).toBe('unknown-version')
    store.getState().setLocale('fr')
    expect(storage.data.get(`${STORAGE_KEY}:kept-aside-version-0`)).toBe(raw)
  })

  it('with nothing saved, keeps the very objects a pre-rendered page was drawn from', () => {
    // Hydrating reads the initial state; new objects after loading would redraw the whole app.
    const store = createAppStore(() => memoryStorage())
    const initial = store.getInitialState()
    expect(store.getState().settings).toBe(initial.settings)
    expect(store.getState().classroom).toBe(initial.classroom)
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS)
  })

  it('blames a full storage, not private browsing, when a save does not fit', () => {
    const storage = memoryStorage()
    const store = createAppStore(() => ({
      ...storage,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }))
    store.getState().addClassCodes(['AAAA'])
    expect(store.getState().storageNotice).toBe('full')
    expect(store.getState().classroom.codes).toEqual(['AAAA'])
  })

  it('repairs damaged fields and says so', () => {
    const storage = memoryStorage(saved({ settings: { locale: 'en', textSize: 'gigantic' } }))
    const store = createAppStore(() => storage)
    expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, locale: 'en' })
    expect(store.getState().storageNotice).toBe('repaired')
  })

  it('keeps working when the storage is blocked, and says so once', () => {
    const blocked: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => undefined,
    }
    const store = createAppStore(() => blocked)
    expect(store.getState().storageNotice).toBe('unavailable')
    store.getState().dismissStorageNotice()
    store.getState().setLocale('en')
    expect(store.getState().settings.locale).toBe('en')
    expect(store.getState().storageNotice).toBeNull()
  })

  it('keeps working when there is no storage at all', () => {
    const store = createAppStore(() => undefined)
    store.getState().updateSettings({ lineSpacing: 'wide' })
    expect(store.getState().settings.lineSpacing).toBe('wide')
    expect(store.getState().storageNotice).toBe('unavailable')
  })

  it('erases everything but the language being read', () => {
    const storage = memoryStorage(
      saved({
        settings: { ...DEFAULT_SETTINGS, locale: 'en', textSize: 'large' },
        quiz,
        classroom: { ...DEFAULT_CLASSROOM, codes: ['ABCD-EFGH-JK'] },
      }),
    )
    const store = createAppStore(() => storage)
    expect(store.getState().classroom.codes).toEqual(['ABCD-EFGH-JK'])
    storage.data.set(STORAGE_KEY + BACKUP_SUFFIX, '{old answers')
    storage.data.set(`${STORAGE_KEY}:kept-aside-version-9`, '{}')
    storage.data.set(`${STORAGE_KEY}:integre`, '{}')
    storage.data.set(`${STORAGE_KEY}@/autre-copie/`, '{}')
    store.getState().eraseAll()
    expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, locale: 'en' })
    expect(store.getState().quiz).toBeNull()
    expect(store.getState().classroom).toEqual(DEFAULT_CLASSROOM)
    // Everything of this copy of the app is gone; another copy's save on the origin is not.
    expect([...storage.data.keys()]).toEqual([`${STORAGE_KEY}@/autre-copie/`])
  })

  it('saves the answers after each change and gives them back after a reload', () => {
    const storage = memoryStorage()
    createAppStore(() => storage)
      .getState()
      .saveQuiz(quiz)
    expect(JSON.parse(storage.data.get(STORAGE_KEY) ?? '{}').state.quiz).toEqual(quiz)
    expect(createAppStore(() => storage).getState().quiz).toEqual(quiz)
  })

  it('migrates version-1 data saved before the questionnaire existed', () => {
    const storage = memoryStorage(saved({ settings: { ...DEFAULT_SETTINGS, locale: 'en' } }, 1))
    const store = createAppStore(() => storage)
    expect(store.getState().settings.locale).toBe('en')
    expect(store.getState().quiz).toBeNull()
    expect(store.getState().storageNotice).toBeNull()
  })

  it('migrates version-2 data: the questionnaire in progress is kept, the class session starts empty', () => {
    const storage = memoryStorage(
      saved({ settings: { ...DEFAULT_SETTINGS, locale: 'en' }, quiz }, 2),
    )
    const store = createAppStore(() => storage)
    expect(store.getState().quiz).toEqual(quiz)
    expect(store.getState().classroom).toEqual(DEFAULT_CLASSROOM)
    expect(store.getState().storageNotice).toBeNull()
  })

  it('keeps the class session across a reload: settings, codes added, one removed, codes cleared', () => {
    const storage = memoryStorage()
    const store = createAppStore(() => storage)
    store.getState().updateClassroom({ length: 'full', locale: 'en', warmUp: false })
    store.getState().addClassCodes(['AAAA-BBBB-CC', 'DDDD-EEEE-FF'])
    store.getState().addClassCodes(['AAAA-BBBB-CC'])
    store.getState().removeClassCode(1)
    const reloaded = createAppStore(() => storage).getState()
    expect(reloaded.classroom).toEqual({
      ...DEFAULT_CLASSROOM,
      length: 'full',
      locale: 'en',
      warmUp: false,
      codes: ['AAAA-BBBB-CC', 'AAAA-BBBB-CC'],
    })
    reloaded.clearClassCodes()
    expect(createAppStore(() => storage).getState().classroom).toEqual({
      ...DEFAULT_CLASSROOM,
      length: 'full',
      locale: 'en',
      warmUp: false,
      codes: [],
    })
  })

  it('keeps several named classes: new, switch, delete, across a reload', () => {
    const storage = memoryStorage()
    const store = createAppStore(() => storage)
    store.getState().updateClassroom({ name: '2nde B — 12 mars', length: 'full' })
    store.getState().addClassCodes(['AAAA'])
    store.getState().newClass('1re STMG')
    const second = store.getState().classroom
    expect(second).toMatchObject({ name: '1re STMG', length: 'full', codes: [] })
    expect(second.id).not.toBe(DEFAULT_CLASSROOM.id)
    store.getState().addClassCodes(['BBBB'])
    store.getState().openClass(DEFAULT_CLASSROOM.id)
    const reloaded = createAppStore(() => storage).getState()
    expect(reloaded.classroom).toMatchObject({ name: '2nde B — 12 mars', codes: ['AAAA'] })
    expect(reloaded.otherClasses).toMatchObject([{ name: '1re STMG', codes: ['BBBB'] }])
    reloaded.deleteClass(DEFAULT_CLASSROOM.id)
    expect(createAppStore(() => storage).getState()).toMatchObject({
      classroom: { name: '1re STMG', codes: ['BBBB'] },
      otherClasses: [],
    })
  })

  it('imports a class beside the others, or into the class with its id', () => {
    const store = createAppStore(() => memoryStorage())
    store.getState().addClassCodes(['AAAA'])
    store
      .getState()
      .importClass({ ...DEFAULT_CLASSROOM, id: 'classe-b', name: 'B', codes: ['BBBB'] })
    expect(store.getState().classroom).toMatchObject({ id: 'classe-b', codes: ['BBBB'] })
    expect(store.getState().otherClasses).toMatchObject([{ id: 'classe-1', codes: ['AAAA'] }])
    store.getState().importClass({ ...DEFAULT_CLASSROOM, codes: ['AAAA', 'CCCC'] })
    expect(store.getState().classroom).toMatchObject({ id: 'classe-1', codes: ['AAAA', 'CCCC'] })
    expect(store.getState().otherClasses).toMatchObject([{ id: 'classe-b' }])
  })

  it('keeps a private label per code, and removes it when emptied', () => {
    const store = createAppStore(() => memoryStorage())
    store.getState().setCodeLabel('AAAA', 'Léa ')
    expect(store.getState().classroom.labels).toEqual({ AAAA: 'Léa ' })
    store.getState().setCodeLabel('AAAA', ' ')
    expect(store.getState().classroom.labels).toEqual({})
  })
})
