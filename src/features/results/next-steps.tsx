import { diplomas } from 'virtual:content'
import type { Role } from '@/content/schemas'
import type { StudentLevel } from '@/content/vocabulary'
import { isAwarded, isoDate } from '@/lib/certification-status'
import { links } from '@/ui/links'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { useEasyRead } from '@/ui/easy-read'
import {
  nextStepEasyMessages,
  nextStepMessages,
  nextStepsMessages,
  resultsMessages,
} from './messages'

interface NextStepsProps {
  studentLevel: StudentLevel | undefined
  role: Role
}

/**
 * What to do next for this role from where the student is: one sentence and the training guide
 * opened on their case; the longer advice and the courses behind a disclosure.
 */
export function NextSteps({ studentLevel, role }: NextStepsProps) {
  const t = useMessages(resultsMessages)
  const usual = useMessages(nextStepMessages)
  const easy = useMessages(nextStepEasyMessages)
  const step = useEasyRead() ? easy : usual
  const more = useMessages(nextStepsMessages)
  const l = useLocalized()
  const title = l(role.title)
  const courses = studentLevel
    ? diplomas.filter(
        (d) =>
          isAwarded(d, isoDate(new Date())) &&
          d.openTo.includes(studentLevel) &&
          d.jobs.includes(role.id),
      )
    : []
  return (
    <div className="next-steps">
      <h3 className="match__label" data-read-aloud>
        {t.nextTitle}
      </h3>
      <p data-read-aloud>{studentLevel ? step[studentLevel] : step.unknown}</p>
      <p className="next-steps__actions">
        <a
          className="button button--primary"
          href={links.guide({ level: studentLevel, role: role.id })}
          aria-label={t.guideButtonName(title)}
        >
          {t.guideButton}
        </a>
        <a className="next-steps__role" href={links.role(role.id)} aria-label={t.roleLink(title)}>
          {t.roleButton}
        </a>
      </p>
      {studentLevel && (
        <details className="results-more no-print">
          <summary>{usual.more}</summary>
          <p>{more[studentLevel]}</p>
          {courses.length > 0 && (
            <>
              <p>{more.diplomasFor(title)}</p>
              <ul>
                {courses.map((d) => (
                  <li key={d.id}>
                    <strong>{d.short}</strong> — {l(d.name)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </details>
      )}
    </div>
  )
}
