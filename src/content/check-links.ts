/**
 * Build-time only: the rules no single-file schema can see — unique ids, references that
 * point at something, a coverage cell for every diploma × skill, answerable branching rules.
 */
import path from 'node:path'
import { formatPath, type ContentProblem, type FieldPath, type YamlFile } from './read-yaml.ts'
import type {
  Diploma,
  DealbreakerText,
  Dimension,
  GlossaryTerm,
  GuideContent,
  Myth,
  ProfileGroup,
  Questionnaire,
  QuestionnaireShape,
  Role,
  Rule,
  Sector,
  Skill,
  Source,
} from './schemas.ts'
import { checkGuideLinks } from './check-guide-links.ts'
import { DIMENSIONS, REVIEW_ID } from './vocabulary.ts'

interface Parsed<T> {
  yaml: YamlFile
  value: T
}

export interface ParsedContent {
  sources: Parsed<{ sources: Source[] }>[]
  dimensions: Parsed<{
    dimensions: Dimension[]
    profileGroups: ProfileGroup[]
    dealbreakers: DealbreakerText[]
  }>
  skills: Parsed<{ skills: Skill[] }>
  roles: Parsed<Role>[]
  diplomas: Parsed<Diploma>[]
  questionnaire: Parsed<Questionnaire>
  sector: Parsed<Sector>
  myths: Parsed<{ myths: Myth[] }>
  releasedQuestionnaires: Parsed<QuestionnaireShape>[]
  guide: Parsed<GuideContent>
  glossary: Parsed<{ terms: GlossaryTerm[] }>
}

export function checkLinks(content: ParsedContent): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (yaml: YamlFile, at: FieldPath, message: string) =>
    problems.push({ file: yaml.file, line: yaml.lineOf(at), path: formatPath(at), message })

  /** Registers ids, reporting the second of any pair. */
  const registry = (kind: string) => {
    const seen = new Map<string, string>()
    return {
      ids: seen,
      add(id: string, yaml: YamlFile, at: FieldPath) {
        const first = seen.get(id)
        if (first) report(yaml, at, `duplicate ${kind} id "${id}" (already used in ${first})`)
        else seen.set(id, yaml.file)
      },
    }
  }
  const expectRef =
    (ids: Map<string, string>, kind: string) => (id: string, yaml: YamlFile, at: FieldPath) => {
      if (!ids.has(id)) report(yaml, at, `unknown ${kind} "${id}"`)
    }

  const sources = registry('source')
  for (const { yaml, value } of content.sources)
    value.sources.forEach((s, i) => sources.add(s.id, yaml, ['sources', i, 'id']))
  const skills = registry('skill')
  content.skills.value.skills.forEach((s, i) =>
    skills.add(s.id, content.skills.yaml, ['skills', i, 'id']),
  )
  const roles = registry('role')
  for (const { yaml, value } of content.roles) roles.add(value.id, yaml, ['id'])
  const diplomas = registry('diploma')
  for (const { yaml, value } of content.diplomas) diplomas.add(value.id, yaml, ['id'])

  const figures = registry('figure')
  content.sector.value.figures.forEach((f, i) =>
    figures.add(f.id, content.sector.yaml, ['figures', i, 'id']),
  )

  const source = expectRef(sources.ids, 'source')
  const skill = expectRef(skills.ids, 'skill')
  const role = expectRef(roles.ids, 'role')
  const diploma = expectRef(diplomas.ids, 'diploma')

  const dims = content.dimensions
  const listed = new Set(dims.value.dimensions.map((d) => d.id))
  DIMENSIONS.filter((d) => !listed.has(d)).forEach((d) =>
    report(dims.yaml, ['dimensions'], `dimension "${d}" needs a name and a description`),
  )
  const seenDims = registry('dimension')
  dims.value.dimensions.forEach((d, i) => seenDims.add(d.id, dims.yaml, ['dimensions', i, 'id']))

  content.skills.value.skills.forEach((s, i) =>
    s.evidence.forEach((e, j) =>
      source(e.source, content.skills.yaml, ['skills', i, 'evidence', j, 'source']),
    ),
  )

  for (const { yaml, value: r } of content.roles) {
    fileNameMatchesId(yaml, r.id, report)
    r.sectorSkills.forEach((s, i) => skill(s.skill, yaml, ['sectorSkills', i, 'skill']))
    r.entry.routes.forEach((d, i) => diploma(d, yaml, ['entry', 'routes', i]))
    r.progression.forEach((p, i) => {
      role(p, yaml, ['progression', i])
      if (p === r.id) report(yaml, ['progression', i], 'a role cannot lead to itself')
    })
    for (const key of ['hours', 'remote', 'targets'] as const) {
      const condition = r.conditions[key]
      if ('source' in condition) source(condition.source, yaml, ['conditions', key, 'source'])
    }
    checkPay(r, yaml, report, source, figures.ids)
    source(r.rome.source, yaml, ['rome', 'source'])
    r.sources.forEach((s, i) => source(s, yaml, ['sources', i]))
  }

  for (const { yaml, value: d } of content.diplomas) {
    fileNameMatchesId(yaml, d.id, report)
    d.jobs.forEach((j, i) => role(j, yaml, ['jobs', i]))
    if (d.replacedBy) diploma(d.replacedBy, yaml, ['replacedBy'])
    if (d.status === 'replaced' && !d.replacedBy)
      report(yaml, ['status'], 'a replaced diploma needs "replacedBy"')
    if (d.status === 'current' && d.replacedBy)
      report(
        yaml,
        ['replacedBy'],
        'expected no "replacedBy" on a current diploma, got one: set status to "replaced" or "ended"',
      )
    const registration = d.registration
    if (registration?.source) source(registration.source, yaml, ['registration', 'source'])
    else if (registration && (registration.rncp || registration.until))
      report(
        yaml,
        ['registration'],
        'expected "source": where the RNCP number or the end date was read, got nothing',
      )
    if (registration && !registration.rncp && !registration.until && !registration.note)
      report(yaml, ['registration'], 'expected "note": say what is not known, got nothing')
    if (d.status === 'ended' && !d.registration?.until)
      report(
        yaml,
        ['status'],
        'an ended diploma needs "registration.until", the date it stopped being awarded',
      )
    d.history.forEach((h, i) => source(h.source, yaml, ['history', i, 'source']))
    d.sources.forEach((s, i) => source(s, yaml, ['sources', i]))
    for (const [skillId, cell] of Object.entries(d.coverage)) {
      skill(skillId, yaml, ['coverage', skillId])
      source(cell.source, yaml, ['coverage', skillId, 'source'])
    }
    for (const skillId of skills.ids.keys())
      if (!(skillId in d.coverage))
        report(yaml, ['coverage'], `expected a coverage level for skill "${skillId}", got nothing`)
  }

  checkQuestionnaire(content.questionnaire, report)
  problems.push(
    ...checkGuideLinks({
      sourceIds: new Set(sources.ids.keys()),
      diplomas: content.diplomas,
      guide: content.guide,
      glossary: content.glossary,
    }),
  )

  const sector = content.sector
  sector.value.figures.forEach((f, i) => {
    source(f.source, sector.yaml, ['figures', i, 'source'])
    if (f.noteSource) source(f.noteSource, sector.yaml, ['figures', i, 'noteSource'])
  })
  sector.value.charts.forEach((c, i) => source(c.source, sector.yaml, ['charts', i, 'source']))
  sector.value.timeline.forEach((t, i) => source(t.source, sector.yaml, ['timeline', i, 'source']))
  sector.value.explainers.forEach((e, i) =>
    e.points.forEach((p, j) =>
      source(p.source, sector.yaml, ['explainers', i, 'points', j, 'source']),
    ),
  )
  const explainers = registry('explainer')
  sector.value.explainers.forEach((e, i) =>
    explainers.add(e.id, sector.yaml, ['explainers', i, 'id']),
  )
  sector.value.figures.forEach((f, i) => {
    if (!f.updates) return
    const earlier = sector.value.figures.find((g) => g.id === f.updates)
    if (!earlier) report(sector.yaml, ['figures', i, 'updates'], `unknown figure "${f.updates}"`)
    else if (earlier.year >= f.year)
      report(
        sector.yaml,
        ['figures', i, 'updates'],
        `expected a figure from before ${f.year}, got "${earlier.id}" (${earlier.year})`,
      )
  })
  const charts = registry('chart')
  sector.value.charts.forEach((c, i) => charts.add(c.id, sector.yaml, ['charts', i, 'id']))

  const myths = registry('myth')
  content.myths.value.myths.forEach((m, i) => {
    myths.add(m.id, content.myths.yaml, ['myths', i, 'id'])
    m.sources.forEach((s, j) => source(s, content.myths.yaml, ['myths', i, 'sources', j]))
  })

  return problems
}

type Report = (yaml: YamlFile, at: FieldPath, message: string) => void
type Ref = (id: string, yaml: YamlFile, at: FieldPath) => void

/** A role's pay: its floor is a sector figure, a missing range is said in words, a range is ordered. */
function checkPay(
  role: Role,
  yaml: YamlFile,
  report: Report,
  source: Ref,
  figures: Map<string, string>,
) {
  const { pay } = role
  if (!figures.has(pay.floor)) report(yaml, ['pay', 'floor'], `unknown figure "${pay.floor}"`)
  for (const stage of ['start', 'experienced'] as const) {
    const range = pay[stage]
    if (!range) continue
    source(range.source, yaml, ['pay', stage, 'source'])
    if (range.min > range.max)
      report(
        yaml,
        ['pay', stage, 'max'],
        `expected at least ${range.min} (the minimum), got ${range.max}`,
      )
  }
  if ((!pay.start || !pay.experienced) && !pay.unknown)
    report(
      yaml,
      ['pay'],
      'expected "unknown": a text saying which pay range no source gave, got nothing',
    )
  if (pay.agreement) source(pay.agreement.source, yaml, ['pay', 'agreement', 'source'])
  pay.facts?.forEach((f, i) => source(f.source, yaml, ['pay', 'facts', i, 'source']))
}

function fileNameMatchesId(yaml: YamlFile, id: string, report: Report) {
  const base = path.basename(yaml.file, '.yaml')
  if (base !== id)
    report(yaml, ['id'], `expected the id to match the file name "${base}", got "${id}"`)
}

/** Question ids the quiz uses for its own screens: `#/quiz/relecture` is the review. */
export const RESERVED_QUESTION_IDS = [REVIEW_ID] as const

function checkQuestionnaire({ yaml, value: q }: Parsed<Questionnaire>, report: Report) {
  const sections = new Set<string>()
  q.sections.forEach((s, i) => {
    if (sections.has(s.id)) report(yaml, ['sections', i, 'id'], `duplicate section id "${s.id}"`)
    sections.add(s.id)
  })

  const levelQuestions = q.questions.filter((question) => question.kind === 'level')
  if (levelQuestions.length !== 1 || q.questions[0]?.kind !== 'level')
    report(yaml, ['questions'], 'expected exactly one question of kind "level", placed first')

  /** Rules may only look back: an answer to an earlier question asked in the same lengths, or a dimension. */
  const earlier = new Map<string, { options: Set<string>; lengths: Set<string> }>()
  const checkRule = (rule: Rule, at: FieldPath, lengths: readonly string[]) => {
    if ('answer' in rule) {
      const target = earlier.get(rule.answer.question)
      if (!target) {
        report(
          yaml,
          [...at, 'answer', 'question'],
          `expected an earlier question, got "${rule.answer.question}"`,
        )
        return
      }
      const missing = lengths.filter((l) => !target.lengths.has(l))
      if (missing.length > 0)
        report(
          yaml,
          [...at, 'answer', 'question'],
          `expected a question asked in every length of this one (${lengths.join(', ')}), got "${rule.answer.question}", which is not asked in ${missing.join(', ')}`,
        )
      rule.answer.anyOf.forEach((o, i) => {
        if (!target.options.has(o))
          report(
            yaml,
            [...at, 'answer', 'anyOf', i],
            `unknown option "${o}" of question "${rule.answer.question}"`,
          )
      })
    } else if ('all' in rule) rule.all.forEach((r, i) => checkRule(r, [...at, 'all', i], lengths))
    else if ('any' in rule) rule.any.forEach((r, i) => checkRule(r, [...at, 'any', i], lengths))
  }

  const sectionsSeen = new Set<string>()
  q.questions.forEach((question, i) => {
    if (earlier.has(question.id))
      report(yaml, ['questions', i, 'id'], `duplicate question id "${question.id}"`)
    if ((RESERVED_QUESTION_IDS as readonly string[]).includes(question.id))
      report(
        yaml,
        ['questions', i, 'id'],
        `expected another id, "${question.id}" is the address of the review screen`,
      )
    if (!sections.has(question.section))
      report(yaml, ['questions', i, 'section'], `unknown section "${question.section}"`)
    else if (!sectionsSeen.has(question.section)) {
      sectionsSeen.add(question.section)
      const sectionIndex = q.sections.findIndex((s) => s.id === question.section)
      const sectionRule = q.sections[sectionIndex]?.showIf
      const sectionLengths = new Set(
        q.questions
          .filter((other) => other.section === question.section)
          .flatMap((other) => other.lengths),
      )
      if (sectionRule)
        checkRule(sectionRule, ['sections', sectionIndex, 'showIf'], [...sectionLengths])
    }
    if (question.showIf) checkRule(question.showIf, ['questions', i, 'showIf'], question.lengths)
    if (question.kind === 'multi' && question.max > question.options.length)
      report(
        yaml,
        ['questions', i, 'max'],
        `expected at most ${question.options.length} (the number of options), got ${question.max}`,
      )
    const options = new Set<string>()
    if ('options' in question) {
      question.options.forEach((o, j) => {
        if (options.has(o.id))
          report(yaml, ['questions', i, 'options', j, 'id'], `duplicate option id "${o.id}"`)
        options.add(o.id)
      })
    } else ['1', '2', '3', '4', '5'].forEach((v) => options.add(v))
    earlier.set(question.id, { options, lengths: new Set(question.lengths) })
  })
}
