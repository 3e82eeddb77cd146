import type { Chart } from '@/content/schemas'
import { BarChart } from '@/ui/bar-chart'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { sectorMessages } from './messages'
import { formatFigureValue } from './sector-logic'

/** Every chart of the content, drawn by the shared accessible bar chart. */
export function SectorCharts({ charts }: { charts: readonly Chart[] }) {
  const t = useMessages(sectorMessages)
  const locale = useLocale()
  const l = useLocalized()
  return (
    <div className="sector-charts">
      {charts.map((chart) => (
        <div key={chart.id} className="card sector-chart">
          <BarChart
            title={l(chart.title)}
            summary={l(chart.summary)}
            items={chart.items.map((item) => ({
              id: item.id,
              label: l(item.label),
              value: item.value,
            }))}
            format={(value) => formatFigureValue(value, chart.unit, locale)}
            max={chart.unit === 'percent' ? 100 : undefined}
            labelHeader={t.chartLabel}
            valueHeader={t.chartValue}
            caption={<SourceRef id={chart.source} year={chart.year} />}
          />
        </div>
      ))}
    </div>
  )
}
