// @vitest-environment node
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '@/content/load-content'
import type { Content, Diploma } from '@/content/schemas'

let content: Content

beforeAll(() => {
  const root = path.resolve(__dirname, '../..')
  const result = loadContent(path.join(root, 'content'), root)
  if (!result.content) throw new Error(`content did not load: ${JSON.stringify(result.problems)}`)
  content = result.content
})

const DIPLOMA_IDS = [
  'bts-muc',
  'bts-nrc',
  'bts-mco',
  'bts-ndrc',
  'tp-crcd',
  'tp-superviseur',
  'bac-pro-accueil',
  'bac-pro-mcv',
  'cs-acvd',
  'but-tc',
  'tp-tai',
]

/** The contact-centre skills the 2011 article says general commercial diplomas leave thin. */
const SPECIALISED = [
  'multicanal',
  'expertise-technique',
  'ecrit-digital',
  'domaine-reglemente',
  'planification',
]

const diploma = (id: string): Diploma => {
  const found = content.diplomas.find((d) => d.id === id)
  if (!found) throw new Error(`no diploma ${id}`)
  return found
}

const specialisedAverage = (id: string) => {
  const { coverage } = diploma(id)
  return (
    SPECIALISED.reduce((sum, skill) => sum + (coverage[skill]?.level ?? 0), 0) / SPECIALISED.length
  )
}

describe('diplomas', () => {
  it('has the 11 diplomas of the guide', () => {
    expect(content.diplomas.map((d) => d.id).sort()).toEqual([...DIPLOMA_IDS].sort())
  })

  it('closes replaced diplomas: each names its successor and nobody can enrol', () => {
    const replaced = content.diplomas.filter((d) => d.status === 'replaced')
    expect(replaced.map((d) => d.id).sort()).toEqual(['bts-muc', 'bts-nrc'])
    expect(diploma('bts-muc')).toMatchObject({ replacedBy: 'bts-mco', openTo: [] })
    expect(diploma('bts-nrc')).toMatchObject({ replacedBy: 'bts-ndrc', openTo: [] })
  })

  it('keeps every current diploma open to at least one student level', () => {
    for (const d of content.diplomas.filter((x) => x.status === 'current')) {
      expect(d.openTo.length, d.id).toBeGreaterThan(0)
      expect(d.replacedBy, d.id).toBeUndefined()
    }
  })

  it('dates every history event with an existing source', () => {
    const sourceIds = new Set(content.sources.map((s) => s.id))
    for (const d of content.diplomas) {
      expect(d.history.length, d.id).toBeGreaterThan(0)
      for (const event of d.history) expect(sourceIds, d.id).toContain(event.source)
    }
  })
})

describe('coverage matrix', () => {
  it('has a level, a justification in both languages and an existing source for every diploma × skill', () => {
    const sourceIds = new Set(content.sources.map((s) => s.id))
    const skillIds = content.skills.map((s) => s.id)
    expect(skillIds).toHaveLength(11)
    for (const d of content.diplomas) {
      expect(Object.keys(d.coverage).sort(), d.id).toEqual([...skillIds].sort())
      for (const skill of skillIds) {
        const cell = d.coverage[skill]
        const where = `${d.id} × ${skill}`
        expect([0, 1, 2, 3], where).toContain(cell?.level)
        expect(cell?.why.fr.trim().length, where).toBeGreaterThan(10)
        expect(cell?.why.en.trim().length, where).toBeGreaterThan(10)
        expect(sourceIds, where).toContain(cell?.source)
      }
    }
  })

  it('names the unit, bloc or certificate behind each justification', () => {
    const namesAUnit =
      /bloc|unité|épreuve|CCP|certificat|compétence|activit|titre|référentiel|\b[UE]\d/i
    for (const d of content.diplomas)
      for (const [skill, cell] of Object.entries(d.coverage))
        expect(cell.why.fr, `${d.id} × ${skill}`).toMatch(namesAUnit)
  })

  it('makes the article point visible: MUC and NRC are thinner on the specialised skills than NDRC and the CRCD title', () => {
    const thin = Math.max(specialisedAverage('bts-muc'), specialisedAverage('bts-nrc'))
    const built = Math.min(specialisedAverage('bts-ndrc'), specialisedAverage('tp-crcd'))
    expect(thin).toBeLessThan(built)
    expect(thin).toBeLessThanOrEqual(1)
  })

  it('rates MUC and NRC as strong on negotiation and sales, the general commercial core', () => {
    expect(diploma('bts-muc').coverage['negociation-vente']?.level).toBe(3)
    expect(diploma('bts-nrc').coverage['negociation-vente']?.level).toBe(3)
  })

  it("shows what changed: NDRC's remote and digital bloc, the supervisor title, the technical title", () => {
    const ndrc = diploma('bts-ndrc').coverage
    expect(ndrc.multicanal?.level).toBe(3)
    expect(ndrc['ecrit-digital']?.level).toBe(3)
    expect(ndrc.multicanal?.why.fr).toMatch(/bloc 2/i)
    const supervisor = diploma('tp-superviseur').coverage
    expect(supervisor['supervision-coaching']?.level).toBe(3)
    expect(supervisor.qualite?.level).toBeGreaterThanOrEqual(2)
    expect(supervisor.planification?.level).toBeGreaterThanOrEqual(2)
    expect(diploma('tp-tai').coverage['expertise-technique']?.level).toBe(3)
  })
})
