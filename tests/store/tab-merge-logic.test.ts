import { describe, expect, it } from 'vitest'
import { defaultSavedState, type SavedQuiz, type SavedState } from '@/store/saved-state'
import { mergeCodes, mergeSavedStates } from '@/store/tab-merge-logic'

const quiz = (answers: SavedQuiz['answers'], extra: Partial<SavedQuiz> = {}): SavedQuiz => ({
  length: 'short',
  version: 1,
  answers,
  finished: false,
  ...extra,
})
const state = (patch: Partial<SavedState>): SavedState => ({ ...defaultSavedState(), ...patch })

describe('mergeCodes', () => {
  it('keeps the codes each side added, in order, and a code given twice twice', () => {
    expect(mergeCodes(['A'], ['A', 'B', 'B'], ['A', 'C'])).toEqual(['A', 'C', 'B', 'B'])
  })

  it('removes what one side removed, once per removal', () => {
    expect(mergeCodes(['A', 'A', 'B'], ['A', 'B'], ['A', 'A', 'B', 'C'])).toEqual(['A', 'B', 'C'])
  })

  it('with no known base, removes nothing and adds what only I have', () => {
    expect(mergeCodes(undefined, ['A', 'B'], ['B', 'C'])).toEqual(['B', 'C', 'A'])
  })
})

describe('mergeSavedStates', () => {
  it('combines answers to different questions; the later write wins on the same question', () => {
    const base = state({ quiz: quiz({ niveau: 'lycee' }) })
    const mine = state({ quiz: quiz({ niveau: 'lycee', calme: 4, envies: ['langues'] }) })
    const theirs = state({ quiz: quiz({ niveau: 'lycee', calme: 2, expose: null }) })
    expect(mergeSavedStates(base, mine, theirs).quiz?.answers).toEqual({
      niveau: 'lycee',
      calme: 2,
      expose: null,
      envies: ['langues'],
    })
  })

  it('keeps an answer I removed removed, unless they changed it', () => {
    const base = state({ quiz: quiz({ a: 1, b: 2 }) })
    const mine = state({ quiz: quiz({ b: 2 }) })
    expect(
      mergeSavedStates(base, mine, state({ quiz: quiz({ a: 1, b: 2, c: 3 }) })).quiz?.answers,
    ).toEqual({
      b: 2,
      c: 3,
    })
    expect(
      mergeSavedStates(base, mine, state({ quiz: quiz({ a: 5, b: 2 }) })).quiz?.answers,
    ).toEqual({
      a: 5,
      b: 2,
    })
  })

  it('does not lose answers when the other side started again', () => {
    const base = state({ quiz: quiz({ a: 1 }) })
    const mine = state({ quiz: quiz({ a: 1, b: 2 }) })
    expect(mergeSavedStates(base, mine, state({ quiz: null })).quiz).toEqual(quiz({ a: 1, b: 2 }))
    expect(mergeSavedStates(base, base, state({ quiz: null })).quiz).toBeNull()
  })

  it('settles settings field by field: each side keeps what only it changed', () => {
    const base = defaultSavedState()
    const mine = state({ settings: { ...base.settings, textSize: 'large', locale: 'en' } })
    const theirs = state({
      settings: { ...base.settings, lineSpacing: 'wide', locale: 'fr', localeChosen: true },
    })
    expect(mergeSavedStates(base, mine, theirs).settings).toEqual({
      ...base.settings,
      textSize: 'large',
      lineSpacing: 'wide',
      locale: 'en',
      localeChosen: true,
    })
  })

  it('merges the class session: settings per field, codes as above', () => {
    const base = defaultSavedState()
    const mine = state({ classroom: { ...base.classroom, warmUp: false, codes: ['A'] } })
    const theirs = state({ classroom: { ...base.classroom, length: 'full', codes: ['B'] } })
    expect(mergeSavedStates(base, mine, theirs).classroom).toEqual({
      ...base.classroom,
      warmUp: false,
      length: 'full',
      codes: ['B', 'A'],
    })
  })

  describe('named classes', () => {
    const cls = (id: string, name: string, codes: string[] = []) => ({
      ...defaultSavedState().classroom,
      id,
      name,
      codes,
    })
    const a = cls('classe-1', '2nde A', ['A'])

    it('keeps a class made in each tab, and the open class each tab chose last', () => {
      const base = state({ classroom: a })
      const mine = state({ classroom: cls('classe-b', '2nde B', ['B']), otherClasses: [a] })
      const theirs = state({ classroom: a, otherClasses: [cls('classe-c', '1re C')] })
      const merged = mergeSavedStates(base, mine, theirs)
      expect(merged.classroom.id).toBe('classe-b')
      expect(merged.otherClasses.map((c) => c.id)).toEqual(['classe-1', 'classe-c'])
    })

    it('merges the codes and labels of one class changed in both tabs', () => {
      const base = state({ classroom: a })
      const mine = state({
        classroom: { ...a, codes: ['A', 'B'], labels: { A: 'Léa' } },
      })
      const theirs = state({ classroom: { ...a, name: '2nde A — 12 mars', codes: ['A', 'C'] } })
      expect(mergeSavedStates(base, mine, theirs).classroom).toEqual({
        ...a,
        name: '2nde A — 12 mars',
        codes: ['A', 'C', 'B'],
        labels: { A: 'Léa' },
      })
    })

    it('deletes a class deleted in one tab, unless the other tab changed it meanwhile', () => {
      const b = cls('classe-b', 'B', ['B'])
      const base = state({ classroom: a, otherClasses: [b] })
      const mine = state({ classroom: a })
      expect(mergeSavedStates(base, mine, base).otherClasses).toEqual([])
      const theirs = state({ classroom: a, otherClasses: [{ ...b, codes: ['B', 'D'] }] })
      expect(mergeSavedStates(base, mine, theirs).otherClasses).toEqual([
        { ...b, codes: ['B', 'D'] },
      ])
    })
  })
})
