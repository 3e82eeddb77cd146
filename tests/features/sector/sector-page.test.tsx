import { render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { sector } from 'virtual:content'
import SectorPage from '@/features/sector/sector-page'
import { useAppStore } from '@/store/app-store'

const renderSector = () => render(<SectorPage params={{}} query={new URLSearchParams()} />)

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  Element.prototype.scrollIntoView = () => {}
})

// Each test renders the whole page and queries it by role: slow on a busy machine.
describe('the sector page', { timeout: 30_000 }, () => {
  it('answers what students ask about today, each point dated and sourced', () => {
    renderSector()
    const today = screen.getByRole('region', { name: 'Ce qui a changé depuis 2023' })
    const robots = within(today).getByRole('article', {
      name: 'Les robots vont-ils prendre ce métier ?',
    })
    const points = within(robots).getAllByRole('listitem')
    expect(points.length).toBe(
      sector.explainers.find((e) => e.id === 'ia-automatisation')?.points.length,
    )
    for (const point of points) expect(within(point).getByText(/Source :/)).toBeInTheDocument()
    expect(
      within(today).getByRole('article', { name: 'Peut-on faire ce métier de chez soi ?' }),
    ).toHaveTextContent(/pas trouvé de chiffre plus récent/)
    expect(
      within(today).getByRole('article', { name: /démarcher|appeler des gens/ }),
    ).toHaveTextContent('11 août 2026')
  })

  it('no longer pairs 273 000 (2011) with 290 000 (2025): they count different things', () => {
    renderSector()
    const article = screen.getByRole('region', {
      name: 'En 2011, ce que disait l’article de départ',
    })
    expect(within(article).queryByText('Plus tard')).toBeNull()
    expect(screen.getByText(/compte plus large que celui de 2011/)).toBeInTheDocument()
  })

  it('dates the page from the sources of what it says about today', () => {
    renderSector()
    expect(screen.getByText(/Vérifié le 2 décembre 2026/)).toBeInTheDocument()
  })
})
