import { useId } from 'react'
import type { Role } from '@/content/schemas'
import { navigate, useRouteLocation } from '@/ui/router'
import { useLocale, useMessages } from '@/ui/use-locale'
import { rolesMessages } from './messages'
import { RoleCard } from './role-card'
import {
  FILTER_KEYS,
  NO_FILTERS,
  countActiveFilters,
  filterOptions,
  filterRoles,
  readRoleFilters,
  roleFiltersToQuery,
  sortRolesForList,
  type RoleFilters,
} from './role-filter-logic'
import { RoleFiltersForm } from './role-filters-form'
import { HydrateApart } from '@/ui/hydrate-apart'

const OWN_KEYS = new Set<string>(Object.values(FILTER_KEYS))

/**
 * The filterable list of jobs. The URL owns the filters: every change replaces the query
 * (`#/metiers?canal=chat&telephone=sans`), so a filtered list can be shared and survives a reload.
 */
export function RolesExplorer({ roles }: { roles: readonly Role[] }) {
  const t = useMessages(rolesMessages)
  const { path, query } = useRouteLocation()
  const filters = readRoleFilters(query)
  const locale = useLocale()
  const shown = filterRoles(sortRolesForList(roles, locale), filters)
  const active = countActiveFilters(filters)
  const id = useId()

  const apply = (next: RoleFilters) => {
    const kept: Record<string, string> = {}
    query.forEach((value, key) => {
      if (!OWN_KEYS.has(key)) kept[key] = value
    })
    navigate(path, { replace: true, query: { ...kept, ...roleFiltersToQuery(next) } })
  }
  const reset = () => {
    apply(NO_FILTERS)
    // The button that had the focus disappears with the filters: start again from the form.
    document.getElementById(`${id}-filters`)?.focus()
  }

  return (
    <div className="roles-explorer">
      <RoleFiltersForm
        filters={filters}
        options={filterOptions(roles)}
        onChange={apply}
        titleId={`${id}-filters`}
        activeCount={active}
      />

      <section className="roles-results" aria-labelledby={`${id}-results`}>
        <div className="roles-results__bar">
          <h2 id={`${id}-results`} className="visually-hidden">
            {t.resultsTitle}
          </h2>
          <p role="status" className="roles-results__count">
            {t.count(shown.length, roles.length)}
            {active > 0 && <span className="muted"> · {t.activeFilters(active)}</span>}
          </p>
          {active > 0 && shown.length > 0 && (
            <button type="button" className="button button--quiet button--small" onClick={reset}>
              {t.reset}
            </button>
          )}
        </div>
        {shown.length > 0 ? (
          <HydrateApart>
            <ul className="card-grid role-grid" aria-labelledby={`${id}-results`}>
              {shown.map((role) => (
                <RoleCard key={role.id} role={role} />
              ))}
            </ul>
          </HydrateApart>
        ) : (
          <div className="roles-empty">
            <p className="roles-empty__title">{t.emptyTitle}</p>
            <p>{t.emptyText}</p>
            <button type="button" className="button button--primary" onClick={reset}>
              {t.reset}
            </button>
          </div>
        )}
      </section>
    </div>
  )
}
