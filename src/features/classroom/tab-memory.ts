/**
 * What this tab keeps across a reload, and only this tab (sessionStorage): the codes typed but not
 * yet added, the warm-up's place. Another tab of the class mode starts with its own.
 */
import { useCallback, useState } from 'react'

const PREFIX = 'cap-relation-client:classe:'

/** What this tab remembered under `key`, or undefined. */
export function readInTab(key: string): unknown {
  try {
    const text = sessionStorage.getItem(PREFIX + key)
    return text === null ? undefined : JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Remembers a value for this tab; anything unreadable counts as nothing. */
export function rememberInTab(key: string, value: unknown): void {
  try {
    if (value === undefined) sessionStorage.removeItem(PREFIX + key)
    else sessionStorage.setItem(PREFIX + key, JSON.stringify(value))
  } catch {
    // Blocked or full storage: the value is simply not kept across a reload.
  }
}

/** A text kept across a reload of this tab, as `useState` does within one page. */
export function useTabText(key: string): [string, (text: string) => void] {
  const [text, setText] = useState(() => {
    const saved = readInTab(key)
    return typeof saved === 'string' ? saved : ''
  })
  const set = useCallback(
    (next: string) => {
      setText(next)
      rememberInTab(key, next || undefined)
    },
    [key],
  )
  return [text, set]
}
