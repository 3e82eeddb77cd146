// @vitest-environment node
/**
 * French typography over everything the app says in French: every content text, every French
 * page, every French source title, and every French string of every UI catalogue (`fr:` in
 * src/, as the build's plugin leaves it). English keeps English spacing.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyEdits, frenchMessageEdits } from '@/app/typography-plugin'
import { loadContent } from '@/content/load-content'
import { parseAst } from 'vite'
import { typographyProblems } from '@/lib/french-typography'

const root = path.resolve(__dirname, '../..')
const result = loadContent(path.join(root, 'content'), root)

/** Every { fr, en } pair inside a value, with the path that leads to it. */
function localizedTexts(value: unknown, at: string): { at: string; fr: string; en: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${at}[${i}]`))
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    if (
      entries.length === 2 &&
      typeof (value as { fr?: unknown }).fr === 'string' &&
      typeof (value as { en?: unknown }).en === 'string'
    )
      return [{ at, fr: (value as { fr: string }).fr, en: (value as { en: string }).en }]
    return entries.flatMap(([key, item]) => localizedTexts(item, `${at}.${key}`))
  }
  return []
}

const faults = (texts: { at: string; text: string }[]) =>
  texts.flatMap(({ at, text }) =>
    typographyProblems(text).map((p) => `${at}: ${p.message} — ${p.excerpt}`),
  )

/** Text of an HTML page, without tags and without what `<code>` holds. */
const htmlText = (html: string) =>
  html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '\n')

/** English that got French spacing: a no-break space before « ; : ! ? % ». */
const FRENCH_SPACING = /[\u00a0\u202f][;:!?%]/

describe('French typography in the content', () => {
  const content = result.content
  it('loads', () => expect(content).toBeDefined())
  if (!content) return
  const texts = localizedTexts({ ...content, pages: [] }, 'content')

  it('has French spacing in every French text, source title and page', () => {
    expect(texts.length).toBeGreaterThan(800)
    expect(
      faults([
        ...texts.map(({ at, fr }) => ({ at, text: fr })),
        ...content.sources
          .filter((s) => s.lang !== 'en')
          .map((s) => ({ at: `source ${s.id}`, text: s.title })),
        ...content.pages.map((p) => ({ at: `page ${p.id}`, text: htmlText(p.html.fr) })),
      ]),
    ).toEqual([])
  })

  it('keeps English spacing in every English text', () => {
    const english = [
      ...texts.map(({ at, en }) => ({ at, en })),
      ...content.sources
        .filter((s) => s.lang === 'en')
        .map((s) => ({ at: `source ${s.id}`, en: s.title })),
      ...content.pages.map((p) => ({ at: `page ${p.id}`, en: htmlText(p.html.en) })),
    ]
    expect(english.filter(({ en }) => FRENCH_SPACING.test(en)).map(({ at }) => at)).toEqual([])
  })
})

interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}
const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string'

/** The static French strings of a source file: literals and template pieces under a `fr` key. */
function frenchStrings(source: string, lang: 'ts' | 'tsx'): string[] {
  const out: string[] = []
  const visit = (node: Node, french: boolean) => {
    if (french && node.type === 'Literal' && typeof node.value === 'string') out.push(node.value)
    if (french && node.type === 'TemplateElement')
      out.push((node.value as { cooked: string }).cooked)
    const isFr =
      node.type === 'Property' &&
      ((node.key as { name?: string }).name === 'fr' ||
        (node.key as { value?: string }).value === 'fr')
    for (const [key, value] of Object.entries(node)) {
      if (key === 'key' && node.type === 'Property') continue
      for (const child of Array.isArray(value) ? value : [value])
        if (isNode(child)) visit(child, french || (isFr && key === 'value'))
    }
  }
  visit(parseAst(source, { lang }) as unknown as Node, false)
  return out
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory())
      return entry.name === 'content' && dir.endsWith('src') ? [] : sourceFiles(file)
    return /\.tsx?$/.test(entry.name) ? [file] : []
  })
}

describe('French typography in the UI messages', () => {
  const files = sourceFiles(path.join(root, 'src')).filter((file) =>
    /\bfr\s*:/.test(readFileSync(file, 'utf8')),
  )

  it('covers every messages.ts catalogue', () => {
    const catalogues = files
      .filter((f) => /messages\.ts$/.test(f))
      .map((f) => path.relative(root, f))
    expect(catalogues).toEqual(
      expect.arrayContaining([
        'src/app/messages.ts',
        'src/features/roles/messages.ts',
        'src/ui/vocabulary-messages.ts',
      ]),
    )
    expect(catalogues.length).toBeGreaterThanOrEqual(12)
  })

  it('has French spacing in every French string once the build has run, and none in English', () => {
    const problems: string[] = []
    for (const file of files) {
      const lang = file.endsWith('.tsx') ? 'tsx' : 'ts'
      const raw = readFileSync(file, 'utf8')
      const built = applyEdits(raw, frenchMessageEdits(raw, lang))
      const at = path.relative(root, file)
      problems.push(...faults(frenchStrings(built, lang).map((text) => ({ at, text }))))
      if (built.includes('en:') && /en:\s*\{[^}]*[\u00a0\u202f][;:!?]/.test(built))
        problems.push(`${at}: French spacing in the English catalogue`)
    }
    expect(problems).toEqual([])
  })

  it('would fail on a French string the build had not spaced', () => {
    const raw =
      "export const m = { fr: { a: 'Vrai ou faux ?', b: (n: number) => `${n} élèves : « ${n} »` }, en: { a: 'True or false?' } }"
    expect(faults(frenchStrings(raw, 'ts').map((text) => ({ at: 'raw', text }))).length).toBe(4)
    const built = applyEdits(raw, frenchMessageEdits(raw))
    expect(faults(frenchStrings(built, 'ts').map((text) => ({ at: 'built', text })))).toEqual([])
    expect(built).toContain("en: { a: 'True or false?' }")
  })

  it('never touches a string outside a French value', () => {
    const raw =
      "const url = 'https://x.fr/?a=1 : b'; const css = { fr: 'Note : ok', other: 'Note : ok' }"
    const built = applyEdits(raw, frenchMessageEdits(raw))
    expect(built).toContain("'https://x.fr/?a=1 : b'")
    expect(built).toContain("other: 'Note : ok'")
    expect(built).toContain(`fr: 'Note\u00a0: ok'`)
  })
})
