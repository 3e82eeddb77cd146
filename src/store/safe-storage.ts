/**
 * Where the app's save lives in localStorage, and what can go wrong with it. The save itself is
 * written by shared-save.ts; nothing here throws.
 */

export type StorageNotice =
  | 'corrupt'
  /** A save from a later version of the app: kept aside, untouched. */
  | 'newer-version'
  /** A save whose version this app does not know (0, negative, not a number): kept aside. */
  | 'unknown-version'
  /** The browser refuses to read or write this site's storage. */
  | 'unavailable'
  /** The browser's storage for this site is full: the last change was not saved. */
  | 'full'
  | 'repaired'
  /** Saved answers to questions (or options) the questionnaire no longer has were dropped. */
  | 'answers-dropped'

export interface StorageLike {
  getItem(name: string): string | null
  setItem(name: string, value: string): void
  removeItem(name: string): void
  readonly length?: number
  key?(index: number): string | null
}

/** Unreadable data is kept under the save's key plus this suffix. */
export const BACKUP_SUFFIX = ':unreadable-backup'
/** A save from another version is kept under the save's key plus this suffix and its version. */
export const KEPT_ASIDE_SUFFIX = ':kept-aside-version-'
/** The embedded app (in a host page's frame) keeps its own save, under the key plus this. */
export const EMBEDDED_SUFFIX = ':integre'

/** The key of the save before keys were scoped to the base path; the site's root still uses it. */
export const LEGACY_STORAGE_KEY = 'cap-relation-client'

/**
 * The save's key for the app served from this path: two copies of the app on one origin
 * (`/orientation/` and `/orientation-test/`) never share a save. At the site's root it is the
 * key every earlier version used.
 */
export function storageKeyFor(pathname: string): string {
  const folder = pathname.slice(0, pathname.lastIndexOf('/') + 1) || '/'
  return folder === '/' ? LEGACY_STORAGE_KEY : `${LEGACY_STORAGE_KEY}@${folder}`
}

/** Every key that belongs to the save `name`: itself, its embedded copy, backups, copies kept aside. */
export function keysOfSave(storage: StorageLike, name: string): string[] {
  const keys: string[] = []
  for (let i = 0; i < (storage.length ?? 0); i++) {
    const key = storage.key?.(i)
    if (key && (key === name || key.startsWith(`${name}:`))) keys.push(key)
  }
  return keys
}

/**
 * Before keys named the base path, every copy of the app used the root's key: the first copy
 * opened after the update takes that save over (moved, so no stale copy of old answers remains).
 */
export function adoptLegacySave(storage: StorageLike | undefined, legacy: string, name: string) {
  try {
    if (!storage || legacy === name || storage.getItem(name) !== null) return
    const raw = storage.getItem(legacy)
    if (raw === null) return
    storage.setItem(name, raw)
    storage.removeItem(legacy)
  } catch {
    // Blocked storage: the store says so when it reads.
  }
}

export function browserStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}
