import { useId } from 'react'
import { useLocale } from './use-locale'

export interface BarChartItem {
  id: string
  label: string
  value: number
}

interface BarChartProps {
  title: string
  /** One or two sentences that say what the chart shows: the text alternative. */
  summary: string
  items: BarChartItem[]
  format: (value: number) => string
  /** The scale's end; defaults to the largest value. */
  max?: number
  /** Header of the value column in the data table. */
  valueHeader: string
  labelHeader: string
  caption?: React.ReactNode
}

const TEXT = {
  fr: { showTable: 'Voir les données sous forme de tableau' },
  en: { showTable: 'Show the data as a table' },
}

/**
 * A horizontal bar chart: SVG bars under HTML labels (which wrap, zoom and translate like any
 * text). The plot is one image for assistive technologies, named by the title and the summary;
 * the same data is in a real table. Every bar has its value written: colour never carries alone.
 */
export function BarChart({
  title,
  summary,
  items,
  format,
  max,
  valueHeader,
  labelHeader,
  caption,
}: BarChartProps) {
  const id = useId()
  const text = TEXT[useLocale()]
  const top = max ?? Math.max(...items.map((i) => i.value), 1)
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="bar-chart__title">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title ${id}-summary`} className="bar-chart__plot">
        {items.map((item) => (
          <div key={item.id} className="bar-chart__row">
            <div className="bar-chart__label">
              <span>{item.label}</span> <strong>{format(item.value)}</strong>
            </div>
            <svg
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              className="bar-chart__svg"
              focusable="false"
            >
              <rect className="bar-chart__track" x="0" y="0" width="100" height="10" />
              <rect
                className="bar-chart__bar"
                x="0"
                y="0"
                width={Math.max(0.5, (item.value / top) * 100)}
                height="10"
              />
            </svg>
          </div>
        ))}
      </div>
      <p id={`${id}-summary`} className="bar-chart__summary">
        {summary}
      </p>
      {caption && <div className="bar-chart__caption">{caption}</div>}
      <details className="bar-chart__data">
        <summary>{text.showTable}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.label}</th>
                <td>{format(item.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
