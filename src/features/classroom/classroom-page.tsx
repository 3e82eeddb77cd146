import { useEffect, useRef, useState } from 'react'
import { myths } from 'virtual:content'
import { useAppStore } from '@/store/app-store'
import { MythsQuiz } from '@/ui/myths-quiz/myths-quiz'
import { PageHeading } from '@/ui/page-heading'
import type { PageProps } from '@/ui/page-props'
import { href } from '@/ui/router'
import { useMessages, usePageTitle } from '@/ui/use-locale'
import { ClassBoard } from './class-board'
import { ClassPicker } from './class-picker'
import {
  CLASSROOM_STEPS,
  nextStep,
  previousStep,
  readStep,
  STEP_PARAM,
  type ClassroomStep,
} from './classroom-steps-logic'
import type { GatherResult } from './gather-codes-logic'
import { GatherStep, type GatherDraft } from './gather-step'
import { classroomMessages } from './messages'
import { ProjectionStage } from './projection-stage'
import { SessionPanel } from './session-panel'
import { SetupStep } from './setup-step'
import { StudentLink } from './student-link'
import { readInTab, rememberInTab, useTabText } from './tab-memory'
import './classroom.css'
import './classroom-print.css'

const WARM_UP_KEY = 'vrai-ou-faux'

const stepHref = (step: ClassroomStep) => href('/classe', { [STEP_PARAM]: step })

/** Each step's heading. */
const STEP_TITLE = {
  preparer: 'setupTitle',
  projeter: 'projectTitle',
  'vrai-ou-faux': 'warmUpTitle',
  codes: 'codesTitle',
  tableau: 'boardTitle',
} as const satisfies Record<ClassroomStep, keyof (typeof classroomMessages)['fr']>

/**
 * `#/classe?etape=…`: the class mode, one step at a time (set up → project the link → warm-up →
 * gather the codes → class board). The URL holds the step; the store holds the session.
 */
export default function ClassroomPage({ query }: PageProps) {
  const t = useMessages(classroomMessages)
  const step = readStep(query)
  const stepTitle = t[`step-${step}`]
  usePageTitle(`${stepTitle} · ${t.title}`)
  const session = useAppStore((s) => s.classroom)
  // Codes typed but not yet added, and the warm-up's place, survive a reload of this tab.
  const [draftText, setDraftText] = useTabText('codes')
  const [lastGather, setLastGather] = useState<GatherResult>()
  const draft: GatherDraft = { text: draftText, last: lastGather }
  const setDraft = (next: GatherDraft) => {
    setDraftText(next.text)
    setLastGather(next.last)
  }
  const stepHeading = useRef<HTMLHeadingElement>(null)
  const shownStep = useRef(step)

  // Moving between steps keeps the page: the new step's heading takes the focus.
  useEffect(() => {
    if (shownStep.current === step) return
    shownStep.current = step
    stepHeading.current?.focus()
  }, [step])

  const next = nextStep(step, session.warmUp)
  const previous = previousStep(step, session.warmUp)

  return (
    <div className="page classroom" data-step={step}>
      <header className="classroom__header">
        <PageHeading>{t.title}</PageHeading>
        <p className="lead no-print">{t.lead}</p>
        <p className="classroom-privacy no-print">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="classroom-icon">
            <path d="M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6z" />
            <path d="M9 12l2 2 4-4" />
          </svg>
          <span>
            <strong>{t.privacyTitle}.</strong> {t.privacy}
          </span>
        </p>
      </header>

      <ClassPicker />

      <nav className="classroom-steps no-print" aria-label={t.stepsLabel}>
        <ol>
          {CLASSROOM_STEPS.map((s, i) => (
            <li key={s}>
              <a href={stepHref(s)} aria-current={s === step ? 'step' : undefined}>
                <span className="classroom-steps__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span>
                  {t[`step-${s}`]}
                  {s === 'vrai-ou-faux' && (
                    <span className="classroom-steps__optional"> ({t.optional})</span>
                  )}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <section className="classroom-step" aria-labelledby="classroom-step-title">
        <h2 id="classroom-step-title" ref={stepHeading} tabIndex={-1}>
          {t[STEP_TITLE[step]]}
        </h2>

        {step === 'preparer' && <SetupStep />}

        {step === 'projeter' && (
          <>
            <p className="no-print">{t.projectText}</p>
            <ProjectionStage lang={session.locale}>
              <StudentLink
                length={session.length}
                locale={session.locale}
                sharedDevice={session.sharedDevices}
              />
            </ProjectionStage>
          </>
        )}

        {step === 'vrai-ou-faux' && (
          <>
            <p>{t.warmUpText}</p>
            {!session.warmUp && <p className="muted">{t.warmUpSkipped}</p>}
            <ProjectionStage lang={session.locale}>
              <MythsQuiz
                myths={myths}
                locale={session.locale}
                headingLevel={3}
                variant="projector"
                saved={readInTab(WARM_UP_KEY)}
                onProgress={({ index, given, phase }) =>
                  rememberInTab(WARM_UP_KEY, { index, given, phase })
                }
              />
            </ProjectionStage>
          </>
        )}

        {step === 'codes' && <GatherStep draft={draft} onDraftChange={setDraft} />}

        {step === 'tableau' && <ClassBoard session={session} />}

        <p className="classroom-step__nav no-print">
          {next && (
            <a className="button button--primary" href={stepHref(next)}>
              {t.next(t[`step-${next}`])}
            </a>
          )}
          {previous && (
            <a className="button button--quiet" href={stepHref(previous)}>
              {t.back(t[`step-${previous}`])}
            </a>
          )}
        </p>
      </section>

      {(step === 'preparer' || step === 'codes' || step === 'tableau') && <SessionPanel />}
    </div>
  )
}
