/** The longest idle work waits: a browser may find no idle time for seconds after a click. */
export const IDLE_WAIT_MS = 200

/**
 * Runs `work` when the browser has nothing else to do, or after `IDLE_WAIT_MS` at the latest:
 * for work done in advance, which nothing on screen waits for. Returns a function that cancels
 * it.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: IDLE_WAIT_MS })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(work, IDLE_WAIT_MS)
  return () => clearTimeout(timer)
}
