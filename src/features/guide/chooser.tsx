import { useState } from 'react'
import type { Chooser as ChooserContent, Diploma } from '@/content/schemas'
import { SourceRef } from '@/ui/source-ref'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { scoreChooser, type ChooserAnswers } from './chooser-logic'
import { guideMessages } from './messages'

/**
 * « NDRC ou MCO ? »: three questions, one radio group each; once all are answered, which diploma
 * most answers point to, and why, answer by answer, each reason with its source. Nothing is
 * stored: the answers live in the page.
 */
export function Chooser({
  chooser,
  diplomas,
}: {
  chooser: ChooserContent
  diplomas: readonly Diploma[]
}) {
  const t = useMessages(guideMessages)
  const l = useLocalized()
  const [answers, setAnswers] = useState<ChooserAnswers>({})
  const result = scoreChooser(chooser, answers)
  const short = (id: string) => diplomas.find((d) => d.id === id)?.short ?? id
  const leading = result.tally.find((x) => x.diplomaId === result.leaning)

  return (
    <div className="chooser">
      <p>{t.chooserLead}</p>
      {chooser.questions.map((question, i) => (
        <fieldset key={question.id} className="chooser__question">
          <legend>
            <span className="chooser__number" aria-hidden="true">
              {i + 1}.
            </span>{' '}
            {l(question.prompt)}
          </legend>
          {question.options.map((option) => (
            <label key={option.id} className="choice chooser__option">
              <input
                type="radio"
                name={`chooser-${question.id}`}
                value={option.id}
                checked={answers[question.id] === option.id}
                onChange={() => setAnswers({ ...answers, [question.id]: option.id })}
              />
              {l(option.label)}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="chooser__result" aria-live="polite">
        {result.answered > 0 && result.answered < result.total && (
          <p className="muted">{t.chooserProgress(result.answered, result.total)}</p>
        )}
        {result.answered === result.total && (
          <>
            <p className="chooser__verdict">
              {leading
                ? t.chooserLeaning(short(leading.diplomaId), leading.count, result.total)
                : t.chooserTie}
            </p>
            <h4>{t.chooserWhy}</h4>
            <ul className="chooser__reasons">
              {result.reasons.map((reason) => {
                const question = chooser.questions.find((q) => q.id === reason.questionId)
                const option = question?.options.find((o) => o.id === reason.optionId)
                if (!option) return null
                return (
                  <li key={reason.questionId}>
                    <strong>{t.chooserYouSaid(l(option.label), short(option.points))}</strong>{' '}
                    {l(option.reason)} <SourceRef id={option.source} />
                  </li>
                )
              })}
            </ul>
            <p className="muted">{t.chooserNote}</p>
          </>
        )}
      </div>
      {result.answered > 0 && (
        <p>
          <button type="button" className="button button--quiet" onClick={() => setAnswers({})}>
            {t.chooserReset}
          </button>
        </p>
      )}
    </div>
  )
}
