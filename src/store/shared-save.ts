/**
 * The save in localStorage, shared by every tab of the app under one base path. Each write has an
 * id (`rev`) and names the writes it was built on (`parents`), so that a tab that learns of
 * another tab's write merges the two from their common ancestor (tab-merge-logic.ts) instead of
 * overwriting it, and ignores a write it has already merged. A save this version cannot read
 * — unreadable, or from another version — is copied aside byte for byte before anything is
 * written. Storage errors become notices, never crashes.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { SAVED_STATE_VERSION, isRecord, type SavedState } from './saved-state'
import {
  BACKUP_SUFFIX,
  KEPT_ASIDE_SUFFIX,
  type StorageLike,
  type StorageNotice,
} from './safe-storage'
import { mergeSavedStates } from './tab-merge-logic'

interface Envelope {
  state: unknown
  version: number
  /** This write's id, and the ids of the writes it was built on. */
  rev?: string
  parents?: string[]
}

interface Revision {
  state: SavedState
  parents: string[]
}

export interface SharedSaveOptions {
  name: string
  getStorage: () => StorageLike | undefined
  onNotice: (notice: StorageNotice) => void
  /** Turns saved data of a version this app reads (1 to today's) into a valid state. */
  restore: (raw: unknown, version: number) => SavedState
  /** Puts a state merged from another tab's write into the store (which saves it). */
  adopt: (state: SavedState) => void
  /** Another tab erased everything: the store goes back to its defaults. */
  erased: () => void
}

type Parsed =
  | { kind: 'none' }
  | { kind: 'unreadable' }
  | { kind: 'other-version'; version: unknown }
  | { kind: 'ok'; envelope: Envelope }

function parse(raw: string | null): Parsed {
  if (raw === null) return { kind: 'none' }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { kind: 'unreadable' }
  }
  if (!isRecord(value) || !('state' in value) || !('version' in value))
    return { kind: 'unreadable' }
  const { version } = value
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version > SAVED_STATE_VERSION
  )
    return { kind: 'other-version', version }
  return { kind: 'ok', envelope: value as unknown as Envelope }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
const newRev = () => Math.random().toString(36).slice(2, 10) + Date.now().toString(36)
/** Enough history to merge with a tab that is a few writes behind. */
const HISTORY_SIZE = 50

export function createSharedSave(options: SharedSaveOptions) {
  const { name, getStorage, onNotice, restore, adopt, erased } = options
  const history = new Map<string, Revision>()
  let lastRev: string | undefined
  /** While saving a merge made on hearing of another tab's write: this tab's own previous write. */
  let alsoBuiltOn: string | undefined
  let quiet = 0

  const record = (rev: string, revision: Revision) => {
    history.set(rev, revision)
    if (history.size > HISTORY_SIZE) history.delete(history.keys().next().value as string)
  }

  /** The write itself and every write it was built on that this tab knows of. */
  const ancestorsOf = (rev: string | undefined): Set<string> => {
    const found = new Set<string>()
    const queue = rev ? [rev] : []
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (found.has(next)) continue
      found.add(next)
      queue.push(...(history.get(next)?.parents ?? []))
    }
    return found
  }

  /**
   * The state both sides started from: the nearest writes that are ancestors of both (several
   * after crossed merges, then combined), or undefined when this tab knows none.
   */
  const commonBase = (theirParents: string[]): SavedState | undefined => {
    const mine = ancestorsOf(lastRev)
    const shared: string[] = []
    const seen = new Set<string>()
    const queue = [...theirParents]
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (seen.has(next)) continue
      seen.add(next)
      if (mine.has(next)) shared.push(next)
      else queue.push(...(history.get(next)?.parents ?? []))
    }
    const nearest = shared.filter(
      (rev) => !shared.some((other) => other !== rev && ancestorsOf(other).has(rev)),
    )
    const states = nearest.flatMap((rev) => history.get(rev)?.state ?? [])
    return states.length ? states.reduce((a, b) => mergeSavedStates(undefined, a, b)) : undefined
  }

  const withStorage = <T>(action: (storage: StorageLike) => T, fallback: T): T => {
    try {
      const storage = getStorage()
      if (!storage) throw new Error('no storage')
      return action(storage)
    } catch (error) {
      onNotice(
        error instanceof DOMException && error.name === 'QuotaExceededError'
          ? 'full'
          : 'unavailable',
      )
      return fallback
    }
  }

  /** Copies what this version cannot read to a key of its own, never over another copy. */
  const keepAside = (storage: StorageLike, raw: string, parsed: Parsed) => {
    const key =
      parsed.kind === 'other-version'
        ? `${name}${KEPT_ASIDE_SUFFIX}${String(parsed.version)}`
        : name + BACKUP_SUFFIX
    let free = key
    for (let n = 2; storage.getItem(free) !== null && storage.getItem(free) !== raw; n++)
      free = `${key}:${n}`
    storage.setItem(free, raw)
    if (parsed.kind === 'unreadable') onNotice('corrupt')
    else if (parsed.kind === 'other-version')
      onNotice(
        typeof parsed.version === 'number' && parsed.version > SAVED_STATE_VERSION
          ? 'newer-version'
          : 'unknown-version',
      )
  }

  /** Changes the store without saving (what it gets is what the storage holds, or nothing). */
  const quietly = (change: () => void) => {
    quiet++
    try {
      change()
    } finally {
      quiet--
    }
  }

  const eraseHere = () => {
    lastRev = undefined
    history.clear()
    quietly(erased)
  }

  const storage: PersistStorage<SavedState> = {
    getItem(key) {
      const raw = withStorage((s) => s.getItem(key), null)
      const parsed = parse(raw)
      if (parsed.kind === 'ok') {
        lastRev = parsed.envelope.rev
        return parsed.envelope as StorageValue<SavedState>
      }
      if (raw !== null) withStorage((s) => keepAside(s, raw, parsed), undefined)
      return null
    },
    setItem(key, value) {
      if (quiet) return
      withStorage((s) => {
        const raw = s.getItem(key)
        const parsed = parse(raw)
        if (parsed.kind === 'none' && lastRev !== undefined) {
          // Another tab erased everything since: that wins over this change.
          queueMicrotask(eraseHere)
          return
        }
        let state = value.state
        const parents = [lastRev, alsoBuiltOn].filter((rev): rev is string => rev !== undefined)
        const theirs = parsed.kind === 'ok' ? parsed.envelope : undefined
        if (theirs?.rev && !ancestorsOf(lastRev).has(theirs.rev)) {
          // Another tab wrote since this tab last looked, and this tab has not merged it yet.
          const theirState = restore(theirs.state, theirs.version)
          record(theirs.rev, { state: theirState, parents: theirs.parents ?? [] })
          state = mergeSavedStates(commonBase(theirs.parents ?? []), state, theirState)
          parents.unshift(theirs.rev)
          // At once: the store's next write must start from the merge, not from what it held.
          if (!same(state, value.state)) quietly(() => adopt(state))
        }
        if (raw !== null && (parsed.kind === 'unreadable' || parsed.kind === 'other-version'))
          keepAside(s, raw, parsed)
        const rev = newRev()
        s.setItem(key, JSON.stringify({ state, version: value.version, rev, parents }))
        record(rev, { state, parents })
        lastRev = rev
      }, undefined)
    },
    removeItem(key) {
      withStorage((s) => s.removeItem(key), undefined)
    },
  }

  return {
    storage,
    /** After hydration: the state the store now holds is what later writes are built on. */
    settle(state: SavedState) {
      if (lastRev) record(lastRev, { state, parents: history.get(lastRev)?.parents ?? [] })
    },
    /** Another tab wrote `newValue` (null: erased everything) under this save's key. */
    receive(newValue: string | null, current: SavedState) {
      const parsed = parse(newValue)
      if (parsed.kind === 'none') return eraseHere()
      // Another version's tab: its save is kept aside at this tab's next write.
      if (parsed.kind !== 'ok' || !parsed.envelope.rev) return
      const { rev, parents = [] } = parsed.envelope
      if (ancestorsOf(lastRev).has(rev)) return
      const theirs = restore(parsed.envelope.state, parsed.envelope.version)
      const merged = mergeSavedStates(commonBase(parents), current, theirs)
      const mine = lastRev
      record(rev, { state: theirs, parents })
      lastRev = rev
      if (same(merged, theirs)) return quietly(() => adopt(merged))
      // This tab had something theirs lacks: save the merge, built on both writes.
      alsoBuiltOn = mine
      adopt(merged)
      alsoBuiltOn = undefined
    },
    /** Forgets that anything was saved (the caller removes the keys). */
    forget() {
      lastRev = undefined
      history.clear()
    },
  }
}
