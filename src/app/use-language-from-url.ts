import { useEffect } from 'react'
import { isLocale } from '@/lib/i18n'
import { useAppStore } from '@/store/app-store'

/**
 * `?lang=en` — before the hash (`/?lang=en#/metiers`) or inside it (`#/metiers?lang=en`) —
 * sets the language and remembers it, as if the person had used the switch.
 */
export function useLanguageFromUrl(hashQuery: URLSearchParams) {
  const setLocale = useAppStore((s) => s.setLocale)
  const fromHash = hashQuery.get('lang')
  useEffect(() => {
    const fromSearch = new URLSearchParams(window.location.search).get('lang')
    const wanted = fromHash ?? fromSearch
    if (isLocale(wanted) && useAppStore.getState().settings.locale !== wanted) setLocale(wanted)
  }, [fromHash, setLocale])
}
