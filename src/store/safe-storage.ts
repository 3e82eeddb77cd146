/**
 * A zustand PersistStorage over localStorage that never throws: unreadable data, a blocked
 * storage (private mode, disabled, quota) or a missing one turn into a notice, not a crash.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { isRecord } from './saved-state'

export type StorageNotice =
  | 'corrupt'
  | 'future-version'
  | 'unavailable'
  | 'repaired'
  /** Saved answers to questions (or options) the questionnaire no longer has were dropped. */
  | 'answers-dropped'

export interface StorageLike {
  getItem(name: string): string | null
  setItem(name: string, value: string): void
  removeItem(name: string): void
}

export const BACKUP_SUFFIX = ':unreadable-backup'

export function browserStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

export function createSafeStorage<S>(
  getStorage: () => StorageLike | undefined,
  onNotice: (notice: StorageNotice) => void,
): PersistStorage<S> {
  const withStorage = <T>(action: (storage: StorageLike) => T, fallback: T): T => {
    try {
      const storage = getStorage()
      if (!storage) throw new Error('no storage')
      return action(storage)
    } catch {
      onNotice('unavailable')
      return fallback
    }
  }

  return {
    getItem(name) {
      const raw = withStorage((s) => s.getItem(name), null)
      if (raw === null) return null
      try {
        const parsed: unknown = JSON.parse(raw)
        if (!isRecord(parsed) || typeof parsed.version !== 'number')
          throw new Error('not a saved state')
        return parsed as unknown as StorageValue<S>
      } catch {
        // Keep the unreadable text aside rather than overwrite it: nothing is lost.
        withStorage((s) => s.setItem(name + BACKUP_SUFFIX, raw), undefined)
        onNotice('corrupt')
        return null
      }
    },
    setItem(name, value) {
      withStorage((s) => s.setItem(name, JSON.stringify(value)), undefined)
    },
    removeItem(name) {
      withStorage((s) => s.removeItem(name), undefined)
    },
  }
}
