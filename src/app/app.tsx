import { Suspense, useEffect } from 'react'
import { useAppStore } from '@/store/app-store'
import { LoadBoundary } from './load-boundary'
import { useLocale, useMessages, useRouteTitle } from '@/ui/use-locale'
import { applyReadingSettings } from './reading-settings'
import { AppFooter } from './app-footer'
import { AppHeader } from './app-header'
import { shellMessages } from './messages'
import { NotFoundPage } from './not-found-page'
import { useRouteLocation } from '@/ui/router'
import { matchRoute, pageKey } from './routes'
import { ShellNotices } from './shell-notices'
import { SharedDeviceBar } from './shared-device'
import { useEmbedMode } from './use-embed-mode'
import { useLanguageFromUrl } from './use-language-from-url'
import { HydrateApart } from '@/ui/hydrate-apart'

/**
 * `shell`, at build time only: a personal page's frame (header, footer and the loading notice)
 * without the page, whose content is a visitor's own. A link to one then paints at once.
 */
export function App({ shell = false }: { shell?: boolean }) {
  const location = useRouteLocation()
  const locale = useLocale()
  const t = useMessages(shellMessages)
  const settings = useAppStore((s) => s.settings)
  useLanguageFromUrl(location.query)
  const embedded = useEmbedMode(location)

  useEffect(() => {
    // Only when it differs: setting `lang`, even to the value it has, makes the browser restyle
    // the whole page (~12 ms on a desktop, four times that on a cheap phone, at start-up).
    if (document.documentElement.lang !== locale) document.documentElement.lang = locale
  }, [locale])
  useEffect(() => applyReadingSettings(settings), [settings])
  // The page runs (drawn or hydrated), not just its pre-rendered HTML: tests wait for this.
  useEffect(() => {
    document.documentElement.dataset.app = 'running'
  }, [])

  const match = matchRoute(location.path)
  useRouteTitle(t[match?.route.title ?? 'titleNotFound'])

  const Page = match?.route.page
  const loading = (
    <p role="status" className="page-loading">
      {t.loading}
    </p>
  )
  return (
    <>
      <AppHeader currentPath={location.path} currentQuery={location.query} embedded={embedded} />
      <ShellNotices embedded={embedded} />
      <SharedDeviceBar location={location} />
      <main id="contenu" tabIndex={-1}>
        {shell ? (
          // Not a live region: the frame is there on arrival, nothing has changed to announce.
          <p className="page-loading">{t.loading}</p>
        ) : (
          <LoadBoundary key={match ? pageKey(match.route, match.params) : location.path}>
            <Suspense fallback={loading}>
              {Page && match ? (
                <Page params={match.params} query={location.query} />
              ) : (
                <NotFoundPage path={location.path} />
              )}
            </Suspense>
          </LoadBoundary>
        )}
      </main>
      {!embedded && (
        <HydrateApart>
          <AppFooter />
        </HydrateApart>
      )}
    </>
  )
}
