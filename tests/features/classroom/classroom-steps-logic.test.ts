// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { nextStep, previousStep, readStep } from '@/features/classroom/classroom-steps-logic'

describe('the class session’s steps', () => {
  it('reads the step from the URL, the set-up by default', () => {
    expect(readStep(new URLSearchParams('etape=tableau'))).toBe('tableau')
    expect(readStep(new URLSearchParams('etape=vrai-ou-faux&lang=en'))).toBe('vrai-ou-faux')
    expect(readStep(new URLSearchParams(''))).toBe('preparer')
    expect(readStep(new URLSearchParams('etape=nimporte'))).toBe('preparer')
  })

  it('goes through the warm-up only when the session plays it', () => {
    expect(nextStep('preparer', true)).toBe('projeter')
    expect(nextStep('projeter', true)).toBe('vrai-ou-faux')
    expect(nextStep('projeter', false)).toBe('codes')
    expect(nextStep('vrai-ou-faux', false)).toBe('codes')
    expect(nextStep('tableau', true)).toBeUndefined()
    expect(previousStep('codes', true)).toBe('vrai-ou-faux')
    expect(previousStep('codes', false)).toBe('projeter')
    expect(previousStep('preparer', true)).toBeUndefined()
  })
})
