import { useSelector } from '@xstate/react'
import { useId, useState } from 'react'
import { QUIZ_LENGTHS, type QuizLength } from '@/lib/questionnaire/answers'
import {
  estimatedMinutes,
  firstUnansweredId,
  pathLengthBounds,
} from '@/lib/questionnaire/navigation'
import { links, QUIZ_START_FORM } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import { useMessages } from '@/ui/use-locale'
import { quizMessages } from './messages'
import type { QuizActor } from './questionnaire-machine'

interface QuizIntroProps {
  actor: QuizActor
  askedLength: QuizLength | undefined
}

export function QuizIntro({ actor, askedLength }: QuizIntroProps) {
  const t = useMessages(quizMessages)
  const id = useId()
  const { questionnaire, started, length, answers } = useSelector(actor, (s) => s.context)
  const answered = Object.keys(answers).length
  const inProgress = started && answered > 0
  const finished = inProgress && firstUnansweredId(questionnaire, length, answers) === undefined
  const [chosen, setChosen] = useState<QuizLength>(askedLength ?? (inProgress ? length : 'short'))

  return (
    <div className="page page-narrow quiz">
      <PageHeading>{t.introTitle}</PageHeading>
      <p className="lead">{t.introLead}</p>
      <p>{t.introHonest}</p>
      <p className="muted">{t.introPrivacy}</p>

      {inProgress && (
        <section className="panel quiz__resume" aria-labelledby={`${id}-resume`}>
          <h2 id={`${id}-resume`}>
            {finished
              ? t.finishedBefore
              : t.inProgress(answered, length === 'short' ? t.shortName : t.fullName)}
          </h2>
          <div className="quiz__actions">
            {finished && (
              <a className="button button--primary" href={links.results()}>
                {t.seeResults}
              </a>
            )}
            <button
              type="button"
              className={finished ? 'button' : 'button button--primary'}
              onClick={() => actor.send({ type: 'quiz.resume' })}
            >
              {finished ? t.reviewTitle : t.resume}
            </button>
          </div>
        </section>
      )}

      <form
        className="quiz__start"
        onSubmit={(event) => {
          event.preventDefault()
          actor.send({ type: 'quiz.start', length: chosen })
        }}
      >
        {/* Sent only by a tap before the app runs: the browser then opens the start link. */}
        <input
          type="hidden"
          name={QUIZ_START_FORM.start.name}
          value={QUIZ_START_FORM.start.value}
        />
        <fieldset>
          <legend>{t.lengthLegend}</legend>
          {QUIZ_LENGTHS.map((option) => {
            const { min, max } = pathLengthBounds(questionnaire, option)
            const minutes = estimatedMinutes(questionnaire, option)
            return (
              <label key={option} className="quiz-option">
                <input
                  type="radio"
                  name={QUIZ_START_FORM.length.name}
                  value={QUIZ_START_FORM.length.value(option)}
                  checked={chosen === option}
                  onChange={() => setChosen(option)}
                  aria-describedby={`${id}-${option}`}
                />
                <span>
                  <strong>{option === 'short' ? t.lengthShort : t.lengthFull}</strong>
                  <span id={`${id}-${option}`} className="quiz-option__hint">
                    {t.lengthHint(min, max, minutes)}
                  </span>
                </span>
              </label>
            )
          })}
        </fieldset>
        <button
          type="submit"
          className={inProgress ? 'button' : 'button button--primary button--large'}
        >
          {inProgress ? t.startAgain : t.start}
        </button>
      </form>
    </div>
  )
}
