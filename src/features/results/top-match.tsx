import { useState } from 'react'
import type { Role } from '@/content/schemas'
import type { StudentLevel } from '@/content/vocabulary'
import type { DimensionLevels } from '@/lib/questionnaire/dimension-levels'
import type { RoleMatch } from '@/lib/questionnaire/scoring-logic'
import { links } from '@/ui/links'
import { ReadAloud } from '@/ui/read-aloud'
import { RolePicture } from '@/ui/role-picture'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { ClosenessBadge } from './closeness-badge'
import { MatchExplanation } from './match-explanation'
import { resultsMessages } from './messages'
import { NextSteps } from './next-steps'
import { Strengths } from './strengths'

export interface ShownMatch {
  match: RoleMatch
  role: Role
}

interface TopMatchProps {
  /** The first role, and the roles tied with it. */
  matches: ShownMatch[]
  studentLevel: StudentLevel | undefined
  levels: DimensionLevels
  /** Play the short reveal (the student's own results, seen for the first time). */
  reveal: boolean
}

/**
 * The first screen: the closest role (or the roles tied for it), what stands out about the
 * student, why, and what to do next. The reveal only animates what is already there (a screen
 * reader reads it at once); it can be skipped, and reduced motion never plays it.
 */
export function TopMatch({ matches, studentLevel, levels, reveal }: TopMatchProps) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const [revealing, setRevealing] = useState(reveal)
  const tied = matches.length > 1
  return (
    <section
      aria-labelledby="top-title"
      className="top-match"
      data-read-aloud-scope
      data-revealing={revealing || undefined}
      onAnimationEnd={(event) => {
        if (event.animationName === 'top-match-settle') setRevealing(false)
      }}
    >
      <h2 id="top-title" className="top-match__title" data-read-aloud>
        {tied ? t.topTiedTitle : t.topTitle}
      </h2>
      <ReadAloud />
      {revealing && (
        <button
          type="button"
          className="button button--quiet top-match__skip"
          onClick={() => setRevealing(false)}
        >
          {t.revealSkip}
        </button>
      )}
      {tied && <p className="muted">{t.tiedNote}</p>}
      {matches.map(({ match, role }) => (
        <article key={role.id} className="match match--top" aria-labelledby={`match-${role.id}`}>
          <svg
            className="top-match__burst"
            viewBox="0 0 120 120"
            aria-hidden="true"
            focusable="false"
          >
            <circle cx="60" cy="14" r="6" />
            <rect x="96" y="30" width="12" height="12" rx="3" />
            <circle cx="108" cy="78" r="5" />
            <rect x="70" y="100" width="10" height="10" rx="2" />
            <circle cx="22" cy="96" r="6" />
            <rect x="8" y="40" width="11" height="11" rx="3" />
          </svg>
          <RolePicture roleId={role.id} className="match__picture" />
          <h3 id={`match-${role.id}`} className="match__role" data-read-aloud>
            <a href={links.role(role.id)}>{l(role.title)}</a>
          </h3>
          <ClosenessBadge closeness={match.closeness} score={match.score} />
          {!tied && <Strengths levels={levels} />}
          <MatchExplanation match={match} headingLevel={tied ? 4 : 3} />
          {!tied && <NextSteps studentLevel={studentLevel} role={role} />}
          <p className="match__pitch match__pitch--after">{l(role.pitch)}</p>
        </article>
      ))}
      {tied && <Strengths levels={levels} />}
      {tied && matches[0] && <NextSteps studentLevel={studentLevel} role={matches[0].role} />}
    </section>
  )
}
