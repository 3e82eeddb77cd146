/**
 * Build-time only: French typography for the UI messages. In every source file under `src/`
 * (the content folder has its own pass in the loader), each string literal and each static piece
 * of a template literal found inside the value of a property named `fr` gets the no-break spaces
 * of `frenchTypography`. Code-like strings outside a `fr` value are never touched, and the English
 * catalogue keeps English spacing.
 */
import { parseAst, type Plugin } from 'vite'
import { frenchTypography } from '../lib/french-typography.ts'

interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string'

const children = (node: Node): Node[] =>
  Object.entries(node).flatMap(([key, value]) => {
    if (key === 'key' && node.type === 'Property') return []
    if (Array.isArray(value)) return value.filter(isNode)
    return isNode(value) ? [value] : []
  })

const isFrProperty = (node: Node) => {
  if (node.type !== 'Property') return false
  const key = node.key as { type?: string; name?: string; value?: unknown } | undefined
  return key?.name === 'fr' || key?.value === 'fr'
}

interface Edit {
  start: number
  end: number
  text: string
}

/** The edits that give every French text in `source` French spacing. */
export function frenchMessageEdits(source: string, lang: 'ts' | 'tsx' = 'ts'): Edit[] {
  const ast = parseAst(source, { lang }) as unknown as Node
  const edits: Edit[] = []
  const visit = (node: Node, inFrench: boolean) => {
    if (inFrench && node.type === 'Literal' && typeof node.value === 'string') {
      const raw = source.slice(node.start + 1, node.end - 1)
      const fixed = frenchTypography(raw)
      if (fixed !== raw) edits.push({ start: node.start + 1, end: node.end - 1, text: fixed })
      return
    }
    if (inFrench && node.type === 'TemplateElement') {
      const raw = (node.value as { raw: string }).raw
      const start = node.start + 1
      const fixed = frenchTypography(raw)
      if (fixed !== raw) edits.push({ start, end: start + raw.length, text: fixed })
      return
    }
    if (isFrProperty(node)) {
      visit(node.value as Node, true)
      return
    }
    for (const child of children(node)) visit(child, inFrench)
  }
  visit(ast, false)
  return edits
}

/** `source` with the edits applied (they never overlap: each is one literal or one template piece). */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = ''
  let last = 0
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += source.slice(last, edit.start) + edit.text
    last = edit.end
  }
  return out + source.slice(last)
}

export function frenchTypographyPlugin(): Plugin {
  return {
    name: 'cap-relation-client:french-typography',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id
      if (!/\/src\/(?!content\/).*\.tsx?$/.test(file) || !/\bfr\s*:/.test(code)) return undefined
      const edits = frenchMessageEdits(code, file.endsWith('.tsx') ? 'tsx' : 'ts')
      return edits.length ? { code: applyEdits(code, edits), map: null } : undefined
    },
  }
}
