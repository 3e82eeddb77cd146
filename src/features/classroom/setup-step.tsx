import { useId } from 'react'
import { myths, questionnaire } from 'virtual:content'
import type { Locale } from '@/lib/i18n'
import { QUIZ_LENGTHS } from '@/lib/questionnaire/answers'
import { estimatedMinutes, pathLengthBounds } from '@/lib/questionnaire/navigation'
import { useAppStore } from '@/store/app-store'
import { useMessages } from '@/ui/use-locale'
import { classroomMessages } from './messages'

const LANGUAGES: { locale: Locale; label: 'french' | 'english' }[] = [
  { locale: 'fr', label: 'french' },
  { locale: 'en', label: 'english' },
]

/** Length, language and warm-up: saved as soon as they change. */
export function SetupStep() {
  const t = useMessages(classroomMessages)
  const id = useId()
  const session = useAppStore((s) => s.classroom)
  const update = useAppStore((s) => s.updateClassroom)
  return (
    <div className="classroom-setup">
      <p>{t.setupText}</p>
      <fieldset className="classroom-fieldset">
        <legend>{t.lengthLegend}</legend>
        {QUIZ_LENGTHS.map((length) => {
          const { min, max } = pathLengthBounds(questionnaire, length)
          return (
            <label key={length} className="choice classroom-choice">
              <input
                type="radio"
                name={`${id}-length`}
                checked={session.length === length}
                onChange={() => update({ length })}
                aria-describedby={`${id}-${length}`}
              />
              <span>
                <strong>{length === 'short' ? t.lengthShort : t.lengthFull}</strong>
                <span id={`${id}-${length}`} className="classroom-choice__hint">
                  {t.lengthHint(min, max, estimatedMinutes(questionnaire, length))}
                  {length === 'short' && ` — ${t.lengthShortAdvice}`}
                </span>
              </span>
            </label>
          )
        })}
      </fieldset>
      <fieldset className="classroom-fieldset">
        <legend>{t.languageLegend}</legend>
        {LANGUAGES.map(({ locale, label }) => (
          <label key={locale} className="choice classroom-choice">
            <input
              type="radio"
              name={`${id}-locale`}
              checked={session.locale === locale}
              onChange={() => update({ locale })}
            />
            <span lang={locale}>{t[label]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="classroom-fieldset">
        <legend>{t.warmUpLegend}</legend>
        <label className="choice classroom-choice">
          <input
            type="checkbox"
            checked={session.warmUp}
            onChange={(event) => update({ warmUp: event.target.checked })}
            aria-describedby={`${id}-warm-up`}
          />
          <span>
            {t.warmUpLabel}
            <span id={`${id}-warm-up`} className="classroom-choice__hint">
              {t.warmUpHint(myths.length)}
            </span>
          </span>
        </label>
      </fieldset>
      <fieldset className="classroom-fieldset">
        <legend>{t.devicesLegend}</legend>
        <label className="choice classroom-choice">
          <input
            type="checkbox"
            checked={session.sharedDevices}
            onChange={(event) => update({ sharedDevices: event.target.checked })}
            aria-describedby={`${id}-shared`}
          />
          <span>
            {t.sharedDevicesLabel}
            <span id={`${id}-shared`} className="classroom-choice__hint">
              {t.sharedDevicesHint}
            </span>
          </span>
        </label>
      </fieldset>
      <p className="muted">{t.sessionInProgress(session.codes.length)}</p>
    </div>
  )
}
