import path from 'node:path'
import { questionsOf, type Answer } from '@/lib/questionnaire/answers'
import { digitToAnswer, radixOf } from '@/lib/questionnaire/answer-digits'
import { encodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { PathWalker } from '@/lib/questionnaire/visibility'
import { loadContent } from '@/content/load-content'

/** Result codes of distinct answer sets, made as the questionnaire makes them (seeded). */
export function classCodes(count: number, seed: number): string[] {
  const { content } = loadContent(path.resolve('content'), path.resolve('.'))
  if (!content) throw new Error('content/ does not load')
  const codes = new Set<string>()
  let n = seed
  const next = () => {
    n = (n * 1103515245 + 12345) % 2147483648
    return n / 2147483648
  }
  while (codes.size < count) {
    const answers: Record<string, Answer | null> = {}
    const walker = new PathWalker(content.questionnaire)
    for (const question of questionsOf(content.questionnaire, 'short')) {
      if (!walker.isShown(question)) continue
      const answer = digitToAnswer(question, 1 + Math.floor(next() * (radixOf(question) - 1)))
      answers[question.id] = answer
      walker.keep(question, answer)
    }
    codes.add(encodeResultCode({ length: 'short', answers }, content))
  }
  return [...codes]
}
