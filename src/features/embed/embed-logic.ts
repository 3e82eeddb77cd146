/** Pure: the embed snippet a school webmaster copies, built from the chosen options. */
import type { Locale } from '@/content/vocabulary'
import { COLOR_PARAM, EMBED_PARAM, EMBED_SOURCE } from '@/lib/embed-bridge'
import { EMBED_ENTRY } from '@/lib/embed-entry'

export const START_SCREENS = [
  'accueil',
  'quiz-court',
  'quiz-complet',
  'metiers',
  'formations',
  'secteur',
] as const
export type StartScreen = (typeof START_SCREENS)[number]

const START_ROUTES: Record<StartScreen, { path: string; query?: Record<string, string> }> = {
  accueil: { path: '/' },
  'quiz-court': { path: '/quiz', query: { longueur: 'courte' } },
  'quiz-complet': { path: '/quiz', query: { longueur: 'complete' } },
  metiers: { path: '/metiers' },
  formations: { path: '/formations' },
  secteur: { path: '/secteur' },
}

export interface SnippetOptions {
  /** Where the app is deployed, e.g. https://example.org/orientation/ */
  appUrl: string
  locale: Locale
  start: StartScreen
  /** A hex colour already checked for contrast, or undefined for the app's own. */
  accent?: string
  title: string
}

export const FRAME_ID = 'cap-relation-client'

/**
 * The iframe's address: the embed entry beside the app's page (the one file hosts let other
 * sites frame), then the start screen, the language and the embed parameters.
 */
export function embedSrc({ appUrl, locale, start, accent }: Omit<SnippetOptions, 'title'>): string {
  const route = START_ROUTES[start]
  const params = new URLSearchParams({ ...route.query, lang: locale, [EMBED_PARAM]: '1' })
  if (accent) params.set(COLOR_PARAM, accent.replace('#', '').toLowerCase())
  const entry = new URL(EMBED_ENTRY, appUrl.split('#')[0])
  return `${entry.href}#${route.path}?${params.toString()}`
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The HTML to paste: an iframe, and a small script that sizes it and relays journey events. */
export function buildSnippet(options: SnippetOptions): string {
  const src = embedSrc(options)
  const origin = new URL(options.appUrl).origin
  return `<iframe id="${FRAME_ID}" src="${escapeAttribute(src)}"
  title="${escapeAttribute(options.title)}"
  style="width: 100%; min-height: 640px; border: 0;" loading="lazy"></iframe>
<script>
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== '${origin}' || !data || data.source !== '${EMBED_SOURCE}') return;
    if (data.type === 'resize') {
      document.getElementById('${FRAME_ID}').style.height = data.height + 'px';
    } else if (data.type === 'event') {
      // data.name is "started" or "completed"; no answer or personal data is ever sent.
      document.dispatchEvent(new CustomEvent('cap-relation-client:' + data.name));
    }
  });
</script>`
}
