// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint, NO_FRAME_WAIT_MS } from '@/ui/after-next-paint'

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('afterNextPaint', () => {
  it('runs the work in a task after the next frame, once', () => {
    const work = vi.fn()
    afterNextPaint(work)
    vi.advanceTimersByTime(0)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersToNextFrame()
    // The frame's callbacks run before its paint: the work waits for the next task.
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(work).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS * 2)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('still runs when no frame comes (a hidden tab), after a short wait', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0)
    const work = vi.fn()
    afterNextPaint(work)
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS - 1)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('never runs once cancelled', () => {
    const work = vi.fn()
    const cancel = afterNextPaint(work)
    vi.advanceTimersToNextFrame()
    cancel()
    vi.advanceTimersByTime(NO_FRAME_WAIT_MS * 2)
    expect(work).not.toHaveBeenCalled()
  })
})
