// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  codeLengthConflicts,
  freezeShape,
  ruleDimensions,
  shapeDifferences,
  shapeOfVersion,
  spacedCodeSymbols,
} from '@/lib/questionnaire/released-versions'
import { realContent } from '../../fixtures/questionnaire/real-content'
import { tinyQuestionnaire } from '../../fixtures/questionnaire/tiny-questionnaire'

const { questionnaire, releasedQuestionnaires } = realContent()

describe('freezeShape', () => {
  it('keeps ids, order, lengths, rules and the weights a rule reads; drops texts and other weights', () => {
    const frozen = freezeShape(tinyQuestionnaire)
    expect(ruleDimensions(tinyQuestionnaire)).toEqual(new Set(['written', 'technical']))
    expect(JSON.stringify(frozen)).not.toMatch(/"(prompt|label|title|help|gist)"/)
    const canaux = frozen.questions.find((q) => q.id === 'canaux')
    expect(canaux).toMatchObject({ kind: 'multi', max: 2, lengths: ['full'] })
    // The tiny questionnaire's rules read "written" and "technical": only those weights are kept.
    for (const q of frozen.questions)
      if ('options' in q)
        for (const o of q.options)
          if ('weights' in o && o.weights)
            for (const d of Object.keys(o.weights)) expect(['written', 'technical']).toContain(d)
    expect(freezeShape(frozen)).toEqual(frozen)
  })

  it('today’s questionnaire matches the shape its version was released with', () => {
    const own = releasedQuestionnaires.find((r) => r.version === questionnaire.version)
    expect(own).toBeDefined()
    expect(shapeDifferences(own!, questionnaire)).toEqual([])
  })
})

describe('shapeDifferences', () => {
  it('names a question moved to another length and a renamed option', () => {
    const moved = structuredClone(questionnaire)
    const chiffres = moved.questions.find((q) => q.id === 'chiffres')!
    chiffres.lengths = ['short', 'full']
    const envies = moved.questions.find((q) => q.id === 'envies')!
    if ('options' in envies) envies.options[0]!.id = 'depanner'
    expect(shapeDifferences(questionnaire, moved)).toEqual([
      'question chiffres: lengths ["full"] → ["short","full"]',
      expect.stringMatching(/^question envies: options .*"depanner"/),
    ])
  })

  it('ignores wording, gists and the weights no rule reads', () => {
    const reworded = structuredClone(questionnaire)
    const q = reworded.questions.find((x) => x.id === 'portes-ouvertes')!
    q.prompt = { fr: 'Autre chose ?', en: 'Something else?' }
    if ('options' in q && q.options[0] && 'weights' in q.options[0])
      q.options[0].weights = { social: 3 }
    expect(shapeDifferences(questionnaire, reworded)).toEqual([])
  })
})

describe('shapeOfVersion', () => {
  it('gives today’s questionnaire for its version, the frozen shape for an older one, nothing otherwise', () => {
    expect(shapeOfVersion(questionnaire.version, questionnaire, releasedQuestionnaires)).toBe(
      questionnaire,
    )
    expect(shapeOfVersion(1, questionnaire, releasedQuestionnaires)?.version).toBe(1)
    expect(shapeOfVersion(31, questionnaire, releasedQuestionnaires)).toBeUndefined()
  })
})

describe('code lengths across versions', () => {
  it('spaces a new version’s lengths from the older ones, never one apart', () => {
    expect(spacedCodeSymbols({ short: 11, full: 17 }, [{ short: 10, full: 17 }])).toEqual({
      short: 12,
      full: 17,
    })
    expect(spacedCodeSymbols({ short: 9, full: 10 }, [])).toEqual({ short: 9, full: 11 })
    // The same length as an older version's is fine: the version in the code tells them apart.
    expect(spacedCodeSymbols({ short: 10, full: 16 }, [{ short: 10, full: 17 }])).toEqual({
      short: 10,
      full: 17,
    })
  })

  it('says which versions break the spacing', () => {
    expect(
      codeLengthConflicts([
        { version: 1, lengths: { short: 10, full: 17 } },
        { version: 2, lengths: { short: 11, full: 17 } },
      ]),
    ).toEqual(["version 2: codes of 11 symbols sit next to version 1's codes of 10"])
  })
})
