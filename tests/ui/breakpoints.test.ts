import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(__dirname, '../../src')
/** The scale written in src/ui/styles/tokens.css, in rem. */
const SCALE = [23, 30, 40, 48, 56, 62]

const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return cssFiles(file)
    return entry.name.endsWith('.css') ? [file] : []
  })

describe('breakpoints', () => {
  it('are the documented scale, written in the tokens', () => {
    const tokens = readFileSync(path.join(SRC, 'ui/styles/tokens.css'), 'utf8')
    for (const step of SCALE) expect(tokens).toMatch(new RegExp(`\\b${step}rem\\b`))
  })

  it('come from the scale in every stylesheet (a max-width sits 0.01rem below a step)', () => {
    const off: string[] = []
    let seen = 0
    for (const file of cssFiles(SRC))
      for (const [query, kind, value] of readFileSync(file, 'utf8').matchAll(
        /@media[^{]*\((min|max)-width:\s*([\d.]+)rem\)/g,
      )) {
        seen++
        const rem = Number(value)
        const onScale = SCALE.includes(rem) || (kind === 'max' && SCALE.includes(rem + 0.01))
        if (!onScale) off.push(`${path.relative(SRC, file)}: ${query}`)
      }
    expect(off).toEqual([])
    expect(seen).toBeGreaterThan(20)
  })

  it('are written in rem, never in px', () => {
    const inPixels = cssFiles(SRC).filter((file) =>
      /@media[^{]*width:\s*[\d.]+px/.test(readFileSync(file, 'utf8')),
    )
    expect(inPixels).toEqual([])
  })
})

/** Each `:hover` rule with the `@media` blocks around it (a plain brace-depth walk). */
function hoverRules(css: string): { selector: string; media: string[] }[] {
  const found: { selector: string; media: string[] }[] = []
  const open: string[] = []
  let start = 0
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      open.push(
        css
          .slice(start, i)
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .trim(),
      )
      start = i + 1
    } else if (css[i] === '}') {
      open.pop()
      start = i + 1
    } else if (css[i] === ';') start = i + 1
    const selector = open.at(-1)
    if (css[i] === '{' && selector?.includes(':hover'))
      found.push({ selector, media: open.slice(0, -1) })
  }
  return found
}

describe('hover styles', () => {
  it('apply only on devices that hover: a tap never leaves a "hovered" look behind', () => {
    const outside: string[] = []
    let seen = 0
    for (const file of cssFiles(SRC))
      for (const { selector, media } of hoverRules(readFileSync(file, 'utf8'))) {
        seen++
        if (!media.some((m) => /@media[^{]*\(hover:\s*hover\)/.test(m)))
          outside.push(`${path.relative(SRC, file)}: ${selector}`)
      }
    expect(outside).toEqual([])
    expect(seen).toBeGreaterThan(10)
  })
})
