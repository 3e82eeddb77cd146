import { dimensions } from 'virtual:content'
import { formatList, formatPercent } from '@/lib/i18n'
import { PROFILE_MAX, type DimensionLevels } from '@/lib/questionnaire/dimension-levels'
import { BarChart } from '@/ui/bar-chart'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'

/** The student's level on each dimension the answers measured, highest first, as a chart and a table. */
export function ProfileChart({ levels }: { levels: DimensionLevels }) {
  const t = useMessages(resultsMessages)
  const l = useLocalized()
  const locale = useLocale()
  const items = dimensions
    .flatMap((d) => {
      const level = levels[d.id]
      return level === undefined
        ? []
        : [{ id: d.id, label: l(d.name), value: Math.round((100 * level) / PROFILE_MAX) }]
    })
    .sort((a, b) => b.value - a.value)
  const missing = dimensions.filter((d) => levels[d.id] === undefined).map((d) => l(d.name))
  const names = (list: typeof items) =>
    formatList(
      list.map((i) => i.label.toLowerCase()),
      locale,
    )
  return (
    <BarChart
      title={t.profileTitle}
      summary={t.profileSummary(names(items.slice(0, 3)), names(items.slice(-2)))}
      items={items}
      max={100}
      format={(value) => formatPercent(value, locale)}
      labelHeader={t.dimensionHeader}
      valueHeader={t.levelHeader}
      caption={
        missing.length > 0 ? (
          <p className="muted">{t.profileNotMeasured(formatList(missing, locale))}</p>
        ) : undefined
      }
    />
  )
}
