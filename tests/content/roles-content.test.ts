// @vitest-environment node
/**
 * Checks on the real roles and skills content (content/roles/*.yaml, content/skills.yaml) that the
 * schemas alone cannot express: completeness, profiles that tell roles apart, and real translations.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'
import { formatProblem } from '@/content/read-yaml'
import type { Content, Localized, Profile, Role } from '@/content/schemas'
import { DIMENSIONS } from '@/content/vocabulary'

const root = path.resolve(__dirname, '../..')
const result = loadContent(path.join(root, 'content'), root)

function content(): Content {
  if (!result.content)
    throw new Error(`content did not load:\n${result.problems.map(formatProblem).join('\n')}`)
  return result.content
}

/**
 * The smallest Euclidean distance allowed between two role profiles (15 dimensions scored 0–3).
 * 3 means, for example, one dimension apart by 3, or nine dimensions apart by 1: enough for the
 * questionnaire to rank the two roles differently. The closest pair written so far,
 * conseiller-clientele / charge-assistance, is √10 ≈ 3.16 apart.
 */
const MIN_PROFILE_DISTANCE = 3

/** A long text whose English is far shorter or longer than its French is a summary, not a translation. */
const LONG_TEXT = 80
const MIN_EN_FR_RATIO = 0.6
const MAX_EN_FR_RATIO = 1.5

const ROLE_IDS = [
  'conseiller-clientele',
  'televendeur',
  'support-technique',
  'relation-client-digitale',
  'back-office',
  'conseiller-banque-assurance',
  'charge-assistance',
  'conseiller-multilingue',
  'conseiller-lsf',
  'superviseur',
  'responsable-plateau',
  'charge-qualite',
  'formateur',
  'planificateur',
]
const SKILL_IDS = [
  'multicanal',
  'expertise-technique',
  'ecrit-digital',
  'intelligence-emotionnelle',
  'domaine-reglemente',
  'outils-crm',
  'qualite',
  'langues',
  'supervision-coaching',
  'planification',
  'negociation-vente',
]

const distance = (a: Profile, b: Profile) =>
  Math.sqrt(DIMENSIONS.reduce((sum, d) => sum + (a[d] - b[d]) ** 2, 0))
const topDimensions = (role: Role) => DIMENSIONS.filter((d) => role.profile[d] === 3)

/** Every { fr, en } pair inside a value, with the path that leads to it. */
function localizedTexts(value: unknown, at: string): { at: string; text: Localized }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${at}[${i}]`))
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 2 && 'fr' in value && 'en' in value)
      return [{ at, text: value as Localized }]
    return entries.flatMap(([key, item]) => localizedTexts(item, `${at}.${key}`))
  }
  return []
}

describe('roles and skills content', () => {
  it('loads without a single problem', () => {
    expect(result.problems.map(formatProblem)).toEqual([])
  })

  it('has at least 13 roles and 10 skills, including every fixed id', () => {
    const { roles, skills } = content()
    expect(roles.length).toBeGreaterThanOrEqual(13)
    expect(skills.length).toBeGreaterThanOrEqual(10)
    expect(roles.map((r) => r.id)).toEqual(expect.arrayContaining(ROLE_IDS))
    expect(skills.map((s) => s.id)).toEqual(expect.arrayContaining(SKILL_IDS))
  })

  it('gives every role a ROME code with its source, entry routes to real diplomas, sources and at least 4 missions', () => {
    const { roles, diplomas, sources } = content()
    const diplomaIds = new Set(diplomas.map((d) => d.id))
    const sourceIds = new Set(sources.map((s) => s.id))
    for (const role of roles) {
      expect(role.rome.code, role.id).toMatch(/^[A-N]\d{4}$/)
      expect(sourceIds.has(role.rome.source), `${role.id} rome.source`).toBe(true)
      expect(role.entry.routes.length, `${role.id} entry.routes`).toBeGreaterThan(0)
      for (const route of role.entry.routes)
        expect(diplomaIds.has(route), `${role.id} → ${route}`).toBe(true)
      expect(role.sources.length, `${role.id} sources`).toBeGreaterThan(0)
      for (const source of role.sources)
        expect(sourceIds.has(source), `${role.id} → ${source}`).toBe(true)
      expect(role.missions.length, `${role.id} missions`).toBeGreaterThanOrEqual(4)
    }
  })

  it('gives every skill 1 to 3 dated pieces of evidence whose text states the year, and 1 to 4 ways to fill a gap', () => {
    for (const skill of content().skills) {
      expect(skill.evidence.length, skill.id).toBeGreaterThanOrEqual(1)
      expect(skill.evidence.length, skill.id).toBeLessThanOrEqual(3)
      expect(skill.fillGaps.length, skill.id).toBeLessThanOrEqual(4)
      for (const fact of skill.evidence) {
        expect(fact.text.fr, `${skill.id} (fr)`).toContain(String(fact.year))
        expect(fact.text.en, `${skill.id} (en)`).toContain(String(fact.year))
      }
    }
  })

  it('gives every role pay a teenager can read: the SMIC of the year as floor, and a dated range or what no source gave', () => {
    const { roles, sector, sources } = content()
    const sourceIds = new Set(sources.map((s) => s.id))
    for (const role of roles) {
      const { pay } = role
      const floor = sector.figures.find((f) => f.id === pay.floor)
      expect(floor?.unit, `${role.id} pay.floor`).toBe('euros')
      expect(floor?.reviewBy, `${role.id} pay.floor has a review date`).toBeDefined()
      for (const range of [pay.start, pay.experienced])
        if (range) expect(sourceIds.has(range.source), role.id).toBe(true)
      if (!pay.start || !pay.experienced)
        expect(pay.unknown?.fr, `${role.id} says which range is unknown`).toMatch(/pas trouvé/)
      for (const fact of [pay.agreement, ...(pay.facts ?? [])])
        if (fact) expect(fact.asOf, `${role.id}: every pay fact is dated`).toMatch(/^\d{4}/)
    }
  })

  it('defines every role by 2 to 4 dimensions scored 3, never the same set twice', () => {
    const seen = new Map<string, string>()
    for (const role of content().roles) {
      const top = topDimensions(role)
      expect(top.length, `${role.id}: ${top.join(', ')}`).toBeGreaterThanOrEqual(2)
      expect(top.length, `${role.id}: ${top.join(', ')}`).toBeLessThanOrEqual(4)
      const key = top.join(',')
      expect(
        seen.get(key),
        `${role.id} has the same top dimensions as ${seen.get(key)}`,
      ).toBeUndefined()
      seen.set(key, role.id)
    }
  })

  it(`keeps every two role profiles at least ${MIN_PROFILE_DISTANCE} apart`, () => {
    const roles = content().roles
    const tooClose: string[] = []
    for (const [i, a] of roles.entries())
      for (const b of roles.slice(i + 1)) {
        const d = distance(a.profile, b.profile)
        if (d < MIN_PROFILE_DISTANCE) tooClose.push(`${a.id} / ${b.id}: ${d.toFixed(2)}`)
      }
    expect(tooClose).toEqual([])
  })

  it('writes every role and skill text in both languages, translated rather than copied or summarised', () => {
    const { roles, skills } = content()
    const texts = [
      ...roles.flatMap((role) => localizedTexts(role, role.id)),
      ...skills.flatMap((skill) => localizedTexts(skill, `skills.${skill.id}`)),
    ]
    expect(texts.length).toBeGreaterThan(300)
    const faults: string[] = []
    for (const { at, text } of texts) {
      const fr = text.fr.trim()
      const en = text.en.trim()
      if (!fr || !en) faults.push(`${at}: empty`)
      else if (fr === en) faults.push(`${at}: the same in French and English`)
      else if (fr.length >= LONG_TEXT) {
        const ratio = en.length / fr.length
        if (ratio < MIN_EN_FR_RATIO || ratio > MAX_EN_FR_RATIO)
          faults.push(`${at}: English is ${ratio.toFixed(2)}× the French`)
      }
    }
    expect(faults).toEqual([])
  })
})
