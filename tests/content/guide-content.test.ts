// @vitest-environment node
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'
import { formatProblem } from '@/content/read-yaml'
import { STUDENT_LEVELS } from '@/content/vocabulary'
import { diplomasForView } from '@/features/guide/coverage-logic'
import { diplomasOpenTo, recommend, targetsFor } from '@/features/guide/route-logic'
import { reformTimeline } from '@/features/guide/timeline-logic'

const root = path.resolve(__dirname, '../..')
const result = loadContent(path.join(root, 'content'), root)
if (!result.content) throw new Error(result.problems.map(formatProblem).join('\n'))
const { diplomas, roles, skills, sources } = result.content

const sourceIds = new Set(sources.map((s) => s.id))
const diplomaIds = new Set(diplomas.map((d) => d.id))
const roleIds = new Set(roles.map((r) => r.id))

/** The full content set (issue 4 §1–§2) rather than the starter content. */
const landed = diplomas.length >= 11 && skills.length >= 11

describe('the content the training guide reads', () => {
  it('has a complete coverage matrix: every diploma × skill has a level, a justification and a source', () => {
    const problems: string[] = []
    for (const d of diplomas)
      for (const s of skills) {
        const cell = d.coverage[s.id]
        if (!cell) problems.push(`${d.id} × ${s.id}: no cell`)
        else {
          if (![0, 1, 2, 3].includes(cell.level)) problems.push(`${d.id} × ${s.id}: level`)
          if (!cell.why.fr.trim() || !cell.why.en.trim()) problems.push(`${d.id} × ${s.id}: why`)
          if (!sourceIds.has(cell.source)) problems.push(`${d.id} × ${s.id}: source ${cell.source}`)
        }
      }
    expect(problems).toEqual([])
  })

  it('has no coverage cell for a skill that does not exist', () => {
    const skillIds = new Set(skills.map((s) => s.id))
    const extra = diplomas.flatMap((d) =>
      Object.keys(d.coverage)
        .filter((id) => !skillIds.has(id))
        .map((id) => `${d.id}: ${id}`),
    )
    expect(extra).toEqual([])
  })

  it("has every role's entry routes and needed skills, and every diploma's jobs", () => {
    const skillIds = new Set(skills.map((s) => s.id))
    expect(
      roles.flatMap((r) =>
        r.entry.routes.filter((id) => !diplomaIds.has(id)).map((id) => `${r.id} → ${id}`),
      ),
    ).toEqual([])
    expect(
      roles.flatMap((r) =>
        r.sectorSkills.filter((s) => !skillIds.has(s.skill)).map((s) => `${r.id} needs ${s.skill}`),
      ),
    ).toEqual([])
    expect(
      diplomas.flatMap((d) =>
        d.jobs.filter((id) => !roleIds.has(id)).map((id) => `${d.id} → ${id}`),
      ),
    ).toEqual([])
  })

  it('marks replaced diplomas with an existing current successor, and takes no new students', () => {
    const replaced = diplomas.filter((d) => d.status === 'replaced')
    for (const d of replaced) {
      expect(d.replacedBy, d.id).toBeDefined()
      expect(diplomaIds.has(d.replacedBy ?? ''), d.id).toBe(true)
      expect(d.openTo, d.id).toEqual([])
      expect(d.history.length, d.id).toBeGreaterThan(0)
    }
    for (const d of diplomas.filter((d) => d.status === 'current'))
      expect(d.replacedBy, d.id).toBeUndefined()
  })

  it('gives every current diploma at least one level it is open to, and every skill a way to fill a gap', () => {
    expect(
      diplomas.filter((d) => d.status === 'current' && d.openTo.length === 0).map((d) => d.id),
    ).toEqual([])
    expect(skills.filter((s) => s.fillGaps.length === 0).map((s) => s.id)).toEqual([])
  })

  it('lets the guide recommend, for every level and role, a route or at least a best diploma', () => {
    for (const level of STUDENT_LEVELS)
      for (const role of roles) {
        const r = recommend({ level, roleId: role.id }, { diplomas, roles, skills })
        expect(r.best, `${level} → ${role.id}`).toBeDefined()
        for (const route of r.routes)
          for (const d of route.steps.flatMap((s) => s.choices))
            expect(d.status, `${level} → ${role.id}: ${d.id}`).toBe('current')
      }
  })
})

describe.runIf(landed)('the full content, once it has landed', () => {
  it('compares BTS MUC and NRC in 2011, then MCO and NDRC, then all 11', () => {
    expect(diplomasForView('2011', diplomas).map((d) => d.id)).toEqual(['bts-muc', 'bts-nrc'])
    expect(diplomasForView('today', diplomas).map((d) => d.id)).toEqual(['bts-mco', 'bts-ndrc'])
    expect(diplomasForView('all', diplomas)).toHaveLength(diplomas.length)
  })

  it('lets every level start at least one diploma, and leads every role from some diploma', () => {
    for (const level of STUDENT_LEVELS)
      expect(diplomasOpenTo(level, diplomas), level).not.toEqual([])
    expect(roles.filter((r) => targetsFor(r, diplomas).length === 0).map((r) => r.id)).toEqual([])
  })

  it('routes an adviser from each level as a counsellor would: bac pro, BTS, BTS, BTS, a title', () => {
    // The first route for conseiller·ère clientèle, level by level (issue 12, "Done when").
    const first = (level: (typeof STUDENT_LEVELS)[number]) => {
      const [route] = recommend(
        { level, roleId: 'conseiller-clientele' },
        { diplomas, roles, skills },
      ).routes
      const [step] = route?.steps ?? []
      return (
        step && {
          rule: route?.rule,
          kinds: [...new Set(step.choices.map((d) => d.kind))],
          way: step.systems[0],
        }
      )
    }
    expect(first('troisieme')).toEqual({
      rule: 'affelnet-vocational',
      kinds: ['bac-pro'],
      way: 'affelnet',
    })
    expect(first('lycee-gt')).toEqual({
      rule: 'parcoursup-higher',
      kinds: ['bts'],
      way: 'parcoursup',
    })
    expect(first('bac-pro')).toEqual({
      rule: 'parcoursup-bts-bac-pro',
      kinds: ['bts'],
      way: 'parcoursup',
    })
    expect(first('post-bac')).toEqual({
      rule: 'parcoursup-higher',
      kinds: ['bts'],
      way: 'parcoursup',
    })
    expect(first('adulte')).toEqual({
      rule: 'adult-title',
      kinds: ['titre-pro'],
      way: 'france-travail',
    })
  })

  // The rule of the first route, and the way in of its first step, for every level × role of the
  // real content (columns: 3e, lycée GT, bac pro, après le bac, adulte).
  // prettier-ignore
  const FIRST_RULES: Record<string, string[]> = {
    'back-office': ['affelnet-vocational · affelnet', 'title-work-study · apprentissage', 'work-then-title · vae', 'title-work-study · apprentissage', 'adult-title · france-travail'],
    'charge-assistance': ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    'charge-qualite': ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    'conseiller-banque-assurance': ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    'conseiller-clientele': ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    'conseiller-lsf': ['affelnet-vocational · affelnet', 'title-work-study · apprentissage', 'work-then-title · vae', 'title-work-study · apprentissage', 'adult-title · france-travail'],
    'conseiller-multilingue': ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    formateur: ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    planificateur: ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    'relation-client-digitale': ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    'responsable-plateau': ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    superviseur: ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
    'support-technique': ['affelnet-vocational · affelnet', 'title-work-study · apprentissage', 'work-then-title · vae', 'title-work-study · apprentissage', 'adult-title · france-travail'],
    televendeur: ['affelnet-vocational · affelnet', 'parcoursup-higher · parcoursup', 'parcoursup-bts-bac-pro · parcoursup', 'parcoursup-higher · parcoursup', 'adult-title · france-travail'],
  }

  it.each(Object.keys(FIRST_RULES))(
    'documents the rule of the first route from each level to %s',
    (roleId) => {
      const rules = STUDENT_LEVELS.map((level) => {
        const [route] = recommend({ level, roleId }, { diplomas, roles, skills }).routes
        return route ? `${route.rule} · ${route.steps[0]?.systems[0]}` : 'none'
      })
      expect(rules).toEqual(FIRST_RULES[roleId])
    },
  )

  it('documents every role', () => {
    expect(Object.keys(FIRST_RULES).sort()).toEqual(roles.map((r) => r.id).sort())
  })

  it('dates the reforms: BTS creation in 2003, NDRC in 2018, MCO in 2019, CS in 2025', () => {
    const years = reformTimeline(diplomas).map((y) => y.year)
    expect(years).toEqual(expect.arrayContaining([2003, 2018, 2019, 2025]))
  })
})
