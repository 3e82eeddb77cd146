import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  EMBED_SOURCE,
  HEIGHT_STEP,
  PROGRESS_PARAM,
  isHello,
  parseEmbedOptions,
  postedHeight,
  readEmbedOptions,
} from '@/lib/embed-bridge'

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

describe('readEmbedOptions from the address before the hash', () => {
  it('prefers the frame’s own query, and reads the height steps', () => {
    expect(readEmbedOptions(query('lang=fr'), query('integre=1&couleur=b42318&paliers=1'))).toEqual(
      { accent: '#b42318', heightSteps: true },
    )
    expect(readEmbedOptions(query('integre=1&couleur=b42318'), query(''))).toEqual({
      accent: '#b42318',
    })
    expect(readEmbedOptions(query(''), query('integre=0'))).toBeUndefined()
  })
})

describe('postedHeight', () => {
  it('is the content’s height, rounded up to steps on the results page only when asked', () => {
    expect(postedHeight(1234.2, {}, true)).toBe(1235)
    expect(postedHeight(1234.2, { heightSteps: true }, false)).toBe(1235)
    expect(postedHeight(1234.2, { heightSteps: true }, true)).toBe(3 * HEIGHT_STEP)
    expect(postedHeight(2 * HEIGHT_STEP, { heightSteps: true }, true)).toBe(2 * HEIGHT_STEP)
  })
})

describe('isHello', () => {
  it('recognises the loader’s hello and nothing else', () => {
    expect(isHello({ source: EMBED_SOURCE, type: 'hello' })).toBe(true)
    for (const data of [null, 'hello', { type: 'hello' }, { source: EMBED_SOURCE, type: 'resize' }])
      expect(isHello(data)).toBe(false)
  })
})

describe('the loader’s copies of the bridge’s names', () => {
  it('are the same', () => {
    const loader = readFileSync(
      path.resolve(__dirname, '../../src/features/embed/embed-loader.ts'),
      'utf8',
    )
    expect(loader).toContain(`const SOURCE = '${EMBED_SOURCE}'`)
    expect(loader).toContain(`const PROGRESS_PARAM = '${PROGRESS_PARAM}'`)
    expect(loader).toContain(`const EVENTS = ['started', 'completed']`)
  })
})
