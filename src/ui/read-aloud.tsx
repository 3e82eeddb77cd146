import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useAppStore } from '@/store/app-store'
import { readAloudMessages } from './read-aloud-messages'
import {
  createReader,
  pickVoice,
  READ_ALOUD_RATES,
  type Reader,
  type ReaderState,
  type SynthesisLike,
  type UtteranceFactory,
  type VoiceLike,
} from './read-aloud-logic'
import { useLocale, useMessages } from './use-locale'
import './read-aloud.css'

/** The part of a screen the button reads: the nearest ancestor with this attribute. */
export const READ_ALOUD_SCOPE = 'data-read-aloud-scope'
/** Each text the button reads, in the order of the page. */
export const READ_ALOUD_TEXT = 'data-read-aloud'
/** The keyboard shortcuts: Alt+Shift+L starts, pauses or resumes; Alt+Shift+S stops. */
export const READ_ALOUD_SHORTCUTS = { toggle: 'Alt+Shift+L', stop: 'Alt+Shift+S' } as const

const WORD_HIGHLIGHT = 'read-aloud-word'
const READING_ATTRIBUTE = 'data-reading'

interface SpeechWindow {
  speechSynthesis?: SynthesisLike & Partial<EventTarget>
  SpeechSynthesisUtterance?: new (text: string) => unknown
}

const speech = () => {
  const w = window as unknown as SpeechWindow
  const synthesis = w.speechSynthesis
  const Utterance = w.SpeechSynthesisUtterance
  if (!synthesis || !Utterance) return undefined
  const make: UtteranceFactory = (text) => new Utterance(text) as ReturnType<UtteranceFactory>
  return { synthesis, make }
}

const noVoices: readonly VoiceLike[] = []
let voicesCache: readonly VoiceLike[] = noVoices

/** The device's voices; they may arrive after the page loads (`voiceschanged`). */
function subscribeVoices(notify: () => void) {
  const synthesis = speech()?.synthesis
  if (!synthesis?.addEventListener) return () => {}
  synthesis.addEventListener('voiceschanged', notify)
  return () => synthesis.removeEventListener?.('voiceschanged', notify)
}
function voicesSnapshot(): readonly VoiceLike[] {
  const voices = speech()?.synthesis.getVoices() ?? noVoices
  const same = voices.length === voicesCache.length && voices.every((v, i) => v === voicesCache[i])
  if (!same) voicesCache = voices
  return voicesCache
}

/** A voice installed on this device for the page's language, or undefined. */
export function useReadAloudVoice(): VoiceLike | undefined {
  const locale = useLocale()
  const voices = useSyncExternalStore(subscribeVoices, voicesSnapshot, () => noVoices)
  return pickVoice(voices, locale)
}

/** The text nodes of an element and the character offset of a word in them, as a Range. */
function rangeOf(element: Element, start: number, end: number): Range | undefined {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  let offset = 0
  let started = false
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (!started && start < offset + length) {
      range.setStart(node, start - offset)
      started = true
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset)
      return range
    }
    offset += length
  }
  return undefined
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void
  delete(name: string): void
}
const highlights = () =>
  (globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights
const HighlightClass = () =>
  (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight

/** Shows which text is being read (an outline) and, when the voice says, which word. */
function showPosition(elements: readonly Element[], state: ReaderState) {
  elements.forEach((element, index) => {
    const current = state.status !== 'idle' && state.segment === index
    if (current) element.setAttribute(READING_ATTRIBUTE, 'true')
    else element.removeAttribute(READING_ATTRIBUTE)
  })
  const registry = highlights()
  const Highlight = HighlightClass()
  if (!registry || !Highlight) return
  const element = state.status !== 'idle' ? elements[state.segment] : undefined
  const range =
    element && state.status !== 'idle' && state.word
      ? rangeOf(element, state.word.start, state.word.end)
      : undefined
  if (range) registry.set(WORD_HIGHLIGHT, new Highlight(range))
  else registry.delete(WORD_HIGHLIGHT)
}

/**
 * « Écouter »: reads the texts of its screen (every `data-read-aloud` element inside the nearest
 * `data-read-aloud-scope` ancestor) with a voice of this device, never an online one. Not shown
 * when the device has no voice for the page's language. Mount it with a `key` per screen: it
 * stops reading when it goes away.
 */
export function ReadAloud() {
  const t = useMessages(readAloudMessages)
  const voice = useReadAloudVoice()
  const rate = useAppStore((s) => READ_ALOUD_RATES[s.settings.readAloudRate])
  const group = useRef<HTMLDivElement>(null)
  const reader = useRef<Reader | undefined>(undefined)
  const elements = useRef<Element[]>([])
  const [state, setState] = useState<ReaderState>({ status: 'idle' })

  useEffect(
    () => () => {
      // Nothing was read (the usual case, at each question of the quiz): nothing to clear.
      if (!reader.current) return
      reader.current.stop()
      showPosition(elements.current, { status: 'idle' })
    },
    [],
  )
  // A voice that disappears (another language chosen) stops the reading.
  useEffect(() => {
    if (!voice) reader.current?.stop()
  }, [voice])

  const start = () => {
    const api = speech()
    if (!api || !voice) return
    const scope = group.current?.closest(`[${READ_ALOUD_SCOPE}]`)
    elements.current = scope ? [...scope.querySelectorAll(`[${READ_ALOUD_TEXT}]`)] : []
    reader.current ??= createReader(api.synthesis, api.make, (next) => {
      setState(next)
      showPosition(elements.current, next)
    })
    reader.current.read(
      elements.current.map((e) => e.textContent ?? ''),
      { voice, rate },
    )
  }
  const toggle = () => {
    if (state.status === 'idle') start()
    else if (state.status === 'speaking') reader.current?.pause()
    else reader.current?.resume()
  }
  const stop = () => reader.current?.stop()

  const latest = useRef({ toggle, stop })
  useEffect(() => {
    latest.current = { toggle, stop }
  })
  useEffect(() => {
    if (!voice) return
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return
      if (event.code === 'KeyL') latest.current.toggle()
      else if (event.code === 'KeyS') latest.current.stop()
      else return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [voice])

  if (!voice) return null
  return (
    <div ref={group} className="read-aloud no-print" role="group" aria-label={t.group}>
      <button
        type="button"
        className="button read-aloud__toggle"
        aria-keyshortcuts={READ_ALOUD_SHORTCUTS.toggle}
        onClick={toggle}
      >
        <span aria-hidden="true" className="read-aloud__icon">
          {state.status === 'speaking' ? '❚❚' : '▶'}
        </span>
        {state.status === 'idle' ? t.listen : state.status === 'speaking' ? t.pause : t.resume}
      </button>
      {state.status !== 'idle' && (
        <button
          type="button"
          className="button button--quiet"
          aria-keyshortcuts={READ_ALOUD_SHORTCUTS.stop}
          onClick={stop}
        >
          {t.stop}
        </button>
      )}
    </div>
  )
}
