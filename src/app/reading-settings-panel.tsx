import { useEffect, useRef } from 'react'
import { useAppStore } from '@/store/app-store'
import type { Settings } from '@/store/saved-state'
import { useReadAloudVoice } from '@/ui/read-aloud'
import { useMessages } from '@/ui/use-locale'
import { shellMessages } from './messages'

type ChoiceKey = 'readingFont' | 'textSize' | 'lineSpacing' | 'easyRead' | 'readAloudRate'

export function ReadingSettingsPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useMessages(shellMessages)
  const settings = useAppStore((s) => s.settings)
  const update = useAppStore((s) => s.updateSettings)
  const panel = useRef<HTMLDivElement>(null)
  const canReadAloud = useReadAloudVoice() !== undefined

  useEffect(() => {
    panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus()
  }, [])

  const choices: { key: ChoiceKey; legend: string; options: { value: string; label: string }[] }[] =
    [
      {
        key: 'readingFont',
        legend: t.readingFont,
        options: [
          { value: 'system', label: t.fontSystem },
          { value: 'hyperlegible', label: t.fontHyperlegible },
        ],
      },
      {
        key: 'textSize',
        legend: t.textSize,
        options: [
          { value: 'normal', label: t.sizeNormal },
          { value: 'large', label: t.sizeLarge },
        ],
      },
      {
        key: 'lineSpacing',
        legend: t.lineSpacing,
        options: [
          { value: 'normal', label: t.spacingNormal },
          { value: 'wide', label: t.spacingWide },
        ],
      },
      {
        key: 'easyRead',
        legend: t.easyRead,
        options: [
          { value: 'false', label: t.easyReadOff },
          { value: 'true', label: t.easyReadOn },
        ],
      },
      // Only where the « Écouter » button exists: never a setting for a missing control.
      ...(canReadAloud
        ? [
            {
              key: 'readAloudRate' as const,
              legend: t.readAloudRate,
              options: [
                { value: 'slow', label: t.rateSlow },
                { value: 'normal', label: t.rateNormal },
                { value: 'fast', label: t.rateFast },
              ],
            },
          ]
        : []),
    ]

  return (
    <div
      id={id}
      ref={panel}
      className="reading-panel"
      role="group"
      aria-label={t.readingSettings}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      {choices.map((choice) => (
        <fieldset key={choice.key}>
          <legend>{choice.legend}</legend>
          {choice.options.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="radio"
                name={`${id}-${choice.key}`}
                value={option.value}
                checked={String(settings[choice.key]) === option.value}
                onChange={() =>
                  update({
                    [choice.key]:
                      choice.key === 'easyRead' ? option.value === 'true' : option.value,
                  } as Partial<Settings>)
                }
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t.close}
      </button>
    </div>
  )
}
