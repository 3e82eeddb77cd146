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
}

const quiz = lazy(() => import('@/features/questionnaire/quiz-page'))
const results = lazy(() => import('@/features/results/results-page'))
const roles = lazy(() => import('@/features/roles/roles-page'))
const role = lazy(() => import('@/features/roles/role-page'))
const sector = lazy(() => import('@/features/sector/sector-page'))

export const ROUTES: readonly RouteDefinition[] = [
  { id: 'home', pattern: '/', title: 'titleHome', page: HomePage },
  { id: 'quiz', pattern: '/quiz', title: 'titleQuiz', page: quiz },
  { id: 'quiz-question', pattern: '/quiz/:questionId', title: 'titleQuiz', page: quiz },
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
