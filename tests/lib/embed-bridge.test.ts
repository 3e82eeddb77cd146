import { describe, expect, it } from 'vitest'
import { parseEmbedOptions, readEmbedOptions } from '@/lib/embed-bridge'

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

describe('parseEmbedOptions (what a frame remembered for its visit)', () => {
  it('reads what the frame wrote', () => {
    expect(parseEmbedOptions(JSON.stringify({ accent: '#0b5cad' }))).toEqual({ accent: '#0b5cad' })
    expect(parseEmbedOptions('{}')).toEqual({})
    expect(parseEmbedOptions(null)).toBeUndefined()
  })

  it('trusts nothing else: broken JSON, other shapes, a colour that is not one or unreadable', () => {
    for (const saved of ['{', 'null', '[]', '"x"', '42'])
      expect(parseEmbedOptions(saved)).toBeUndefined()
    expect(parseEmbedOptions(JSON.stringify({ accent: 'red;} body{display:none' }))).toEqual({})
    expect(parseEmbedOptions(JSON.stringify({ accent: 12 }))).toEqual({})
    expect(parseEmbedOptions(JSON.stringify({ accent: '#ffcc00' }))).toEqual({})
  })
})
