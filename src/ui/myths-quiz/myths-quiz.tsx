import { useEffect, useId, useReducer, useRef } from 'react'
import type { Myth } from '@/content/schemas'
import type { Locale } from '@/lib/i18n'
import { SourceRef } from '@/ui/source-ref'
import { mythsQuizClassMessages, mythsQuizMessages } from './myths-quiz-messages'
import {
  answeredRight,
  isLastStatement,
  mythsQuizReducer,
  mythsQuizScore,
  resumeMythsQuiz,
  type MythsQuizEvent,
  type MythsQuizState,
} from './myths-quiz-logic'
import './myths-quiz.css'

interface MythsQuizProps {
  myths: readonly Myth[]
  locale: Locale
  /** The level of the quiz's own heading (2 inside a page, 1 when the quiz is the page). */
  headingLevel?: 1 | 2 | 3
  /** An id for the quiz's heading, so that a page can link or scroll to it. */
  titleId?: string
  /**
   * `projector`: very large type for a classroom screen, and texts that speak to the whole class
   * (the counsellor plays for the class, who vote by a show of hands).
   */
  variant?: 'page' | 'projector'
  /** A game saved earlier, resumed when it is still a game over these statements. */
  saved?: unknown
  /** Told after every step, to keep the game across a reload. */
  onProgress?: (state: MythsQuizState) => void
}

/**
 * "Vrai ou faux ?": one statement at a time, the answer said in words, the explanation and its
 * source, then a score. After each step the focus moves to what changed (the feedback, the next
 * statement, the score) and a polite live region says it, so keyboard and screen-reader users
 * follow without hunting. Shared: the sector page plays it, and the class mode projects it.
 */
export function MythsQuiz({
  myths,
  locale,
  headingLevel = 2,
  titleId,
  variant = 'page',
  saved,
  onProgress,
}: MythsQuizProps) {
  const t =
    variant === 'projector'
      ? { ...mythsQuizMessages[locale], ...mythsQuizClassMessages[locale] }
      : mythsQuizMessages[locale]
  const generatedId = useId()
  const headingId = titleId ?? `${generatedId}-title`
  const [state, dispatch] = useReducer(
    mythsQuizReducer,
    myths.map((m) => m.answer),
    (key) => resumeMythsQuiz(saved, key),
  )
  const focusTarget = useRef<HTMLElement>(null)
  const played = useRef(false)
  const send = (event: MythsQuizEvent) => {
    played.current = true
    onProgress?.(mythsQuizReducer(state, event))
    dispatch(event)
  }

  // Only after the player acted: never steal the focus when the page opens.
  useEffect(() => {
    if (played.current) focusTarget.current?.focus()
  }, [state.phase, state.index])

  const Heading = `h${headingLevel}` as const
  const total = state.answerKey.length
  const myth = myths[state.index]
  const right = answeredRight(state, state.index)
  const score = mythsQuizScore(state)
  const given = state.given[state.index]
  const answerWord = (value: boolean) => (value ? t.true : t.false)

  const announcement =
    state.phase === 'feedback'
      ? right
        ? t.right
        : t.wrong
      : state.phase === 'finished' && total > 0
        ? t.score(score, total)
        : ''

  return (
    <section
      className={variant === 'projector' ? 'myths-quiz myths-quiz--projector' : 'myths-quiz'}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="myths-quiz__title" tabIndex={-1}>
        {t.title}
      </Heading>
      {total === 0 ? <p>{t.empty}</p> : <p className="myths-quiz__intro">{t.intro(total)}</p>}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      {myth && state.phase !== 'finished' && (
        <div className="myths-quiz__card">
          <p className="myths-quiz__progress">
            <span>{t.progress(state.index + 1, total)}</span>
            <span className="myths-quiz__dots" aria-hidden="true">
              {state.answerKey.map((_, i) => (
                <span
                  key={i}
                  data-state={
                    i < state.given.length
                      ? answeredRight(state, i)
                        ? 'right'
                        : 'wrong'
                      : i === state.index
                        ? 'current'
                        : 'todo'
                  }
                />
              ))}
            </span>
          </p>
          <p
            className="myths-quiz__statement"
            tabIndex={-1}
            ref={state.phase === 'asking' ? (el) => void (focusTarget.current = el) : undefined}
          >
            {myth.statement[locale]}
          </p>

          {state.phase === 'asking' ? (
            <div role="group" aria-label={t.yourAnswer} className="myths-quiz__choices">
              <button
                type="button"
                className="button button--large myths-quiz__choice"
                onClick={() => send({ type: 'quiz.answer', value: true })}
              >
                {t.true}
              </button>
              <button
                type="button"
                className="button button--large myths-quiz__choice"
                onClick={() => send({ type: 'quiz.answer', value: false })}
              >
                {t.false}
              </button>
            </div>
          ) : (
            <div className="myths-quiz__feedback" data-right={right}>
              <p
                className="myths-quiz__verdict"
                tabIndex={-1}
                ref={(el) => void (focusTarget.current = el)}
              >
                <VerdictIcon right={!!right} />
                <span>{right ? t.right : t.wrong}</span>
              </p>
              <p>
                {given !== undefined && t.youSaid(answerWord(given))}{' '}
                <strong>{t.truth(myth.answer)}</strong>
              </p>
              <p>{myth.explanation[locale]}</p>
              {myth.sources.map((source) => (
                <SourceRef key={source} id={source} locale={locale} />
              ))}
              <button
                type="button"
                className="button button--primary myths-quiz__next"
                onClick={() => send({ type: 'quiz.next' })}
              >
                {isLastStatement(state) ? t.seeScore : t.next}
              </button>
            </div>
          )}
        </div>
      )}

      {state.phase === 'finished' && total > 0 && (
        <div className="myths-quiz__card myths-quiz__end">
          <p className="myths-quiz__score-label">{t.scoreTitle}</p>
          <p
            className="myths-quiz__score"
            tabIndex={-1}
            ref={(el) => void (focusTarget.current = el)}
          >
            {t.score(score, total)}
          </p>
          <p>{score === total ? t.perfect : score * 2 >= total ? t.good : t.keepGoing}</p>
          <details className="myths-quiz__recap">
            <summary>{t.recap}</summary>
            <ol>
              {myths.map((m, i) => (
                <li key={m.id}>
                  <span>{m.statement[locale]}</span> <strong>{t.truth(m.answer)}</strong>{' '}
                  <span className="myths-quiz__recap-mark" data-right={answeredRight(state, i)}>
                    ({answeredRight(state, i) ? t.recapRight : t.recapWrong})
                  </span>
                </li>
              ))}
            </ol>
          </details>
          <button
            type="button"
            className="button button--primary"
            onClick={() => send({ type: 'quiz.restart' })}
          >
            {t.replay}
          </button>
        </div>
      )}
    </section>
  )
}

function VerdictIcon({ right }: { right: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="myths-quiz__icon">
      <circle cx="12" cy="12" r="10" />
      <path d={right ? 'M7 12.5l3.5 3.5L17 9' : 'M8.5 8.5l7 7M15.5 8.5l-7 7'} />
    </svg>
  )
}
