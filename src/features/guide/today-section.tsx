import { useState } from 'react'
import type {
  AdmissionSystem,
  Chooser as ChooserContent,
  Diploma,
  Role,
  Skill,
} from '@/content/schemas'
import { formatList } from '@/lib/i18n'
import { useLocale, useMessages } from '@/ui/use-locale'
import { Chooser } from './chooser'
import { CoverageBlock } from './coverage-block'
import { diplomasOf2011, diplomasOfToday } from './coverage-logic'
import { Disclosure } from './disclosure'
import { guideMessages } from './messages'
import { PlainCards } from './plain-cards'

export interface TodayContent {
  diplomas: readonly Diploma[]
  roles: readonly Role[]
  skills: readonly Skill[]
  admissions: readonly AdmissionSystem[]
  chooser: ChooserContent
}

/**
 * Today first: the successors of the 2011 diplomas (BTS NDRC and BTS MCO) side by side in plain
 * words, « NDRC ou MCO ? » on demand, and what each covers of the sector's skills.
 */
export function TodaySection({ content }: { content: TodayContent }) {
  const t = useMessages(guideMessages)
  const locale = useLocale()
  const [chooserOpen, setChooserOpen] = useState(false)
  const { diplomas, roles, skills, admissions, chooser } = content
  // The editorial order of « NDRC ou MCO ? » (content/guide.yaml) also orders the cards.
  const rank = (d: Diploma) => {
    const i = chooser.between.indexOf(d.id)
    return i < 0 ? chooser.between.length : i
  }
  const today = [...diplomasOfToday(diplomas)].sort((a, b) => rank(a) - rank(b))
  const shorts = (list: readonly Diploma[], style: 'conjunction' | 'disjunction' = 'conjunction') =>
    formatList(
      list.map((d) => d.short),
      locale,
      style,
    )
  const chooserPair = chooser.between.flatMap((id) => diplomas.filter((d) => d.id === id))
  if (today.length === 0) return null

  return (
    <section aria-labelledby="today-title" className="guide-section today">
      <h2 id="today-title">{t.todayTitle(shorts(today, 'disjunction'))}</h2>
      <p className="today__lead">{t.todayLead(shorts(diplomasOf2011(diplomas)))}</p>
      <PlainCards diplomas={today} roles={roles} admissions={admissions} />
      <Disclosure
        id="chooser"
        level={3}
        title={t.chooserTitle(shorts(chooserPair, 'disjunction'))}
        open={chooserOpen}
        onToggle={setChooserOpen}
        className="today__chooser no-print"
      >
        <Chooser chooser={chooser} diplomas={diplomas} />
      </Disclosure>
      <h3 className="today__coverage-title">{t.coverageTitle}</h3>
      <CoverageBlock diplomas={today} allDiplomas={diplomas} skills={skills} printable />
    </section>
  )
}
