import { describe, expect, it } from 'vitest'
import { createAppStore, type OtherTabs } from '@/store/app-store'
import type { StorageLike } from '@/store/safe-storage'
import { storageKeyFor } from '@/store/safe-storage'

/**
 * One origin's localStorage seen by several tabs: each write reaches the other tabs as a storage
 * event, now or — to play a race — when `deliver()` is called.
 */
function browser() {
  const data = new Map<string, string>()
  const tabs: { listener: (key: string, value: string | null) => void; id: number }[] = []
  const queue: (() => void)[] = []
  let holding = false
  const broadcast = (from: number, key: string, value: string | null) => {
    for (const tab of tabs)
      if (tab.id !== from) {
        const send = () => tab.listener(key, value)
        if (holding) queue.push(send)
        else send()
      }
  }
  const open = () => {
    const id = tabs.length
    const storage: StorageLike = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        data.set(k, v)
        broadcast(id, k, v)
      },
      removeItem: (k) => {
        data.delete(k)
        broadcast(id, k, null)
      },
      get length() {
        return data.size
      },
      key: (i) => [...data.keys()][i] ?? null,
    }
    const otherTabs: OtherTabs = (listener) => {
      tabs.push({ listener, id })
      return () => {}
    }
    return createAppStore(() => storage, 'cap-relation-client', otherTabs)
  }
  return {
    data,
    open,
    hold: () => void (holding = true),
    deliver: () => {
      holding = false
      queue.splice(0).forEach((send) => send())
    },
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const quiz = (answers: Record<string, number>) => ({
  length: 'short' as const,
  version: 1,
  answers,
  finished: false,
})

describe('two tabs of the app', () => {
  it('stay in step: codes gathered in either tab are in both, and in the save', async () => {
    const b = browser()
    const projector = b.open()
    const board = b.open()
    projector.getState().addClassCodes(Array.from({ length: 25 }, (_, i) => `CODE-${i}`))
    board.getState().addClassCodes(['CODE-25'])
    await settle()
    expect(projector.getState().classroom.codes).toHaveLength(26)
    expect(board.getState().classroom.codes).toHaveLength(26)
    expect(b.open().getState().classroom.codes).toHaveLength(26)
  })

  it('lose nothing when both write before hearing of each other', async () => {
    const b = browser()
    const one = b.open()
    const two = b.open()
    one.getState().addClassCodes(['SHARED'])
    b.hold()
    one.getState().addClassCodes(['FROM-ONE'])
    one.getState().saveQuiz(quiz({ q1: 1 }))
    two.getState().addClassCodes(['FROM-TWO'])
    two.getState().saveQuiz(quiz({ q2: 2 }))
    b.deliver()
    await settle()
    b.deliver()
    await settle()
    for (const [n, tab] of [one, two, b.open()].entries()) {
      expect([...tab.getState().classroom.codes].sort(), `tab ${n}`).toEqual([
        'FROM-ONE',
        'FROM-TWO',
        'SHARED',
      ])
      expect(tab.getState().quiz?.answers).toEqual({ q1: 1, q2: 2 })
    }
  })

  it('keep a removal made in one tab', async () => {
    const b = browser()
    const one = b.open()
    const two = b.open()
    one.getState().addClassCodes(['A', 'B', 'C'])
    two.getState().removeClassCode(1)
    await settle()
    expect(one.getState().classroom.codes).toEqual(['A', 'C'])
  })

  it('a quiz page that did not see the other tab’s answer does not wipe it', async () => {
    const b = browser()
    const one = b.open()
    const two = b.open()
    one.getState().saveQuiz(quiz({ q1: 1 }))
    two.getState().saveQuiz(quiz({ q1: 1, q2: 2 }))
    await settle()
    // Tab one's questionnaire still holds only q1 when its reader answers q3.
    one.getState().saveQuiz(quiz({ q1: 1, q3: 3 }))
    await settle()
    expect(two.getState().quiz?.answers).toEqual({ q1: 1, q2: 2, q3: 3 })
  })

  it('an answer the questionnaire drops on opening stays dropped', () => {
    const b = browser()
    b.open()
      .getState()
      .saveQuiz(quiz({ q1: 1, gone: 2 }))
    const reopened = b.open()
    reopened.getState().saveQuiz(quiz({ q1: 1 }))
    expect(b.open().getState().quiz?.answers).toEqual({ q1: 1 })
  })

  it('erasing in one tab erases in the other, which does not write its data back', async () => {
    const b = browser()
    const one = b.open()
    const two = b.open()
    one.getState().addClassCodes(['A'])
    two.getState().eraseAll()
    await settle()
    expect(one.getState().classroom.codes).toEqual([])
    expect(b.data.size).toBe(0)
  })
})

describe('storageKeyFor', () => {
  it('keeps the old key at the root and names the folder elsewhere', () => {
    expect(storageKeyFor('/')).toBe('cap-relation-client')
    expect(storageKeyFor('/index.html')).toBe('cap-relation-client')
    expect(storageKeyFor('/orientation/')).toBe('cap-relation-client@/orientation/')
    expect(storageKeyFor('/orientation/integre.html')).toBe('cap-relation-client@/orientation/')
  })
})
