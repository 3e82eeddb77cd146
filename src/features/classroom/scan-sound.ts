/** Short, quiet tones made on the spot (no audio file): a code received, or a code not taken. */
export type ScanSound = 'received' | 'flagged'

const TONES: Record<ScanSound, { frequency: number; seconds: number }> = {
  received: { frequency: 880, seconds: 0.12 },
  flagged: { frequency: 330, seconds: 0.2 },
}

/**
 * A player bound to one AudioContext, made on the click that opens the camera (browsers start
 * audio only after a user gesture). Where the browser has no Web Audio, it plays nothing.
 */
export function createScanSounds() {
  const AudioContextClass = globalThis.AudioContext as typeof AudioContext | undefined
  let context: AudioContext | undefined
  try {
    context = AudioContextClass ? new AudioContextClass() : undefined
  } catch {
    context = undefined
  }
  return {
    play(sound: ScanSound) {
      if (!context) return
      const { frequency, seconds } = TONES[sound]
      const start = context.currentTime
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.frequency.value = frequency
      gain.gain.setValueAtTime(0.08, start)
      gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds)
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(start)
      oscillator.stop(start + seconds)
    },
    close() {
      void context?.close().catch(() => undefined)
    },
  }
}
