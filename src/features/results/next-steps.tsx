import { diplomas } from 'virtual:content'
import type { Role } from '@/content/schemas'
import type { StudentLevel } from '@/content/vocabulary'
import { isAwarded, isoDate } from '@/lib/certification-status'
import { links } from '@/ui/links'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { nextStepsMessages, resultsMessages } from './messages'

interface NextStepsProps {
  studentLevel: StudentLevel | undefined
  topRole: Role | undefined
}

/** What to do next from where the student is, with the courses the content says lead to the top role. */
export function NextSteps({ studentLevel, topRole }: NextStepsProps) {
  const t = useMessages(resultsMessages)
  const steps = useMessages(nextStepsMessages)
  const l = useLocalized()
  const courses =
    studentLevel && topRole
      ? diplomas.filter(
          (d) =>
            isAwarded(d, isoDate(new Date())) &&
            d.openTo.includes(studentLevel) &&
            d.jobs.includes(topRole.id),
        )
      : []
  return (
    <section aria-labelledby="next-title" className="results-next">
      <h2 id="next-title">{t.nextTitle}</h2>
      <p>{studentLevel ? steps[studentLevel] : t.nextUnknownLevel}</p>
      {topRole && courses.length > 0 && (
        <>
          <p>{steps.diplomasFor(l(topRole.title))}</p>
          <ul>
            {courses.map((d) => (
              <li key={d.id}>
                <strong>{d.short}</strong> — {l(d.name)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="inline-links">
        <a href={links.guide({ level: studentLevel, role: topRole?.id })}>{t.nextGuide}</a>
        <a href={links.onisep()}>{t.nextOnisep}</a>
      </p>
    </section>
  )
}
