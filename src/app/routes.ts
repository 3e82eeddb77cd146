/** The route table. Every page but the home loads on demand, in its own chunk. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
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
}

const results = lazy(() => import('@/features/results/results-page'))
const roles = lazy(() => import('@/features/roles/roles-page'))
const role = lazy(() => import('@/features/roles/role-page'))
const sector = lazy(() => import('@/features/sector/sector-page'))

export const ROUTES: readonly RouteDefinition[] = [
  { id: 'home', pattern: '/', title: 'titleHome', page: HomePage },
  {
    id: 'quiz',
    pattern: '/quiz/:questionId?',
    title: 'titleQuiz',
    page: lazy(() => import('@/features/questionnaire/quiz-page')),
    follows: ['questionId'],
  },
  { id: 'results', pattern: '/resultats', title: 'titleResults', page: results },
  { id: 'results-code', pattern: '/resultats/:code', title: 'titleResults', page: results },
  { id: 'roles', pattern: '/metiers', title: 'titleRoles', page: roles },
  { id: 'role', pattern: '/metiers/:roleId', title: 'titleRole', page: role },
  {
    id: 'guide',
    pattern: '/formations',
    title: 'titleGuide',
    page: lazy(() => import('@/features/guide/guide-page')),
  },
  { id: 'sector', pattern: '/secteur', title: 'titleSector', page: sector },
  {
    id: 'glossary',
    pattern: '/glossaire',
    title: 'titleGlossary',
    page: lazy(() => import('@/features/glossary/glossary-page')),
  },
  {
    id: 'classroom',
    pattern: '/classe',
    title: 'titleClassroom',
    page: lazy(() => import('@/features/classroom/classroom-page')),
  },
  {
    id: 'embed',
    pattern: '/integrer',
    title: 'titleEmbed',
    page: lazy(() => import('@/features/embed/embed-page')),
  },
  {
    id: 'about',
    pattern: '/a-propos',
    title: 'titleAbout',
    page: lazy(() => import('@/features/about/about-page')),
  },
]

/** The key that keeps a page mounted: its route, and the parameters it does not follow itself. */
export function pageKey(route: RouteDefinition, params: Readonly<Record<string, string>>): string {
  const opened = Object.entries(params).filter(([name]) => !route.follows?.includes(name))
  return [route.id, ...opened.map(([name, value]) => `${name}=${value}`)].join('|')
}
