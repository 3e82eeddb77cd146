import { useId, useState } from 'react'
import { useAppStore } from '@/store/app-store'
import { useLocale, useMessages } from '@/ui/use-locale'
import { shellMessages } from './messages'
import { ReadingSettingsPanel } from './reading-settings-panel'
import { href, routingMode } from '@/ui/router'
import { PROGRESS_PARAM, progressInAddress } from '@/lib/embed-bridge'

const NAV = [
  { path: '/quiz', label: 'navQuiz' },
  { path: '/metiers', label: 'navRoles' },
  { path: '/formations', label: 'navGuide' },
  { path: '/secteur', label: 'navSector' },
  { path: '/classe', label: 'navClassroom' },
  { path: '/a-propos', label: 'navAbout' },
] as const

/**
 * The app's own page at the same place, for the embed's "Ouvrir en plein écran": the frame's
 * settings are left behind, its progress code (if any) goes along so the quiz goes on there.
 */
function fullScreenAddress(): string {
  const progress = progressInAddress()
  const url = new URL('./', window.location.href)
  if (progress) url.searchParams.set(PROGRESS_PARAM, progress)
  url.hash = window.location.hash
  return url.href
}

/**
 * The skip link's address: the content of this very page, which the browser scrolls to and
 * focuses (`<main tabindex="-1">`), with or without the app. A bare `#contenu` would resolve
 * against the site's root (`<base>`) and open the home page. In the embed's hash routes an
 * anchor would replace the route: there the link moves the focus itself.
 */
const skipHref = (path: string, query: URLSearchParams) =>
  routingMode() === 'path' ? `${href(path, Object.fromEntries(query))}#contenu` : '#contenu'

/** The site's header; in a host's frame (`embedded`), compact: no menu, a full-screen link. */
export function AppHeader({
  currentPath,
  currentQuery,
  embedded,
}: {
  currentPath: string
  currentQuery: URLSearchParams
  embedded: boolean
}) {
  const t = useMessages(shellMessages)
  const locale = useLocale()
  const setLocale = useAppStore((s) => s.setLocale)
  // The menu closes by itself on navigation: it is open only on the page where it was opened.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null)
  const menuOpen = menuOpenOn === currentPath
  const [readingOpen, setReadingOpen] = useState(false)
  const menuId = useId()
  const readingId = useId()

  const skipToContent = (event: React.MouseEvent) => {
    event.preventDefault()
    document.getElementById('contenu')?.focus()
  }

  return (
    <header className="site-header">
      <a
        className="skip-link"
        href={skipHref(currentPath, currentQuery)}
        onClick={routingMode() === 'hash' ? skipToContent : undefined}
      >
        {t.skipLink}
      </a>
      <div className="site-header__bar">
        <a className="brand" href={href('/')} aria-label={t.homeLink}>
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" />
            <path d="M9 8h14a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3h-7l-5 4v-4H9a3 3 0 0 1-3-3v-8a3 3 0 0 1 3-3z" />
            <path className="brand__arrow" d="M13 12.5l5 2.5-5 2.5" />
          </svg>
          <span>Cap Relation Client</span>
        </a>
        <div className="site-header__tools">
          <div role="group" aria-label={t.languageGroup} className="lang-switch">
            <button
              type="button"
              lang="fr"
              aria-pressed={locale === 'fr'}
              onClick={() => setLocale('fr')}
            >
              FR<span className="visually-hidden"> — {t.switchToFrench}</span>
            </button>
            <button
              type="button"
              lang="en"
              aria-pressed={locale === 'en'}
              onClick={() => setLocale('en')}
            >
              EN<span className="visually-hidden"> — {t.switchToEnglish}</span>
            </button>
          </div>
          <button
            type="button"
            className="icon-button"
            aria-expanded={readingOpen}
            aria-controls={readingId}
            onClick={() => setReadingOpen((open) => !open)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M4 19V5M4 5h7M7.5 5v14M14 19l3.5-9 3.5 9M15.2 16h4.6" />
            </svg>
            <span className="icon-button__label">{t.readingSettings}</span>
          </button>
          {embedded ? (
            <a
              className="full-screen-link"
              href={fullScreenAddress()}
              target="_blank"
              rel="noopener"
            >
              {t.openFullScreen}
              <span className="visually-hidden"> {t.newTab}</span>
            </a>
          ) : (
            <button
              type="button"
              className="icon-button menu-toggle"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpenOn(menuOpen ? null : currentPath)}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M4 7h16M4 12h16M4 17h16" />
              </svg>
              <span className="icon-button__label">{t.menu}</span>
            </button>
          )}
        </div>
      </div>
      {readingOpen && <ReadingSettingsPanel id={readingId} onClose={() => setReadingOpen(false)} />}
      {!embedded && (
        <nav id={menuId} className="site-nav" data-open={menuOpen} aria-label={t.mainNav}>
          <ul>
            {NAV.map((item) => {
              const current = currentPath === item.path || currentPath.startsWith(`${item.path}/`)
              return (
                <li key={item.path}>
                  <a href={href(item.path)} aria-current={current ? 'page' : undefined}>
                    {t[item.label]}
                  </a>
                </li>
              )
            })}
          </ul>
        </nav>
      )}
    </header>
  )
}
