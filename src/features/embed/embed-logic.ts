/** Pure: the embed snippets a school webmaster copies, built from the chosen options. */
import type { Locale } from '@/content/vocabulary'
import { COLOR_PARAM, EMBED_PARAM, STEPS_PARAM } from '@/lib/embed-bridge'
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

/**
 * The frame's height without the loader, per start screen: the tallest page a student meets from
 * there in a frame on a 390 px phone, measured on the built app with some margin (home 1 845 px;
 * the quiz's intro 922 px and its questions 823–1 236 px, French, full length), so that the frame
 * scrolls nowhere but the host page. The review, the results and the lists (jobs 5 654 px,
 * training 12 665 px, sector 24 590 px) are far longer: there the frame keeps a screenful and
 * scrolls inside, and the embed page says to use the loader for them.
 */
export const PLAIN_HEIGHTS: Record<StartScreen, number> = {
  accueil: 1900,
  'quiz-court': 1300,
  'quiz-complet': 1300,
  metiers: 1200,
  formations: 1200,
  secteur: 1200,
}

/** The loader's frame starts at this height and then follows its content. */
export const LOADER_START_HEIGHT = 640

export type SnippetKind = 'loader' | 'plain'

export interface SnippetOptions {
  /** Where the app is deployed, e.g. https://example.org/orientation/ */
  appUrl: string
  locale: Locale
  start: StartScreen
  /** A hex colour already checked for contrast, or undefined for the app's own. */
  accent?: string
  /** Results-page heights rounded up to steps, so the host cannot tell one outcome from another. */
  heightSteps?: boolean
  title: string
}

/**
 * The iframe's address: the embed entry beside the app's page (the one file hosts let other
 * sites frame) with the frame's settings before the hash, where they stay for the whole visit;
 * then the start screen and the language.
 */
export function embedSrc({
  appUrl,
  locale,
  start,
  accent,
  heightSteps,
}: Omit<SnippetOptions, 'title'>): string {
  const route = START_ROUTES[start]
  const entry = new URL(EMBED_ENTRY, appUrl.split('#')[0])
  entry.search = ''
  entry.searchParams.set(EMBED_PARAM, '1')
  if (accent) entry.searchParams.set(COLOR_PARAM, accent.replace('#', '').toLowerCase())
  if (heightSteps) entry.searchParams.set(STEPS_PARAM, '1')
  const query = new URLSearchParams({ ...route.query, lang: locale })
  return `${entry.href}#${route.path}?${query.toString()}`
}

/** The loader script's address: `embed.js` beside the app's page. */
export function loaderSrc(appUrl: string): string {
  return new URL('embed.js', appUrl.split('#')[0]).href
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The HTML to paste. Both have the same frame: the plain one, alone, at a height that suits the
 * start screen; the loader's adds one script, which sizes every such frame to its content and
 * relays its events (a strict Content-Security-Policy can allow it by its address).
 */
export function buildSnippet(kind: SnippetKind, options: SnippetOptions): string {
  const height = kind === 'plain' ? PLAIN_HEIGHTS[options.start] : LOADER_START_HEIGHT
  const frame = `<iframe data-cap-relation-client src="${escapeAttribute(embedSrc(options))}"
  title="${escapeAttribute(options.title)}"
  style="width: 100%; height: ${height}px; border: 0;" allow="clipboard-write" loading="lazy"></iframe>`
  if (kind === 'plain') return frame
  return `${frame}\n<script src="${escapeAttribute(loaderSrc(options.appUrl))}" async></script>`
}

/** The Content-Security-Policy sources a host page adds for the loader's snippet. */
export function hostPolicyLines(appUrl: string): string[] {
  const origin = new URL(appUrl).origin
  return [`script-src ${origin}`, `frame-src ${origin}`]
}
