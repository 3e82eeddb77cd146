import { useEffect } from 'react'
import type { Catalogue, Messages } from '@/lib/messages'
import { useAppStore } from '@/store/app-store'
import type { Locale, Localized } from '@/lib/i18n'

export const APP_NAME = 'Cap Relation Client'

export function useLocale(): Locale {
  return useAppStore((state) => state.settings.locale)
}

export function useMessages<T>(messages: Messages<T>): Catalogue<T> {
  return messages[useLocale()]
}

const tabTitle = (title: string) => `${title} · ${APP_NAME}`
/** The route's generic title (set by the app) and the title a mounted page asked for. */
let routeTitle: string | undefined
let pageTitle: string | undefined
/** At build time (no document, no effects): the titles the page being rendered asked for. */
let serverTitles: { route?: string; page?: string } = {}

/** The tab title of the page just rendered at build time; starts afresh for the next one. */
function noteServerTitle(kind: 'route' | 'page', title: string | undefined) {
  if (typeof document === 'undefined' && title) serverTitles[kind] = title
}

export function takeServerTitle(): string | undefined {
  const title = serverTitles.page ?? serverTitles.route
  serverTitles = {}
  return title === undefined ? undefined : tabTitle(title)
}

/**
 * Sets the tab title; pages call it with their own heading. It wins over the app's route
 * title, whatever order React runs the effects in (children's effects run first).
 */
export function usePageTitle(title: string | undefined) {
  noteServerTitle('page', title)
  useEffect(() => {
    if (!title) return
    pageTitle = title
    document.title = tabTitle(title)
    return () => {
      pageTitle = undefined
      // A page whose title only changes (the quiz, at each question) sets the next one at once:
      // the route's title comes back only if none follows, so the tab's title is written once.
      queueMicrotask(() => {
        if (!pageTitle && routeTitle) document.title = tabTitle(routeTitle)
      })
    }
  }, [title])
}

/** The app's title for the current route; yields to a page's own `usePageTitle`. */
export function useRouteTitle(title: string) {
  noteServerTitle('route', title)
  useEffect(() => {
    routeTitle = title
    if (!pageTitle) document.title = tabTitle(title)
  }, [title])
}

/** `const l = useLocalized(); l(role.title)` — picks the active language of a content text. */
export function useLocalized(): (text: Localized) => string {
  const locale = useLocale()
  return (text) => text[locale]
}
