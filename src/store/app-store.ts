/**
 * The one persisted store. Slices keep their state and actions together; `persist` is applied
 * once, here. Only data is saved (`partialize`); derived data is never stored.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { isEmbeddedFrame } from '@/lib/embed-bridge'
import type { Locale } from '@/lib/i18n'
import {
  DEFAULT_SETTINGS,
  SAVED_STATE_VERSION,
  defaultSavedState,
  migrateSavedState,
  MAX_CLASSROOM_CODES,
  restoreSavedState,
  type ClassroomSession,
  type SavedQuiz,
  type SavedState,
  type Settings,
} from './saved-state'
import {
  browserStorage,
  createSafeStorage,
  type StorageLike,
  type StorageNotice,
} from './safe-storage'

export const STORAGE_KEY = 'cap-relation-client'
/** An embedded frame keeps its own save, so a host page never changes the full app's settings. */
export const EMBEDDED_STORAGE_KEY = 'cap-relation-client:integre'

export interface AppState extends SavedState {
  storageNotice: StorageNotice | null
  setLocale(locale: Locale): void
  updateSettings(patch: Partial<Omit<Settings, 'locale' | 'localeChosen'>>): void
  /** Saves the questionnaire in progress (null forgets it). */
  saveQuiz(quiz: SavedQuiz | null): void
  /** Changes the class session's settings (length, language, warm-up). */
  updateClassroom(patch: Partial<Omit<ClassroomSession, 'codes'>>): void
  /** Adds result codes at the end of the class session's list. */
  addClassCodes(codes: readonly string[]): void
  /** Removes the code at this place in the list. */
  removeClassCode(index: number): void
  /** Replaces the whole class session (an imported file, already validated). */
  replaceClassroom(session: ClassroomSession): void
  /** Forgets the class session's codes; its settings stay for the next class. */
  clearClassCodes(): void
  showStorageNotice(notice: StorageNotice): void
  dismissStorageNotice(): void
  /** Forgets everything saved on this device (the page stays in the language being read). */
  eraseAll(): void
}

export function createAppStore(
  getStorage: () => StorageLike | undefined = browserStorage,
  name: string = STORAGE_KEY,
) {
  let hydrated = false
  let getState: (() => AppState) | undefined
  let pendingNotice: StorageNotice | null = null
  const announced = new Set<StorageNotice>()
  const note = (notice: StorageNotice) => {
    // "unavailable" is the most useful thing to tell; never hide it behind a lesser notice.
    if (pendingNotice !== 'unavailable') pendingNotice = notice
  }
  /** Each kind of notice is shown once per visit: a failing save must not nag or loop. */
  const announce = (state: AppState | undefined, notice: StorageNotice | null) => {
    if (!state || !notice || announced.has(notice)) return
    announced.add(notice)
    state.showStorageNotice(notice)
  }

  return create<AppState>()(
    persist(
      (set, get) => {
        getState = get
        return {
          ...defaultSavedState(),
          storageNotice: null,
          setLocale: (locale) =>
            set((s) => ({ settings: { ...s.settings, locale, localeChosen: true } })),
          updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
          saveQuiz: (quiz) => set({ quiz }),
          updateClassroom: (patch) => set((s) => ({ classroom: { ...s.classroom, ...patch } })),
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
          replaceClassroom: (session) =>
            set({ classroom: { ...session, codes: session.codes.slice(0, MAX_CLASSROOM_CODES) } }),
          clearClassCodes: () => set((s) => ({ classroom: { ...s.classroom, codes: [] } })),
          showStorageNotice: (notice) => set({ storageNotice: notice }),
          dismissStorageNotice: () => set({ storageNotice: null }),
          eraseAll: () =>
            set((s) => ({
              ...defaultSavedState(),
              settings: { ...DEFAULT_SETTINGS, locale: s.settings.locale },
            })),
        }
      },
      {
        name,
        version: SAVED_STATE_VERSION,
        storage: createSafeStorage<SavedState>(getStorage, (notice) => {
          note(notice)
          if (hydrated) announce(getState?.(), notice)
        }),
        partialize: (state): SavedState => ({
          settings: state.settings,
          quiz: state.quiz,
          classroom: state.classroom,
        }),
        migrate: (persisted, version) => {
          try {
            return migrateSavedState(persisted, version)
          } catch {
            note('future-version')
            return defaultSavedState()
          }
        },
        merge: (persisted, current) => {
          const { state, repaired } = restoreSavedState(persisted)
          if (repaired) note('repaired')
          return { ...current, ...state }
        },
        onRehydrateStorage: () => (state) => {
          hydrated = true
          announce(state, pendingNotice)
        },
      },
    ),
  )
}

export const useAppStore = createAppStore(
  browserStorage,
  isEmbeddedFrame() ? EMBEDDED_STORAGE_KEY : STORAGE_KEY,
)
