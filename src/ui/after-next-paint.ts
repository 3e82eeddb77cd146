/** The longest the work waits for a frame: a hidden tab draws none, and the work must still run. */
export const NO_FRAME_WAIT_MS = 250

/**
 * Runs `work` once the browser has painted what the current task changed (the frame's callbacks
 * run just before its paint; a task queued from them runs after it). For work a click sets off
 * but the student does not see, so that the click's answer is on screen sooner. Returns a
 * function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let done = false
  let afterFrame: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    afterFrame = setTimeout(run)
  })
  const noFrame = setTimeout(run, NO_FRAME_WAIT_MS)
  function stop() {
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(afterFrame)
    clearTimeout(noFrame)
  }
  function run() {
    if (done) return
    stop()
    work()
  }
  return stop
}
