import type { Page } from '@playwright/test'

/**
 * Replaces the browser's speech synthesis with a stub before the app loads: it has the given
 * voices (local ones), records every utterance (text, language, voice, rate) in
 * `window.__speech.spoken`, starts it and sends a boundary on its first word, and ends it only
 * when the test calls `window.__speech.finish()` — so the test sees the reading in progress.
 */
export async function stubSpeech(page: Page, langs: string[]) {
  await page.addInitScript((voiceLangs: string[]) => {
    interface Utterance {
      text: string
      lang: string
      rate: number
      voice: { name: string; lang: string } | null
      onstart: ((e: unknown) => void) | null
      onend: ((e: unknown) => void) | null
      onerror: ((e: unknown) => void) | null
      onboundary: ((e: unknown) => void) | null
    }
    const voices = voiceLangs.map((lang) => ({
      name: `Stub ${lang}`,
      lang,
      localService: true,
      default: false,
      voiceURI: `stub-${lang}`,
    }))
    let current: Utterance | undefined
    const queue: Utterance[] = []
    const spoken: { text: string; lang: string; voice: string; rate: number }[] = []
    const begin = () => {
      current = queue.shift()
      const u = current
      if (!u) return
      setTimeout(() => {
        u.onstart?.({})
        const first = /\S+/.exec(u.text)
        if (first)
          u.onboundary?.({ name: 'word', charIndex: first.index, charLength: first[0].length })
      }, 0)
    }
    const synthesis = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak(u: Utterance) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '', rate: u.rate })
        queue.push(u)
        if (!current) begin()
      },
      cancel() {
        queue.length = 0
        current = undefined
      },
      pause() {},
      resume() {},
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null,
    })
    class StubUtterance {
      lang = ''
      rate = 1
      voice = null
      onstart = null
      onend = null
      onerror = null
      onboundary = null
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true })
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: StubUtterance,
      configurable: true,
    })
    Object.defineProperty(window, '__speech', {
      value: {
        spoken,
        /** Ends the utterance being read; the app then queues the next one. */
        finish() {
          const u = current
          current = undefined
          u?.onend?.({})
          if (!current) begin()
          return u !== undefined
        },
      },
    })
  }, langs)
}

interface SpeechProbe {
  spoken: { text: string; lang: string; voice: string; rate: number }[]
  finish(): boolean
}

/** Lets the stub read to the end; returns everything spoken since the page loaded. */
export async function readToTheEnd(page: Page) {
  return page.evaluate(async () => {
    const speech = (window as unknown as { __speech: SpeechProbe }).__speech
    for (let i = 0; i < 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      if (!speech.finish()) break
    }
    return speech.spoken
  })
}

export const spokenSoFar = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: SpeechProbe }).__speech.spoken)
