/**
 * Build-time only (Node): reads `content/`, validates each file against its schema, then checks
 * the links between files. Used by the Vite plugin and by `npm run content:check`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import { checkLinks, type ParsedContent } from './check-links.ts'
import { checkEasyRead } from './check-easy-read.ts'
import { checkReleased } from './check-released.ts'
import { checkScoring } from './check-scoring.ts'
import { contentWithFrenchTypography } from './content-typography.ts'
import { collectDueDates, type DueDate } from './freshness.ts'
import { checkMarkdown, renderMarkdown } from './markdown.ts'
import { readYaml, type ContentProblem, type YamlFile } from './read-yaml.ts'
import {
  describeValue,
  dimensionsFileSchema,
  diplomaSchema,
  glossaryFileSchema,
  guideFileSchema,
  mythsFileSchema,
  questionnaireFileSchema,
  questionnaireShapeSchema,
  roleSchema,
  sectorFileSchema,
  skillsFileSchema,
  sourcesFileSchema,
  type Content,
  type ProsePage,
} from './schemas.ts'

export interface LoadResult {
  /** The valid content, French typography applied: what the app ships. */
  content: Content | undefined
  problems: ContentProblem[]
  /** Every file read, so that the dev server can watch them. */
  files: string[]
  /** Review-by and registration end dates, with their file and line (empty when the content is invalid). */
  dueDates: DueDate[]
}

interface ZodIssueLike {
  code: string
  path: PropertyKey[]
  message: string
  input?: unknown
  keys?: string[]
  expected?: string
}

/** Messages for the checks whose schema did not say what it expected. */
function fallbackMessage(issue: ZodIssueLike): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field ${(issue.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}`
    case 'invalid_type':
      return `expected ${issue.expected ?? 'another type'}, got ${describeValue(issue.input)}`
    case 'too_small':
    case 'too_big':
    case 'invalid_value':
    case 'invalid_format':
      return `expected something else, got ${describeValue(issue.input)}`
    default:
      return undefined
  }
}

function validate<S extends z.ZodType>(
  schema: S,
  yaml: YamlFile,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  const result = schema.safeParse(yaml.data, {
    error: (issue) => fallbackMessage(issue as ZodIssueLike),
  })
  if (result.success) return result.data
  for (const issue of result.error.issues as ZodIssueLike[]) {
    const fieldPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol')
    const located =
      issue.code === 'unrecognized_keys' && issue.keys?.[0]
        ? [...fieldPath, issue.keys[0]]
        : fieldPath
    problems.push({
      file: yaml.file,
      line: yaml.lineOf(located),
      path: formatFieldPath(fieldPath),
      message: issue.message,
    })
  }
  return undefined
}

function formatFieldPath(fieldPath: (string | number)[]): string {
  return fieldPath.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  )
}

function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => path.join(dir, name))
}

/**
 * Loads and validates the content folder. `projectRoot` only shapes the file names in messages.
 */
export function loadContent(
  contentDir: string,
  projectRoot = path.dirname(contentDir),
): LoadResult {
  const problems: ContentProblem[] = []
  const files: string[] = []
  const display = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/')

  const open = (file: string, required = true): YamlFile | undefined => {
    files.push(file)
    if (!existsSync(file)) {
      if (required)
        problems.push({ file: display(file), line: 1, path: '', message: 'file is missing' })
      return undefined
    }
    const { yaml, problems: syntax } = readYaml(display(file), readFileSync(file, 'utf8'))
    problems.push(...syntax)
    return syntax.length ? undefined : yaml
  }

  const parseOne = <S extends z.ZodType>(file: string, schema: S) => {
    const yaml = open(file)
    return yaml ? { yaml, value: validate(schema, yaml, problems) } : undefined
  }

  const parseMany = <S extends z.ZodType>(dir: string, schema: S) => {
    const found = listFiles(dir, '.yaml')
    if (found.length === 0)
      problems.push({
        file: display(dir),
        line: 1,
        path: '',
        message: 'folder is empty or missing',
      })
    return found.map((file) => parseOne(file, schema))
  }

  const parsed = {
    sources: parseMany(path.join(contentDir, 'sources'), sourcesFileSchema),
    dimensions: parseOne(path.join(contentDir, 'dimensions.yaml'), dimensionsFileSchema),
    skills: parseOne(path.join(contentDir, 'skills.yaml'), skillsFileSchema),
    roles: parseMany(path.join(contentDir, 'roles'), roleSchema),
    diplomas: parseMany(path.join(contentDir, 'diplomas'), diplomaSchema),
    questionnaire: parseOne(path.join(contentDir, 'questions.yaml'), questionnaireFileSchema),
    sector: parseOne(path.join(contentDir, 'sector.yaml'), sectorFileSchema),
    myths: parseOne(path.join(contentDir, 'myths.yaml'), mythsFileSchema),
    releasedQuestionnaires: parseMany(
      path.join(contentDir, 'questionnaire-versions'),
      questionnaireShapeSchema,
    ),
    guide: parseOne(path.join(contentDir, 'guide.yaml'), guideFileSchema),
    glossary: parseOne(path.join(contentDir, 'glossary.yaml'), glossaryFileSchema),
  }
  const pages = readPages(path.join(contentDir, 'pages'), display, files, problems)

  if (problems.length) return { content: undefined, problems, files, dueDates: [] }
  const complete = parsed as unknown as ParsedContent
  problems.push(
    ...checkLinks(complete),
    ...checkScoring(complete),
    ...checkEasyRead(complete.questionnaire),
  )
  // Once the questionnaire itself is sound: does it still match the shape its version was released with?
  if (!problems.length)
    problems.push(...checkReleased(complete.questionnaire, complete.releasedQuestionnaires))
  if (problems.length) return { content: undefined, problems, files, dueDates: [] }

  const content: Content = {
    sources: complete.sources.flatMap((f) => f.value.sources),
    dimensions: complete.dimensions.value.dimensions,
    profileGroups: complete.dimensions.value.profileGroups,
    dealbreakers: complete.dimensions.value.dealbreakers,
    skills: complete.skills.value.skills,
    roles: complete.roles.map((f) => f.value),
    diplomas: complete.diplomas.map((f) => f.value),
    questionnaire: complete.questionnaire.value,
    sector: complete.sector.value,
    myths: complete.myths.value.myths,
    pages,
    releasedQuestionnaires: complete.releasedQuestionnaires
      .map((f) => f.value)
      .sort((a, b) => a.version - b.version),
    guide: complete.guide.value,
    glossary: complete.glossary.value.terms,
  }
  return {
    content: contentWithFrenchTypography(content),
    problems,
    files,
    dueDates: collectDueDates(complete),
  }
}

/** Long prose lives in Markdown: `content/pages/<id>.fr.md` and `<id>.en.md`, both required. */
function readPages(
  dir: string,
  display: (file: string) => string,
  files: string[],
  problems: ContentProblem[],
): ProsePage[] {
  const byId = new Map<string, Partial<Record<'fr' | 'en', string>>>()
  for (const file of listFiles(dir, '.md')) {
    files.push(file)
    const match = /^([a-z0-9-]+)\.(fr|en)\.md$/.exec(path.basename(file))
    if (!match) {
      problems.push({
        file: display(file),
        line: 1,
        path: '',
        message: 'expected a name such as "a-propos.fr.md"',
      })
      continue
    }
    const [, id = '', lang = 'fr'] = match
    const entry = byId.get(id) ?? {}
    const source = readFileSync(file, 'utf8')
    for (const { line, message } of checkMarkdown(source))
      problems.push({ file: display(file), line, path: '', message })
    entry[lang as 'fr' | 'en'] = renderMarkdown(source)
    byId.set(id, entry)
  }
  const pages: ProsePage[] = []
  for (const [id, html] of byId) {
    if (html.fr === undefined || html.en === undefined) {
      const missing = html.fr === undefined ? 'fr' : 'en'
      problems.push({
        file: display(path.join(dir, `${id}.${missing}.md`)),
        line: 1,
        path: '',
        message: `file is missing: every page needs a French and an English version`,
      })
      continue
    }
    pages.push({ id, html: { fr: html.fr, en: html.en } })
  }
  return pages
}
