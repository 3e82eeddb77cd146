/**
 * Reading a screen aloud with the browser's speech synthesis, without React: which voice to use,
 * which word a boundary event points at, and a reader that speaks a list of texts one after the
 * other and reports where it is. The browser's objects are passed in, so tests give fakes.
 */
import type { Locale } from '@/lib/i18n'
import type { ReadAloudRate } from '@/store/saved-state'

/** What the reader needs of a voice (a SpeechSynthesisVoice, or a test's stand-in). */
export interface VoiceLike {
  name: string
  lang: string
  localService: boolean
  default: boolean
}

/** What the reader needs of an utterance. */
export interface UtteranceLike {
  text: string
  lang: string
  rate: number
  voice: VoiceLike | null
  onstart: ((event: unknown) => void) | null
  onend: ((event: unknown) => void) | null
  onerror: ((event: unknown) => void) | null
  onboundary: ((event: { name?: string; charIndex: number; charLength?: number }) => void) | null
}

/** What the reader needs of `window.speechSynthesis`. */
export interface SynthesisLike {
  speak(utterance: UtteranceLike): void
  cancel(): void
  pause(): void
  resume(): void
  getVoices(): readonly VoiceLike[]
}

export type UtteranceFactory = (text: string) => UtteranceLike

/** Reading speeds offered in the reading settings, as the utterance's `rate`. */
export const READ_ALOUD_RATES: Record<ReadAloudRate, number> = { slow: 0.75, normal: 1, fast: 1.25 }

const languageOf = (lang: string) => lang.replace('_', '-').toLowerCase().split('-')[0] ?? ''

/**
 * A voice installed on the device for this language, or undefined. Voices the browser marks as
 * online (`localService: false`) are never used: they would send the text to a speech service.
 * Among local voices: France's (or the UK's) variant first, then the browser's default.
 */
export function pickVoice(voices: readonly VoiceLike[], locale: Locale): VoiceLike | undefined {
  const preferred = locale === 'fr' ? 'fr-fr' : 'en-gb'
  const local = voices.filter((v) => v.localService && languageOf(v.lang) === locale)
  const rank = (v: VoiceLike) =>
    (v.lang.replace('_', '-').toLowerCase() === preferred ? 0 : 2) + (v.default ? 0 : 1)
  return [...local].sort((a, b) => rank(a) - rank(b))[0]
}

/**
 * The word a boundary event points at: from `charIndex`, for `charLength` characters when the
 * voice gives it, else up to the next space. Undefined when the index is outside the text.
 */
export function wordAt(
  text: string,
  charIndex: number,
  charLength?: number,
): { start: number; end: number } | undefined {
  if (!Number.isInteger(charIndex) || charIndex < 0 || charIndex >= text.length) return undefined
  let start = charIndex
  while (start < text.length && /\s/.test(text[start] ?? '')) start++
  if (start >= text.length) return undefined
  if (charLength && charLength > 0)
    return { start, end: Math.min(text.length, charIndex + charLength) }
  let end = start
  while (end < text.length && !/\s/.test(text[end] ?? '')) end++
  return { start, end }
}

/** Where the reader is: which text of the list, and which word in it when the voice says. */
export type ReaderState =
  | { status: 'idle' }
  | {
      status: 'speaking' | 'paused'
      segment: number
      word: { start: number; end: number } | undefined
    }

export interface Reader {
  /** Speaks the texts in order (empty ones skipped); a new call stops what was being read. */
  read(texts: readonly string[], options: { voice: VoiceLike; rate: number }): void
  pause(): void
  resume(): void
  stop(): void
  readonly state: ReaderState
}

/**
 * A reader over the browser's speech synthesis. One utterance per text, so the screen can show
 * which text is being read even when the voice sends no word boundaries. Utterances of an
 * earlier reading that finish late (after a stop) are ignored.
 */
export function createReader(
  synthesis: SynthesisLike,
  makeUtterance: UtteranceFactory,
  onChange: (state: ReaderState) => void,
): Reader {
  let state: ReaderState = { status: 'idle' }
  let run = 0
  const set = (next: ReaderState) => {
    state = next
    onChange(next)
  }

  const speakFrom = (
    id: number,
    texts: readonly string[],
    index: number,
    options: { voice: VoiceLike; rate: number },
  ) => {
    const text = texts[index]
    if (text === undefined) {
      set({ status: 'idle' })
      return
    }
    if (text.trim() === '') {
      speakFrom(id, texts, index + 1, options)
      return
    }
    const utterance = makeUtterance(text)
    utterance.lang = options.voice.lang
    utterance.voice = options.voice
    utterance.rate = options.rate
    const current = () => id === run
    utterance.onstart = () => {
      if (current() && state.status !== 'paused')
        set({ status: 'speaking', segment: index, word: undefined })
    }
    utterance.onboundary = (event) => {
      if (!current() || (event.name !== undefined && event.name !== 'word')) return
      const word = wordAt(text, event.charIndex, event.charLength)
      if (word && state.status !== 'idle') set({ ...state, segment: index, word })
    }
    utterance.onend = () => {
      if (current()) speakFrom(id, texts, index + 1, options)
    }
    utterance.onerror = () => {
      if (!current()) return
      run++
      set({ status: 'idle' })
    }
    synthesis.speak(utterance)
  }

  return {
    read(texts, options) {
      const id = ++run
      synthesis.cancel()
      const first = texts.findIndex((t) => t.trim() !== '')
      if (first < 0) {
        set({ status: 'idle' })
        return
      }
      set({ status: 'speaking', segment: first, word: undefined })
      speakFrom(id, texts, first, options)
    },
    pause() {
      if (state.status !== 'speaking') return
      synthesis.pause()
      set({ ...state, status: 'paused' })
    },
    resume() {
      if (state.status !== 'paused') return
      synthesis.resume()
      set({ ...state, status: 'speaking' })
    },
    stop() {
      run++
      synthesis.cancel()
      set({ status: 'idle' })
    },
    get state() {
      return state
    },
  }
}
