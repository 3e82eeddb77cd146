/**
 * A new deployment waiting in the service worker: main.tsx offers it here, the shell's notice
 * shows it, and the reader decides when to reload (nothing changes under their feet).
 */
import { useSyncExternalStore } from 'react'

let applyUpdate: (() => void) | undefined
const listeners = new Set<() => void>()

/** Called when a new version is installed and waiting; `apply` activates it and reloads. */
export function offerUpdate(apply: () => void) {
  applyUpdate = apply
  listeners.forEach((listener) => listener())
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The function that reloads into the new version, or undefined while there is none. */
export function useAvailableUpdate(): (() => void) | undefined {
  return useSyncExternalStore(
    subscribe,
    () => applyUpdate,
    () => undefined,
  )
}
