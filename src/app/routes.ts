/** The route table. Every page but the home loads on demand, in its own chunk. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { matchPattern } from '@/ui/router'
import HomePage from '@/features/home/home-page'
import type { PageProps } from '@/ui/page-props'
import type { shellMessages } from './messages'

type TitleKey = {
  [K in keyof (typeof shellMessages)['fr']]: K extends `title${string}` ? K : never
}[keyof (typeof shellMessages)['fr']]

export interface RouteDefinition {
  id: string
  pattern: string
  title: TitleKey
  page: ComponentType<PageProps> | LazyExoticComponent<ComponentType<PageProps>>
  /**
   * Parameters the page follows itself: when only they change, the page stays mounted (the quiz
   * keeps one actor while the URL moves from question to question). Any other change of
   * parameter opens the page afresh.
   */
  follows?: readonly string[]
  /** Loads the page's chunk (lazy pages only): the start-up loads it before hydrating. */
  load?: () => Promise<{ default: ComponentType<PageProps> }>
  /** The page's module, from the project's root (lazy pages only): the build reads its CSS. */
  file?: string
  /**
   * A personal page (results, class mode): never indexed; its HTML file holds only the frame
   * around it (header, footer, the loading notice), over which the app draws the page.
   */
  personal?: boolean
}

type PageModule = { default: ComponentType<PageProps> }
/** Every page but the home, each in its own chunk; the build reads its CSS from `file`. */
const pageModules = import.meta.glob<PageModule>([
  '../features/*/*-page.tsx',
  '!../features/home/home-page.tsx',
])

/** A page in its own chunk: `page` for React, `load` to fetch the chunk ahead (before hydrating). */
function onDemand(name: string) {
  const load = pageModules[`../features/${name}.tsx`]
  if (!load) throw new Error(`no page module src/features/${name}.tsx`)
  return { page: lazy(load), load, file: `src/features/${name}.tsx` }
}

const results = onDemand('results/results-page')
const roles = onDemand('roles/roles-page')
const role = onDemand('roles/role-page')
const sector = onDemand('sector/sector-page')

export const ROUTES: readonly RouteDefinition[] = [
  { id: 'home', pattern: '/', title: 'titleHome', page: HomePage },
  {
    id: 'quiz',
    pattern: '/quiz/:questionId?',
    title: 'titleQuiz',
    ...onDemand('questionnaire/quiz-page'),
    follows: ['questionId'],
  },
  { id: 'results', pattern: '/resultats', title: 'titleResults', personal: true, ...results },
  {
    id: 'results-code',
    pattern: '/resultats/:code',
    title: 'titleResults',
    personal: true,
    ...results,
  },
  { id: 'roles', pattern: '/metiers', title: 'titleRoles', ...roles },
  { id: 'role', pattern: '/metiers/:roleId', title: 'titleRole', ...role },
  {
    id: 'guide',
    pattern: '/formations',
    title: 'titleGuide',
    ...onDemand('guide/guide-page'),
  },
  {
    id: 'diploma',
    pattern: '/formations/:diplomaId',
    title: 'titleDiploma',
    ...onDemand('guide/diploma-page'),
  },
  { id: 'sector', pattern: '/secteur', title: 'titleSector', ...sector },
  {
    id: 'glossary',
    pattern: '/glossaire',
    title: 'titleGlossary',
    ...onDemand('glossary/glossary-page'),
  },
  {
    id: 'classroom',
    pattern: '/classe',
    title: 'titleClassroom',
    personal: true,
    ...onDemand('classroom/classroom-page'),
  },
  {
    id: 'embed',
    pattern: '/integrer',
    title: 'titleEmbed',
    ...onDemand('embed/embed-page'),
  },
  {
    id: 'about',
    pattern: '/a-propos',
    title: 'titleAbout',
    ...onDemand('about/about-page'),
  },
]

/** The key that keeps a page mounted: its route, and the parameters it does not follow itself. */
export function pageKey(route: RouteDefinition, params: Readonly<Record<string, string>>): string {
  const opened = Object.entries(params).filter(([name]) => !route.follows?.includes(name))
  return [route.id, ...opened.map(([name, value]) => `${name}=${value}`)].join('|')
}

/** The route a path opens, with its parameters. */
export function matchRoute(
  path: string,
): { route: RouteDefinition; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    const params = matchPattern(route.pattern, path)
    if (params) return { route, params }
  }
  return undefined
}

/**
 * Fetches the chunk of the page at `path`; from then on its route draws the page itself, so the
 * first render draws it at once instead of suspending: hydrating pre-rendered HTML over a page
 * that is still loading would throw the HTML away and draw it again.
 */
export async function preloadPage(path: string): Promise<void> {
  const route = matchRoute(path)?.route
  if (route?.load) route.page = (await route.load()).default
}
