import { describe, expect, it } from 'vitest'
import { createReader, pickVoice, wordAt, type ReaderState } from '@/ui/read-aloud-logic'
import { FakeSynthesis, FakeUtterance, voice } from '../fixtures/fake-speech'

describe('the voice chosen for a language', () => {
  it('is a local voice of that language, France or the UK first, then the default', () => {
    const voices = [
      voice('en-US', { default: true }),
      voice('fr-CA'),
      voice('fr_FR', { name: 'Amélie' }),
      voice('en-GB', { name: 'Daniel' }),
      voice('de-DE'),
    ]
    expect(pickVoice(voices, 'fr')?.name).toBe('Amélie')
    expect(pickVoice(voices, 'en')?.name).toBe('Daniel')
    expect(pickVoice([voice('fr-CA')], 'fr')?.lang).toBe('fr-CA')
  })

  it('is never an online voice: none at all rather than text sent away', () => {
    expect(pickVoice([voice('fr-FR', { localService: false })], 'fr')).toBeUndefined()
    expect(pickVoice([voice('en-GB')], 'fr')).toBeUndefined()
    expect(pickVoice([], 'en')).toBeUndefined()
  })
})

describe('the word a boundary points at', () => {
  const text = 'Où en es-tu aujourd’hui ?'
  it('uses the length the voice gives, or reads up to the next space', () => {
    expect(wordAt(text, 3, 2)).toEqual({ start: 3, end: 5 })
    expect(wordAt(text, 6)).toEqual({ start: 6, end: 11 })
    expect(text.slice(12, wordAt(text, 11)!.end)).toBe('aujourd’hui')
  })
  it('is nothing outside the text', () => {
    expect(wordAt(text, -1)).toBeUndefined()
    expect(wordAt(text, text.length)).toBeUndefined()
    expect(wordAt('a  ', 1)).toBeUndefined()
  })
})

const setUp = () => {
  const synthesis = new FakeSynthesis()
  const states: ReaderState[] = []
  const reader = createReader(
    synthesis,
    (t) => new FakeUtterance(t),
    (s) => states.push(s),
  )
  return { synthesis, states, reader }
}
const fr = voice('fr-FR')

describe('the reader', () => {
  it('reads each text in order with the voice, its language and the rate, then stops', () => {
    const { synthesis, reader, states } = setUp()
    reader.read(['Question ?', '', 'Choix un', 'Choix deux'], { voice: fr, rate: 0.75 })
    expect(states.at(-1)).toEqual({ status: 'speaking', segment: 0, word: undefined })
    synthesis.playNext()
    synthesis.playNext()
    expect(reader.state).toMatchObject({ segment: 2 })
    synthesis.playNext()
    expect(synthesis.spoken.map((u) => [u.text, u.lang, u.rate, u.voice?.name])).toEqual([
      ['Question ?', 'fr-FR', 0.75, 'Voice fr-FR'],
      ['Choix un', 'fr-FR', 0.75, 'Voice fr-FR'],
      ['Choix deux', 'fr-FR', 0.75, 'Voice fr-FR'],
    ])
    expect(reader.state).toEqual({ status: 'idle' })
  })

  it('says which word is read when the voice sends boundaries, and only the text otherwise', () => {
    const { synthesis, reader, states } = setUp()
    reader.read(['Tu aimes le téléphone', 'Non'], { voice: fr, rate: 1 })
    synthesis.playNext()
    const words = states.flatMap((s) => (s.status === 'speaking' && s.word ? [s.word] : []))
    expect(words.map((w) => 'Tu aimes le téléphone'.slice(w.start, w.end))).toEqual([
      'Tu',
      'aimes',
      'le',
      'téléphone',
    ])
    const before = states.length
    synthesis.playNext({ boundaries: false })
    expect(states.slice(before)).toContainEqual({ status: 'speaking', segment: 1, word: undefined })
  })

  it('pauses, resumes and stops; a late end from a stopped reading does nothing', () => {
    const { synthesis, reader } = setUp()
    reader.read(['Un', 'Deux'], { voice: fr, rate: 1 })
    const first = synthesis.queue[0]!
    reader.pause()
    expect(synthesis.paused).toBe(true)
    expect(reader.state.status).toBe('paused')
    reader.resume()
    expect(reader.state.status).toBe('speaking')
    reader.stop()
    expect(reader.state).toEqual({ status: 'idle' })
    first.onend?.({})
    expect(synthesis.spoken).toHaveLength(1)
    expect(reader.state).toEqual({ status: 'idle' })
  })

  it('stops on an error and starts again from the top on a new reading', () => {
    const { synthesis, reader } = setUp()
    reader.read(['Un', 'Deux'], { voice: fr, rate: 1 })
    synthesis.queue[0]!.onerror?.({})
    expect(reader.state).toEqual({ status: 'idle' })
    reader.read(['Trois'], { voice: fr, rate: 1 })
    expect(synthesis.cancels).toBe(2)
    expect(synthesis.queue.map((u) => u.text)).toEqual(['Trois'])
  })
})
