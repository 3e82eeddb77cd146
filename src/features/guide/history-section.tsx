import type { Diploma, Skill } from '@/content/schemas'
import { formatList } from '@/lib/i18n'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { COVERAGE_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import { CoverageBlock } from './coverage-block'
import { activeYears, currentReplacement, diplomasOf2011 } from './coverage-logic'
import { Disclosure } from './disclosure'
import { reformChanges, type SkillChange } from './history-logic'
import { guideMessages } from './messages'
import { ReformTimeline } from './reform-timeline'

/** The source of the 2011 framing: the article the project starts from. */
export const ARTICLE_SOURCE_ID = 'article-semaine-2011'

/**
 * « Ce que le secteur disait en 2011, et ce qui a changé », one tap away: the article's verdict
 * with its source, what the reforms fixed and what both generations still lack, the 2011
 * comparison itself, and the dated reforms.
 */
export function HistorySection({
  diplomas,
  skills,
  article,
  open,
  onToggle,
}: {
  diplomas: readonly Diploma[]
  skills: readonly Skill[]
  article?: { id: string; year: number }
  open: boolean
  onToggle: (open: boolean) => void
}) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const l = useLocalized()
  const then = diplomasOf2011(diplomas)
  const names = formatList(
    then.map((d) => d.short),
    locale,
  )
  const changes = reformChanges(diplomas, skills)
  const replacements = then.flatMap((old) => {
    const successor = currentReplacement(old, diplomas)
    if (!successor) return []
    const until = activeYears(old).until
    return [t.replacementItem(old.short, successor.short, until ? String(until) : '')]
  })
  const level = (n: SkillChange['before']) => COVERAGE_LEVEL_LABELS[n][locale]

  const changeList = (title: string, list: SkillChange[], still = false) =>
    list.length > 0 && (
      <div className="changes__group">
        <h3>{title}</h3>
        <ul className="changes__list">
          {list.map((change) => (
            <li key={change.skill.id}>
              <strong>{l(change.skill.name)}</strong>
              {locale === 'fr' ? ' : ' : ': '}
              {still
                ? t.stillItem(level(change.after))
                : t.changeItem(level(change.before), level(change.after), change.by?.short ?? '')}
              {still && change.skill.fillGaps[0] && (
                <span className="changes__fill">
                  {' '}
                  {t.fillHint} {l(change.skill.fillGaps[0])}
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    )

  return (
    <Disclosure
      id="history"
      title={t.historyTitle}
      open={open}
      onToggle={onToggle}
      className="guide-section history"
    >
      <div className="history__intro">
        <p>
          {t.intro2011(names)} <SourceRef id={ARTICLE_SOURCE_ID} />
        </p>
        {replacements.length > 0 && <p>{t.introReplaced(formatList(replacements, locale))}</p>}
      </div>
      <div className="changes">
        {changeList(t.fixedTitle, changes.fixed)}
        {changeList(t.deepenedTitle, changes.deepened)}
        {changeList(t.weakenedTitle, changes.weakened)}
        {changeList(t.stillTitle, changes.stillThin, true)}
      </div>
      <h3>{t.compare2011Title(names)}</h3>
      <CoverageBlock diplomas={then} allDiplomas={diplomas} skills={skills} />
      <ReformTimeline diplomas={diplomas} article={article} />
    </Disclosure>
  )
}
