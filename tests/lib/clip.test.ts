import { describe, expect, it } from 'vitest'
import { clipForDisplay } from '@/lib/clip'

describe('clipForDisplay', () => {
  it('leaves a short value alone', () => {
    expect(clipForDisplay('superviseur')).toBe('superviseur')
  })

  it('cuts a huge value to a readable length without reading all of it', () => {
    expect(clipForDisplay('a'.repeat(100_000))).toBe(`${'a'.repeat(80)}…`)
  })

  it('never splits a character made of two code units', () => {
    expect(clipForDisplay('😀'.repeat(5), 3)).toBe('😀😀😀…')
  })
})
