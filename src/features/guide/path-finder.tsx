import { useEffect, useRef, useState } from 'react'
import type { AdmissionSystem, Role } from '@/content/schemas'
import { STUDENT_LEVELS, type StudentLevel } from '@/content/vocabulary'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { STUDENT_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import type { GuideQuery } from './guide-query-logic'
import { guideMessages } from './messages'
import { RecommendationView } from './recommendation-view'
import { recommend, type RecommendationContent } from './route-logic'
import { clipForDisplay } from '@/lib/clip'
import { compareText } from '@/lib/i18n'

interface PathFinderProps {
  query: GuideQuery
  content: RecommendationContent & { admissions: readonly AdmissionSystem[] }
  onChoose: (choice: { level: StudentLevel | ''; roleId: string }) => void
}

/** "Quelle voie pour moi ?": a level and a target role, from the URL or chosen here. */
export function PathFinder({ query, content, onChoose }: PathFinderProps) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const resultRef = useRef<HTMLHeadingElement>(null)
  const [submissions, setSubmissions] = useState(0)
  useEffect(() => {
    if (submissions > 0) resultRef.current?.focus()
  }, [submissions])

  const role = content.roles.find((r) => r.id === query.roleId)
  const unknownRole = query.roleId && !role ? query.roleId : undefined
  const fromLink = Boolean(query.level || role)
  const recommendation = recommend({ level: query.level, roleId: role?.id }, content)
  const sortedRoles = [...content.roles].sort((a, b) => compareText(l(a.title), l(b.title)))

  return (
    <section
      aria-labelledby="path-title"
      className={`guide-section path${query.level || role ? '' : ' no-print'}`}
    >
      <h2 id="path-title" tabIndex={-1}>
        {t.pathTitle}
      </h2>
      <p className="path__lead">{t.pathLead}</p>
      {fromLink && submissions === 0 && <p className="muted no-print">{t.pathFromLink}</p>}
      {(query.unknownLevel || unknownRole) && (
        <div className="notice-box" role="alert">
          {query.unknownLevel && <p>{t.unknownLevel(query.unknownLevel)}</p>}
          {unknownRole && <p>{t.unknownRole(clipForDisplay(unknownRole))}</p>}
        </div>
      )}
      <form
        key={`${query.level ?? ''}|${role?.id ?? ''}`}
        className="path-form no-print"
        onSubmit={(event) => {
          event.preventDefault()
          const data = new FormData(event.currentTarget)
          onChoose({
            level: (data.get('niveau') as StudentLevel | '' | null) ?? '',
            roleId: String(data.get('metier') ?? ''),
          })
          setSubmissions((n) => n + 1)
        }}
      >
        <fieldset>
          <legend className="visually-hidden">{t.pathFormLegend}</legend>
          <div className="path-form__fields">
            <label className="field">
              <span className="field__label">{t.levelLabel}</span>
              <select name="niveau" defaultValue={query.level ?? ''}>
                <option value="">{t.choose}</option>
                {STUDENT_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {STUDENT_LEVEL_LABELS[level][locale]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t.roleLabel}</span>
              <select name="metier" defaultValue={role?.id ?? ''}>
                <option value="">{t.choose}</option>
                {sortedRoles.map((r: Role) => (
                  <option key={r.id} value={r.id}>
                    {l(r.title)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button button--primary">
              {t.submit}
            </button>
          </div>
        </fieldset>
      </form>
      {query.level || role ? (
        <RecommendationView
          recommendation={recommendation}
          skills={content.skills}
          admissions={content.admissions}
          headingRef={resultRef}
        />
      ) : (
        <p className="path__invite">{t.invite}</p>
      )}
    </section>
  )
}
