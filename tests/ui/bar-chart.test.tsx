import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BarChart } from '@/ui/bar-chart'
import { links } from '@/ui/links'

describe('BarChart', () => {
  it('is one image named by its title and summary, with the same data as a table', () => {
    render(
      <BarChart
        title="Salariés par pays (2011)"
        summary="Le Royaume-Uni en compte le plus."
        labelHeader="Pays"
        valueHeader="Salariés"
        format={(n) => `${n}`}
        items={[
          { id: 'fr', label: 'France', value: 273000 },
          { id: 'uk', label: 'Royaume-Uni', value: 1000000 },
        ]}
      />,
    )
    expect(
      screen.getByRole('img', {
        name: 'Salariés par pays (2011) Le Royaume-Uni en compte le plus.',
      }),
    ).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Salariés par pays (2011)' })
    const row = within(table).getByRole('row', { name: 'Royaume-Uni 1000000' })
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Royaume-Uni')
  })
})

describe('links', () => {
  it('builds the URLs features share', () => {
    expect(links.guide({ level: 'bac-pro', role: 'superviseur' })).toBe(
      '#/formations?niveau=bac-pro&metier=superviseur',
    )
    expect(links.guide()).toBe('#/formations')
    expect(links.quiz('full')).toBe('#/quiz?longueur=complete')
    expect(links.results('ABCD-EFGH')).toBe('#/resultats/ABCD-EFGH')
    expect(links.source('rome-4')).toBe('#/a-propos?section=sources&source=rome-4')
  })
})
