import type { Question, Questionnaire } from '@/content/schemas'
import { answerIds, SCALE_VALUES, type Answer } from '@/lib/questionnaire/answers'
import { useWording } from '@/ui/easy-read'
import { useLocalized } from '@/ui/use-locale'

/**
 * The choice just made, whole above the move-on bar (the page's scroll padding keeps the bar's
 * height clear): a tap near the bar never leaves the answer half hidden under it.
 */
function showWhole(input: HTMLInputElement) {
  input.closest('label')?.scrollIntoView?.({ block: 'nearest' })
}

interface AnswerFieldsProps {
  questionnaire: Questionnaire
  question: Question
  answer: Answer | null | undefined
  onSelect: (value: Answer) => void
}

/**
 * Native radios (one answer: arrow keys move between them) or checkboxes (several answers),
 * each a large target whose whole label can be pressed.
 */
export function AnswerFields({ questionnaire, question, answer, onSelect }: AnswerFieldsProps) {
  const l = useLocalized()
  const w = useWording()
  const chosen = answer === null || answer === undefined ? [] : answerIds(answer)

  if (question.kind === 'multi')
    return (
      <div className="quiz-options">
        {question.options.map((option) => {
          const checked = chosen.includes(option.id)
          return (
            <label key={option.id} className="quiz-option">
              <input
                type="checkbox"
                name={question.id}
                value={option.id}
                checked={checked}
                onChange={(event) => {
                  showWhole(event.currentTarget)
                  onSelect(checked ? chosen.filter((c) => c !== option.id) : [...chosen, option.id])
                }}
              />
              <span data-read-aloud>{w(option.label, option.labelEasy)}</span>
            </label>
          )
        })}
      </div>
    )

  const choices =
    question.kind === 'scale'
      ? SCALE_VALUES.map((value) => ({
          key: String(value),
          value: value as Answer,
          label: l(
            questionnaire.scaleLabels[value - 1] ?? { fr: String(value), en: String(value) },
          ),
        }))
      : question.options.map((o) => ({
          key: o.id,
          value: o.id as Answer,
          label: w(o.label, o.labelEasy),
        }))

  return (
    <div
      className={question.kind === 'scale' ? 'quiz-options quiz-options--scale' : 'quiz-options'}
    >
      {choices.map((choice) => (
        <label key={choice.key} className="quiz-option">
          <input
            type="radio"
            name={question.id}
            value={choice.key}
            checked={chosen.includes(choice.key)}
            onChange={(event) => {
              showWhole(event.currentTarget)
              onSelect(choice.value)
            }}
          />
          <span data-read-aloud>{choice.label}</span>
        </label>
      ))}
    </div>
  )
}
