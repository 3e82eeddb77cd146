import { dealbreakers, profileGroups, questionnaire } from 'virtual:content'
import type { Question } from '@/content/schemas'
import type { Dealbreaker, DimensionId } from '@/content/vocabulary'
import { answerIds, findQuestion } from '@/lib/questionnaire/answers'
import type { AnswerRef, Hurdle, Reason, SetAside } from '@/lib/questionnaire/scoring-logic'
import { useEasyRead } from '@/ui/easy-read'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The gist of an answer: what it says about the student in a few words, from the content. For
 * several ticks, the option that weighs most on `dimension` in the given direction (or refuses
 * the dealbreaker); for a scale answer, agreeing (4–5) or disagreeing (1–2).
 */
function gistOf(
  question: Question,
  ref: AnswerRef,
  options: { dimension?: DimensionId; direction?: 1 | -1; refuses?: Dealbreaker } = {},
  easy = false,
) {
  if (question.kind === 'level') return undefined
  if (question.kind === 'scale') {
    const value = Number(ref.answer)
    const gist = (easy && question.gistEasy) || question.gist
    return value >= 4 ? gist?.agree : value <= 2 ? gist?.disagree : undefined
  }
  const { dimension, direction = 1, refuses } = options
  const ticked = question.options.filter((o) => answerIds(ref.answer).includes(o.id) && o.gist)
  const weight = (o: (typeof ticked)[number]) =>
    direction * (dimension ? (o.weights?.[dimension] ?? 0) : 0)
  const chosen = refuses
    ? ticked.find((o) => o.refuses === refuses)
    : [...ticked].sort((a, b) => weight(b) - weight(a))[0]
  return (easy && chosen?.gistEasy) || chosen?.gist
}

/** The sentences of the results: reasons, points to check, roles set aside, contradictions. */
export function useExplanations() {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  // « Lecture facile »: the easy-read gists, one short sentence each rather than a list.
  const easy = useEasyRead()
  const groupName = (dimension: DimensionId) => {
    const group = profileGroups.find((g) => g.dimensions.includes(dimension))
    return group ? l(group.name) : dimension
  }
  const gist = (ref: AnswerRef, options?: Parameters<typeof gistOf>[2]) => {
    const question = findQuestion(questionnaire, ref.questionId)
    const text = question && gistOf(question, ref, options, easy)
    return text ? l(text) : ''
  }
  return {
    groupName,
    reason: (reason: Reason) =>
      t.reason(groupName(reason.dimension), gist(reason, { dimension: reason.dimension })),
    /**
     * The reasons as the page lists them: one line per line of the profile chart, so that two
     * needs that read as the same thing ("Technique, dépannage") are said once, with both answers.
     */
    reasonLines: (reasons: readonly Reason[]) => {
      const lines = new Map<string, string[]>()
      for (const reason of reasons) {
        const said = gist(reason, { dimension: reason.dimension })
        const name = groupName(reason.dimension)
        const gists = lines.get(name) ?? []
        if (said && !gists.includes(said)) gists.push(said)
        lines.set(name, gists)
      }
      return [...lines].map(([name, gists]) => ({
        key: name,
        text: easy ? t.reasonEasy(name, gists.map(upperFirst)) : t.reason(name, gists.join(t.and)),
      }))
    },
    hurdle: (hurdle: Hurdle) => {
      const because =
        hurdle.because && gist(hurdle.because, { dimension: hurdle.dimension, direction: -1 })
      return because
        ? t.hurdleBecause(groupName(hurdle.dimension), because)
        : t.hurdleUnmeasured(groupName(hurdle.dimension))
    },
    setAside: (aside: SetAside) => {
      const required = dealbreakers.find((d) => d.id === aside.dealbreaker)?.required
      return t.setAside(
        gist(aside.because, { refuses: aside.dealbreaker }),
        required ? l(required) : '',
      )
    },
    contradiction: ([a, b]: [AnswerRef, AnswerRef]) =>
      t.contradiction(upperFirst(gist(a)), gist(b)),
  }
}
