/** Build-time only: YAML parsing that remembers where every value came from. */
import { LineCounter, isMap, isNode, isScalar, parseDocument, type Document } from 'yaml'

export type FieldPath = readonly (string | number)[]

export interface ContentProblem {
  file: string
  line: number
  path: string
  message: string
}

export interface YamlFile {
  file: string
  data: unknown
  /** The 1-based line of the deepest existing node on `path`. */
  lineOf(path: FieldPath): number
}

export function formatPath(path: FieldPath): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    return out ? `${out}.${key}` : key
  }, '')
}

export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line}`
  return problem.path
    ? `${where} ${problem.path}: ${problem.message}`
    : `${where} ${problem.message}`
}

export function readYaml(
  file: string,
  source: string,
): { yaml: YamlFile; problems: ContentProblem[] } {
  const lineCounter = new LineCounter()
  const doc: Document = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  })
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    path: '',
    message: `YAML syntax error: ${error.message.split('\n')[0]}`,
  }))

  const nodeAt = (path: FieldPath): unknown =>
    path.length === 0 ? doc.contents : doc.getIn(path, true)
  /** A field's line is its key's line (`coverage:`), not the line its value starts on. */
  const lineOf = (path: FieldPath): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const parent = depth > 0 ? nodeAt(path.slice(0, depth - 1)) : undefined
      if (isMap(parent)) {
        const key = path[depth - 1]
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key)
        if (pair && isNode(pair.key) && pair.key.range)
          return lineCounter.linePos(pair.key.range[0]).line
      }
      const node = nodeAt(path.slice(0, depth))
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
    }
    return 1
  }

  return { yaml: { file, data: problems.length ? undefined : doc.toJS(), lineOf }, problems }
}
