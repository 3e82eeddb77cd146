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

/** Sets the tab title; pages call it with their own heading. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · ${APP_NAME}`
  }, [title])
}

/** `const l = useLocalized(); l(role.title)` — picks the active language of a content text. */
export function useLocalized(): (text: Localized) => string {
  const locale = useLocale()
  return (text) => text[locale]
}
