// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { seededRandom } from '@/lib/questionnaire/chance-calibration'
import { decodeResultCode, encodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { computeResults } from '@/lib/questionnaire/scoring-logic'
import { walk } from '../../fixtures/questionnaire/answer-arbitrary'
import { realContent } from '../../fixtures/questionnaire/real-content'
import { VERSION_1_CODES } from '../../fixtures/questionnaire/version-1-codes'

/**
 * A speed-up of the scoring must not move a single result: these codes' first three roles, their
 * percentages and closeness, and what the chance calibration gives them, are pinned (short and
 * full, some questions skipped, version-1 codes). A content change that moves them updates the snapshot on purpose, with the change.
 */
describe('pinned results of a fixed set of codes', () => {
  it('keep their top 3, percentages and closeness', () => {
    const content = realContent()
    const random = seededRandom(2011)
    const codes = [
      ...Array.from({ length: 12 }, (_, i) =>
        encodeResultCode(
          walk(content.questionnaire, i % 3 === 2 ? 'full' : 'short', (_, radix) =>
            random() < (i % 2 ? 0.1 : 0) ? 0 : 1 + Math.floor(random() * (radix - 1)),
          ),
          content,
        ),
      ),
      ...VERSION_1_CODES.slice(0, 3).map((entry) => entry.code),
    ]
    const pinned = codes.map((code) => {
      const decoded = decodeResultCode(code, content)
      if (!decoded.ok) throw new Error(`${code}: ${decoded.error.kind}`)
      const results = computeResults(
        content.questionnaire,
        content.roles,
        decoded.quiz,
        content.releasedQuestionnaires,
      )
      return `${code}: ${results.ranking
        .slice(0, 3)
        .map((match) => `${match.roleId} ${match.score} % ${match.closeness}`)
        .join(', ')}; chance ${results.chanceScore} %, clarity ${results.clarity}, ${
        results.notInformative ?? 'informative'
      }`
    })
    expect(pinned).toMatchInlineSnapshot(`
      [
        "201D-MH4Z-XJBW: televendeur 47 % explore, conseiller-banque-assurance 39 % explore, superviseur 23 % explore; chance 28 %, clarity 0.822, contradictions",
        "201T-PDJS-G0SG: formateur 17 % explore, charge-assistance 10 % explore, responsable-plateau 7 % explore; chance 28 %, clarity 0.352, flat-profile",
        "2GF7W4-P60GR2-FWQ06: back-office 36 % explore, responsable-plateau 21 % explore, conseiller-lsf 17 % explore; chance 23 %, clarity 0.79, flat-profile",
        "2004-D6WN-738C: conseiller-lsf 48 % explore, relation-client-digitale 32 % explore, conseiller-multilingue 31 % explore; chance 31 %, clarity 0.708, flat-profile",
        "2009-RKNJ-VV99: conseiller-lsf 19 % explore, support-technique 19 % explore, formateur 14 % explore; chance 28 %, clarity 0.136, flat-profile",
        "2G6S1E-9ZHW4B-7HDH2: formateur 19 % explore, responsable-plateau 14 % explore, televendeur 0 % explore; chance 25 %, clarity 0.698, flat-profile",
        "201G-J523-AKV7: planificateur 49 % explore, support-technique 45 % explore, back-office 40 % explore; chance 28 %, clarity 0.98, contradictions",
        "200A-Z73N-WGE0: support-technique 30 % explore, charge-assistance 28 % explore, conseiller-clientele 12 % explore; chance 32 %, clarity 0.596, flat-profile",
        "2G5XFC-VP7E6C-NPGN7: planificateur 37 % explore, responsable-plateau 35 % explore, charge-qualite 26 % explore; chance 23 %, clarity 0.876, flat-profile",
        "2002-GZEV-4Z8J: planificateur 43 % explore, support-technique 33 % explore, responsable-plateau 26 % explore; chance 30 %, clarity 0.782, flat-profile",
        "200F-WQN1-XJ8V: televendeur 10 % explore, superviseur 9 % explore, conseiller-multilingue 4 % explore; chance 28 %, clarity 0.148, flat-profile",
        "2GB088-EYN8RT-3153D: conseiller-banque-assurance 44 % explore, responsable-plateau 27 % explore, charge-qualite 16 % explore; chance 25 %, clarity 0.808, flat-profile",
        "11WR-83ZQ-5Q: support-technique 49 % explore, charge-qualite 29 % explore, back-office 25 % explore; chance 31 %, clarity 0.992, informative",
        "10MJ-EXV9-2H: superviseur 92 % very-close, formateur 52 % explore, responsable-plateau 40 % explore; chance 31 %, clarity 1, informative",
        "10CM-V1Q2-7A: support-technique 71 % very-close, back-office 60 % close, planificateur 59 % close; chance 31 %, clarity 1, informative",
      ]
    `)
  })
})
