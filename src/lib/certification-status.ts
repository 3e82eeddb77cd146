/**
 * Whether a diploma or title can still be obtained today, from its content alone: its `status`,
 * what replaced it, and the end date of its registration in the national register (RNCP).
 * A certification whose registration ended before `today` is never current, whatever its
 * `status` says, so that the app stays right the day after a date passes. Pure: no React.
 */
import type { Diploma } from '@/content/schemas'

export type CertificationStatus =
  /** Still awarded. `until` is the end of the current registration when known. */
  | { kind: 'current'; until?: string }
  /** A newer diploma took over (BTS MUC → BTS MCO). */
  | { kind: 'replaced'; successor?: Diploma }
  /** No longer awarded since `since` (when known); `successor` when the content names one. */
  | { kind: 'ended'; since?: string; successor?: Diploma }

/** Today as the content writes dates: YYYY-MM-DD, in the reader's own calendar. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A content date (YYYY, YYYY-MM or YYYY-MM-DD) as its last day: "2025" → 2025-12-31, "2026-02" → 2026-02-28. */
function lastDayOf(date: string): string {
  const [year = '', month, day] = date.split('-')
  if (!month) return `${year}-12-31`
  const last =
    day ?? String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()).padStart(2, '0')
  return `${year}-${month}-${last}`
}

/** True once `date` is over on `today` (`today` is YYYY-MM-DD): "2025" has passed only from 2026-01-01. */
export const hasPassed = (date: string, today: string) => lastDayOf(date) < today

/** True from the last day of `date` on: a review due "2027-01-01" is due on that very day. */
export const hasReached = (date: string, today: string) => lastDayOf(date) <= today

/** The date a registration ends, as the day the certification stops being awarded. */
const endOf = (diploma: Diploma) => diploma.registration?.until

export function certificationStatus(
  diploma: Diploma,
  diplomas: readonly Diploma[],
  today: string,
): CertificationStatus {
  const successor = diplomas.find((d) => d.id === diploma.replacedBy)
  if (diploma.status === 'replaced')
    return successor ? { kind: 'replaced', successor } : { kind: 'replaced' }
  const until = endOf(diploma)
  if (diploma.status === 'ended' || (until !== undefined && hasPassed(until, today)))
    return {
      kind: 'ended',
      ...(until ? { since: until } : {}),
      ...(successor ? { successor } : {}),
    }
  return until ? { kind: 'current', until } : { kind: 'current' }
}

/** True when the certification can still be obtained on `today`. */
export const isAwarded = (diploma: Diploma, today: string) =>
  certificationStatus(diploma, [], today).kind === 'current'
