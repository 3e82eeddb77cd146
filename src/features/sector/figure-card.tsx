import type { Figure } from '@/content/schemas'
import { formatContentDate } from '@/lib/i18n'
import { SourceRef } from '@/ui/source-ref'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { sectorMessages } from './messages'
import { formatFigureValue, type FigurePair } from './sector-logic'

/** A figure's date at the precision a reader needs: the month at most. */
const figureDate = (figure: Figure) => figure.date?.slice(0, 7) ?? String(figure.year)

function FigureBody({ figure }: { figure: Figure }) {
  const t = useMessages(sectorMessages)
  const locale = useLocale()
  const l = useLocalized()
  return (
    <>
      <p className="figure-card__when">{t.inYear(formatContentDate(figureDate(figure), locale))}</p>
      <p className="figure-card__value">
        {figure.approx && (
          <>
            <span aria-hidden="true">≈ </span>
            <span className="visually-hidden">{t.approx} </span>
          </>
        )}
        {formatFigureValue(figure.value, figure.unit, locale)}
      </p>
      <p className="figure-card__label">{l(figure.label)}</p>
      {figure.note && !figure.noteSource && <p className="figure-card__note">{l(figure.note)}</p>}
      <SourceRef id={figure.source} year={figure.year} />
      {/* A note with a source of its own follows the figure's source, then cites its own. */}
      {figure.note && figure.noteSource && (
        <p className="figure-card__note">
          {l(figure.note)} <SourceRef id={figure.noteSource} />
        </p>
      )}
    </>
  )
}

/** One figure as a card; a 2011 figure with a later counterpart shows both, each with its date. */
export function FigureCard({ pair }: { pair: FigurePair }) {
  const t = useMessages(sectorMessages)
  if (!pair.later)
    return (
      <li className="figure-card">
        <FigureBody figure={pair.figure} />
      </li>
    )
  return (
    <li className="figure-card figure-card--pair">
      <div className="figure-card__part">
        <p className="figure-card__tag">{t.then}</p>
        <FigureBody figure={pair.figure} />
      </div>
      <div className="figure-card__part figure-card__part--later">
        <p className="figure-card__tag">{t.now}</p>
        <FigureBody figure={pair.later} />
      </div>
    </li>
  )
}
