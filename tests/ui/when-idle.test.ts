import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDLE_WAIT_MS, whenIdle } from '@/ui/when-idle'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('whenIdle', () => {
  it('hands the work to the browser’s idle time, and cancels it there', () => {
    const waiting: (() => void)[] = []
    const asked: unknown[] = []
    vi.stubGlobal('requestIdleCallback', (work: () => void, options: unknown) => {
      asked.push(options)
      return waiting.push(work)
    })
    const cancelIdleCallback = vi.fn()
    vi.stubGlobal('cancelIdleCallback', cancelIdleCallback)
    const work = vi.fn()
    const cancel = whenIdle(work)
    expect(work).not.toHaveBeenCalled()
    // At the latest after a short wait: after a click, a browser may find no idle time for long.
    expect(asked).toEqual([{ timeout: IDLE_WAIT_MS }])
    waiting[0]?.()
    expect(work).toHaveBeenCalledTimes(1)
    cancel()
    expect(cancelIdleCallback).toHaveBeenCalledWith(1)
  })

  it('waits a little where the browser cannot say when it is idle', () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    const work = vi.fn()
    whenIdle(work)
    vi.advanceTimersByTime(IDLE_WAIT_MS - 1)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(work).toHaveBeenCalledTimes(1)
    const cancelled = vi.fn()
    whenIdle(cancelled)()
    vi.advanceTimersByTime(IDLE_WAIT_MS * 2)
    expect(cancelled).not.toHaveBeenCalled()
  })
})
