import { describe, expect, it } from 'vitest'
import { classroomMessages } from '@/features/classroom/messages'
import { MAX_CLASSROOM_CODES } from '@/store/saved-state'

const NNBSP = '\u202f'

describe('the class mode’s counts', () => {
  it('write a full list’s thousand with each language’s separator', () => {
    const { fr, en } = classroomMessages
    expect(MAX_CLASSROOM_CODES).toBe(1000)
    expect(fr.boardCount(1000)).toBe(`1${NNBSP}000 codes valides`)
    expect(en.boardCount(1000)).toBe('1,000 valid codes')
    expect(fr['list-full'](MAX_CLASSROOM_CODES)).toBe(
      `la liste est pleine (1${NNBSP}000 codes au plus)`,
    )
    expect(fr.studentTableTitle(1000)).toBe(`Code par code (1${NNBSP}000 élèves)`)
    expect(fr.boardCount(20)).toBe('20 codes valides')
  })
})
