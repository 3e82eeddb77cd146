import { describe, expect, it } from 'vitest'
import { readEmbedOptions } from '@/lib/embed-bridge'

const query = (s: string) => new URLSearchParams(s)

describe('readEmbedOptions', () => {
  it('is undefined unless integre=1', () => {
    expect(readEmbedOptions(query('lang=fr'))).toBeUndefined()
    expect(readEmbedOptions(query('integre=oui'))).toBeUndefined()
  })

  it('keeps a colour only when it is readable on white', () => {
    expect(readEmbedOptions(query('integre=1&couleur=0b5cad'))).toEqual({ accent: '#0b5cad' })
    expect(readEmbedOptions(query('integre=1&couleur=ffcc00'))).toEqual({})
    expect(readEmbedOptions(query('integre=1&couleur=<script>'))).toEqual({})
    expect(readEmbedOptions(query('integre=1'))).toEqual({})
  })
})
