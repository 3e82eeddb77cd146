import { useId, useState } from 'react'
import type { Channel } from '@/content/vocabulary'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { CERTIFICATION_LEVEL_LABELS, CHANNEL_LABELS } from '@/ui/vocabulary-messages'
import { ChannelIcon } from './channel-icon'
import { rolesMessages } from './messages'
import {
  toggle,
  type EntryLevel,
  type PhoneFilter,
  type RoleFilters,
  type TeamFilter,
} from './role-filter-logic'

interface RoleFiltersFormProps {
  filters: RoleFilters
  options: { channels: Channel[]; entry: EntryLevel[] }
  onChange: (filters: RoleFilters) => void
  /** The id of the form's heading, which takes the focus after a reset. */
  titleId: string
  activeCount: number
}

/** A real form: each filter is a fieldset; every change applies at once (no submit needed). */
export function RoleFiltersForm({
  filters,
  options,
  onChange,
  titleId,
  activeCount,
}: RoleFiltersFormProps) {
  const t = useMessages(rolesMessages)
  const locale = useLocale()
  const l = useLocalized()
  const id = useId()
  // On a phone the filters fold away behind a button; on a wide screen they are always shown.
  const [open, setOpen] = useState(false)
  const set = (patch: Partial<RoleFilters>) => onChange({ ...filters, ...patch })

  const entryLabel = (level: EntryLevel) => {
    if (level === 'experience') return t.afterExperience
    const words = CERTIFICATION_LEVEL_LABELS[level]
    return `${words.name[locale]} · ${words.school[locale]}`
  }

  const radios = <T extends string>(
    name: string,
    value: T,
    choices: { value: T; label: string }[],
    onPick: (value: T) => void,
  ) =>
    choices.map((choice) => (
      <label key={choice.value} className="filter-chip">
        <input
          type="radio"
          name={`${id}-${name}`}
          value={choice.value}
          checked={value === choice.value}
          onChange={() => onPick(choice.value)}
        />
        <span>{choice.label}</span>
      </label>
    ))

  return (
    <form
      className="role-filters"
      aria-labelledby={titleId}
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id={titleId} className="role-filters__title" tabIndex={-1}>
        {t.filtersTitle}
      </h2>
      <button
        type="button"
        className="button button--quiet role-filters__toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen(!open)}
      >
        {open ? t.hideFilters : t.showFilters}
        {activeCount > 0 && <span className="button__hint">{t.activeFilters(activeCount)}</span>}
      </button>
      <div id={`${id}-body`} className="role-filters__body" data-open={open}>
        <fieldset aria-describedby={`${id}-channels-hint`}>
          <legend>{t.filterChannels}</legend>
          <p id={`${id}-channels-hint`} className="role-filters__hint">
            {t.filterChannelsHint}
          </p>
          <div className="filter-chips">
            {options.channels.map((channel) => (
              <label key={channel} className="filter-chip">
                <input
                  type="checkbox"
                  checked={filters.channels.includes(channel)}
                  onChange={() => set({ channels: toggle(filters.channels, channel) })}
                />
                <ChannelIcon channel={channel} />
                <span>{l(CHANNEL_LABELS[channel])}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset aria-describedby={`${id}-entry-hint`}>
          <legend>{t.filterEntry}</legend>
          <p id={`${id}-entry-hint`} className="role-filters__hint">
            {t.filterEntryHint}
          </p>
          <div className="filter-chips">
            {options.entry.map((level) => (
              <label key={level} className="filter-chip">
                <input
                  type="checkbox"
                  checked={filters.entry.includes(level)}
                  onChange={() => set({ entry: toggle(filters.entry, level) })}
                />
                <span>{entryLabel(level)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>{t.filterPhone}</legend>
          <div className="filter-chips">
            {radios<PhoneFilter>(
              'phone',
              filters.phone,
              [
                { value: 'any', label: t.phoneAny },
                { value: 'with', label: t.phoneWith },
                { value: 'without', label: t.phoneWithout },
              ],
              (phone) => set({ phone }),
            )}
          </div>
        </fieldset>

        <fieldset>
          <legend>{t.filterTeam}</legend>
          <div className="filter-chips">
            {radios<TeamFilter>(
              'team',
              filters.team,
              [
                { value: 'any', label: t.teamAny },
                { value: 'leads', label: t.teamLeads },
                { value: 'no-lead', label: t.teamNoLead },
              ],
              (team) => set({ team }),
            )}
          </div>
        </fieldset>
      </div>
    </form>
  )
}
