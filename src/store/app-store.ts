/**
 * The one persisted store. Slices keep their state and actions together; `persist` is applied
 * once, here. Only data is saved (`partialize`); derived data is never stored.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { appRoot } from '@/lib/app-root'
import { EMBED_SESSION_KEY, isEmbeddedFrame } from '@/lib/embed-bridge'
import type { Locale } from '@/lib/i18n'
import {
  DEFAULT_SETTINGS,
  SAVED_STATE_VERSION,
  defaultSavedState,
  migrateSavedState,
  MAX_CLASSES,
  MAX_CLASSROOM_CODES,
  MAX_NAME_LENGTH,
  defaultClassroom,
  restoreSavedState,
  type ClassroomSession,
  type SavedQuiz,
  type SavedState,
  type Settings,
} from './saved-state'
import {
  EMBEDDED_SUFFIX,
  LEGACY_STORAGE_KEY,
  adoptLegacySave,
  browserStorage,
  keysOfSave,
  storageKeyFor,
  type StorageLike,
  type StorageNotice,
} from './safe-storage'
import { createSharedSave } from './shared-save'
import { mergeSavedStates } from './tab-merge-logic'

/** The key of the save at the site's root (elsewhere the key names the base path). */
export const STORAGE_KEY = LEGACY_STORAGE_KEY

export interface AppState extends SavedState {
  storageNotice: StorageNotice | null
  setLocale(locale: Locale): void
  updateSettings(patch: Partial<Omit<Settings, 'locale' | 'localeChosen'>>): void
  /**
   * Saves the questionnaire in progress (null forgets it). Only what changed since this tab's
   * previous call is applied, so answers another tab gave in the meantime are kept.
   */
  saveQuiz(quiz: SavedQuiz | null): void
  /** Changes the open class's settings (name, length, language, warm-up). */
  updateClassroom(
    patch: Partial<
      Pick<ClassroomSession, 'name' | 'length' | 'locale' | 'warmUp' | 'sharedDevices'>
    >,
  ): void
  /** Makes a new class with the open one's settings and no codes, and opens it. */
  newClass(name: string): void
  /** Opens another class kept on this device. */
  openClass(id: string): void
  /** Deletes a class and its codes; the last one left is emptied instead. */
  deleteClass(id: string): void
  /**
   * A class from a session file (already merged with the class of the same id, if any): it
   * takes that class's place, or is kept as a new class. Either way it is opened.
   */
  importClass(session: ClassroomSession): void
  /** A private label for a code, on this device only; an empty label removes it. */
  setCodeLabel(code: string, label: string): void
  /** Adds result codes at the end of the class session's list. */
  addClassCodes(codes: readonly string[]): void
  /** Removes the code at this place in the list. */
  removeClassCode(index: number): void
  /** Forgets the class session's codes; its settings stay for the next class. */
  clearClassCodes(): void
  showStorageNotice(notice: StorageNotice): void
  dismissStorageNotice(): void
  /**
   * Forgets everything saved on this device for this copy of the app: answers, settings, the
   * class session, backups and copies kept aside, the embedded app's save. The page stays in the
   * language being read, and nothing is written again until the next change.
   */
  eraseAll(): void
}

/** Tells a store when another tab wrote under a key; returns how to stop listening. */
export type OtherTabs = (listener: (key: string, newValue: string | null) => void) => () => void

export const browserTabs: OtherTabs = (listener) => {
  if (typeof window === 'undefined') return () => {}
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.storageArea === browserStorage())
      listener(event.key, event.newValue)
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}

const savedPart = (state: AppState): SavedState => ({
  settings: state.settings,
  quiz: state.quiz,
  classroom: state.classroom,
  otherClasses: state.otherClasses,
})

/** A new class's id: unique enough on one device, and readable in a session file. */
const newClassId = () =>
  `classe-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`

export function createAppStore(
  getStorage: () => StorageLike | undefined = browserStorage,
  name: string = STORAGE_KEY,
  otherTabs: OtherTabs = () => () => {},
) {
  let hydrated = false
  let getState: (() => AppState) | undefined
  let setState: ((partial: Partial<AppState>) => void) | undefined
  let pendingNotice: StorageNotice | null = null
  /**
   * The quiz as this tab last saved or loaded it: what its questionnaire's next save changes.
   * Answers merged in from another tab are not in it, so that a page opened before they came
   * does not remove them by saving without them.
   */
  let ownQuiz: SavedQuiz | null | undefined
  const announced = new Set<StorageNotice>()
  const note = (notice: StorageNotice) => {
    // "unavailable" is the most useful thing to tell; never hide it behind a lesser notice.
    if (pendingNotice !== 'unavailable') pendingNotice = notice
    if (hydrated) announce(getState?.(), notice)
  }
  /** Each kind of notice is shown once per visit: a failing save must not nag or loop. */
  const announce = (state: AppState | undefined, notice: StorageNotice | null) => {
    if (!state || !notice || announced.has(notice)) return
    announced.add(notice)
    state.showStorageNotice(notice)
  }
  const defaultsKeeping = (locale: Locale): SavedState => ({
    ...defaultSavedState(),
    settings: { ...DEFAULT_SETTINGS, locale },
  })

  const save = createSharedSave({
    name,
    getStorage,
    onNotice: note,
    restore: (raw, version) => migrateSavedState(raw, version),
    adopt: (state) => setState?.(state),
    erased: () => {
      ownQuiz = null
      setState?.(defaultsKeeping(getState?.().settings.locale ?? DEFAULT_SETTINGS.locale))
    },
  })

  const store = create<AppState>()(
    persist(
      (set, get) => {
        getState = get
        setState = set
        return {
          ...defaultSavedState(),
          storageNotice: null,
          setLocale: (locale) =>
            set((s) => ({ settings: { ...s.settings, locale, localeChosen: true } })),
          updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
          saveQuiz: (quiz) =>
            set((s) => {
              const base = ownQuiz === undefined ? s.quiz : ownQuiz
              ownQuiz = quiz
              // The new save is the later write: it wins where both changed the same answer.
              const merged = mergeSavedStates({ ...savedPart(s), quiz: base }, savedPart(s), {
                ...savedPart(s),
                quiz,
              })
              return { quiz: merged.quiz }
            }),
          updateClassroom: (patch) =>
            set((s) => ({
              classroom: {
                ...s.classroom,
                ...patch,
                ...(patch.name !== undefined && { name: patch.name.slice(0, MAX_NAME_LENGTH) }),
              },
            })),
          newClass: (name) =>
            set((s) => {
              if (s.otherClasses.length + 1 >= MAX_CLASSES) return {}
              const { length, locale, warmUp, sharedDevices } = s.classroom
              return {
                classroom: {
                  ...defaultClassroom(),
                  id: newClassId(),
                  name: name.slice(0, MAX_NAME_LENGTH),
                  length,
                  locale,
                  warmUp,
                  sharedDevices,
                },
                otherClasses: [...s.otherClasses, s.classroom],
              }
            }),
          openClass: (id) =>
            set((s) => {
              const chosen = s.otherClasses.find((c) => c.id === id)
              if (!chosen) return {}
              return {
                classroom: chosen,
                otherClasses: s.otherClasses.map((c) => (c.id === id ? s.classroom : c)),
              }
            }),
          deleteClass: (id) =>
            set((s) => {
              if (s.classroom.id !== id)
                return { otherClasses: s.otherClasses.filter((c) => c.id !== id) }
              const [next, ...rest] = s.otherClasses
              if (next) return { classroom: next, otherClasses: rest }
              const { length, locale, warmUp, sharedDevices } = s.classroom
              return {
                classroom: { ...defaultClassroom(), length, locale, warmUp, sharedDevices },
              }
            }),
          importClass: (imported) =>
            set((s) => {
              const session = {
                ...imported,
                codes: imported.codes.slice(0, MAX_CLASSROOM_CODES),
              }
              const all = [s.classroom, ...s.otherClasses]
              const same = all.find((c) => c.id === session.id)
              if (same) return { classroom: session, otherClasses: all.filter((c) => c !== same) }
              // An empty, unnamed class open on this device is simply replaced.
              const open = s.classroom
              if (open.codes.length === 0 && !open.name) return { classroom: session }
              if (all.length >= MAX_CLASSES) return {}
              return { classroom: session, otherClasses: all }
            }),
          setCodeLabel: (code, label) =>
            set((s) => {
              const labels = { ...s.classroom.labels }
              // Kept as typed (a space between two words must survive the keystroke).
              const kept = label.slice(0, MAX_NAME_LENGTH)
              if (kept.trim()) labels[code] = kept
              else delete labels[code]
              return { classroom: { ...s.classroom, labels } }
            }),
          addClassCodes: (codes) =>
            set((s) => ({
              classroom: {
                ...s.classroom,
                codes: [...s.classroom.codes, ...codes].slice(0, MAX_CLASSROOM_CODES),
              },
            })),
          removeClassCode: (index) =>
            set((s) => ({
              classroom: { ...s.classroom, codes: s.classroom.codes.filter((_, i) => i !== index) },
            })),
          clearClassCodes: () => set((s) => ({ classroom: { ...s.classroom, codes: [] } })),
          showStorageNotice: (notice) => set({ storageNotice: notice }),
          dismissStorageNotice: () => set({ storageNotice: null }),
          eraseAll: () => {
            ownQuiz = null
            set((s) => defaultsKeeping(s.settings.locale))
            save.forget()
            try {
              const storage = getStorage()
              if (storage) for (const key of keysOfSave(storage, name)) storage.removeItem(key)
              sessionStorage.removeItem(EMBED_SESSION_KEY)
            } catch {
              // Blocked storage holds nothing of ours to erase.
            }
          },
        }
      },
      {
        name,
        version: SAVED_STATE_VERSION,
        storage: save.storage,
        partialize: savedPart,
        migrate: (persisted, version) => migrateSavedState(persisted, version),
        merge: (persisted, current) => {
          // Nothing saved yet: the state stays the very same objects, so a page hydrated from
          // its pre-rendered HTML (drawn from this same initial state) has nothing to redraw.
          if (persisted === undefined || persisted === null) return current
          const { state, repaired } = restoreSavedState(persisted)
          if (repaired) note('repaired')
          return { ...current, ...state }
        },
        onRehydrateStorage: () => (state) => {
          hydrated = true
          if (state) save.settle(savedPart(state))
          ownQuiz = state?.quiz ?? null
          announce(state, pendingNotice)
        },
      },
    ),
  )
  otherTabs((key, newValue) => {
    if (key === name) save.receive(newValue, savedPart(store.getState()))
  })
  return store
}

/** The save of the app at this address: its own key per base path, and per embedded frame. */
function storageKeyHere(): string {
  if (typeof window === 'undefined') return STORAGE_KEY
  const suffix = isEmbeddedFrame() ? EMBEDDED_SUFFIX : ''
  const key = storageKeyFor(appRoot().pathname) + suffix
  adoptLegacySave(browserStorage(), LEGACY_STORAGE_KEY + suffix, key)
  return key
}

export const useAppStore = createAppStore(browserStorage, storageKeyHere(), browserTabs)
