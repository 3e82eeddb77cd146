import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '@/app/app'
import { useAppStore } from '@/store/app-store'

vi.mock('virtual:content', async () => {
  const fixture = await import('../../fixtures/guide/guide-fixture')
  return {
    diplomas: fixture.fixtureDiplomas,
    roles: fixture.fixtureRoles,
    skills: fixture.fixtureSkills,
    sources: fixture.fixtureSources,
    dimensions: [],
    myths: [],
    pages: [],
    sector: { figures: [], charts: [], timeline: [] },
    questionnaire: { version: 1, sections: [], questions: [] },
  }
})

async function openGuide(hash: string) {
  window.location.hash = hash
  render(<App />)
  await screen.findByRole('heading', { level: 1, name: /Formations|Training/ })
}

const comparison = () => screen.getByRole('table', { name: /Couverture des compétences/ })
const columnHeaders = () =>
  within(comparison())
    .getAllByRole('columnheader')
    .map((th) => th.getAttribute('abbr') ?? th.textContent)

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

// The page renders the matrix twice (table and cards) and jsdom is slow to query it.
describe('the training guide page', () => {
  it('opens on the 2011 comparison: a table with a header for each skill and each diploma', async () => {
    await openGuide('#/formations')
    expect(screen.getByRole('radio', { name: 'En 2011 : BTS-MUC et BTS-NRC' })).toBeChecked()
    expect(columnHeaders()).toEqual(['Compétence du secteur', 'BTS-MUC', 'BTS-NRC'])
    const rows = within(comparison()).getAllByRole('rowheader')
    expect(rows.map((th) => th.textContent)).toEqual([
      'Compétence multicanal',
      'Compétence expertise-technique',
      'Compétence ecrit-digital',
      'Compétence domaine-reglemente',
      'Compétence supervision-coaching',
      'Compétence planification',
      'Compétence negociation-vente',
      'Bilan',
    ])
    const negotiation = within(comparison()).getByRole('row', { name: /negociation-vente/ })
    expect(
      within(negotiation)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual([expect.stringMatching(/^Couvert/), expect.stringMatching(/^Au cœur/)])
    expect(screen.getAllByText(/Remplacé par BTS-NDRC en 2018/).length).toBeGreaterThan(0)
    expect(screen.getAllByText(/Aucun de ces diplômes ne couvre/)[0]?.textContent).toContain(
      'Compétence multicanal',
    )
  })

  it('switches to today’s diplomas and to every route, and says so in the URL', async () => {
    const user = userEvent.setup()
    await openGuide('#/formations?niveau=bac-pro&metier=superviseur')
    await user.click(screen.getByRole('radio', { name: 'Aujourd’hui : BTS-MCO et BTS-NDRC' }))
    expect(window.location.hash).toBe(
      '#/formations?niveau=bac-pro&metier=superviseur&vue=aujourdhui',
    )
    expect(columnHeaders()).toEqual(['Compétence du secteur', 'BTS-MCO', 'BTS-NDRC'])
    await user.click(screen.getByRole('radio', { name: 'Toutes les formations (11)' }))
    expect(window.location.hash).toContain('vue=toutes')
    expect(columnHeaders()).toHaveLength(12)
  })

  it('shows a justification on demand, with its source', async () => {
    const user = userEvent.setup()
    await openGuide('#/formations')
    const toggle = within(comparison()).getByRole('button', {
      name: 'Abordé Pourquoi ? Compétence multicanal, BTS-NRC',
    })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    const why = within(comparison()).getByText(/bts-nrc et multicanal en français/)
    expect(why).not.toBeVisible()
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(why).toBeVisible()
    await user.click(screen.getByRole('checkbox', { name: 'Afficher toutes les justifications' }))
    expect(within(comparison()).getByText(/bts-muc et planification en français/)).toBeVisible()
  })

  it('opens "Quelle voie pour moi ?" on the level and role of the link', async () => {
    await openGuide('#/formations?niveau=bac-pro&metier=superviseur')
    expect(screen.getByRole('combobox', { name: 'Où en es-tu ?' })).toHaveValue('bac-pro')
    expect(screen.getByRole('combobox', { name: 'Quel métier vises-tu ?' })).toHaveValue(
      'superviseur',
    )
    expect(screen.getByText('Depuis : Bac pro. Métier visé : Métier superviseur.')).toBeVisible()
    const routes = screen.getAllByText(/^Voie \d$/).map((label) => label.closest('li'))
    expect(routes).toHaveLength(2)
    expect(routes[0]).toHaveTextContent('BTS-MCO')
    expect(routes[0]).toHaveTextContent(/Puis de l’expérience\s*Entrer comme superviseur\./)
    expect(
      screen.getByText(
        'Parce que BTS-MCO est accessible depuis ton niveau, que la fiche du métier le cite comme voie d’accès, et qu’il couvre 100 % de ce dont le métier a besoin.',
      ),
    ).toBeVisible()
    expect(
      screen.getByText('BTS-MCO couvre chaque compétence du métier au niveau demandé.'),
    ).toBeVisible()
  })

  it('names the gaps and how to fill them', async () => {
    await openGuide('#/formations?niveau=post-bac&metier=support-technique')
    expect(
      screen.getByText(
        'Parce que le métier demande « Compétence multicanal » au niveau « Couvert », et que TP-TAI en reste à « Abordé ».',
      ),
    ).toBeVisible()
    expect(screen.getByText('Combler multicanal par un stage.')).toBeVisible()
  })

  it('says when the address holds an unknown level or role, and offers the form', async () => {
    await openGuide('#/formations?niveau=cm2&metier=astronaute')
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Le niveau « cm2 » indiqué dans l’adresse n’existe pas')
    expect(alert).toHaveTextContent('Le métier « astronaute » indiqué dans l’adresse n’existe pas')
    expect(screen.getByRole('combobox', { name: 'Où en es-tu ?' })).toHaveValue('')
    expect(screen.getByText(/Choisis ton niveau, le métier visé, ou les deux/)).toBeVisible()
  })

  it('works without a quiz result: a manual choice updates the URL and focuses the answer', async () => {
    const user = userEvent.setup()
    await openGuide('#/formations')
    expect(screen.getByText(/Pas besoin d’avoir fait le questionnaire/)).toBeVisible()
    window.HTMLElement.prototype.scrollIntoView = vi.fn()
    await user.click(screen.getByRole('button', { name: 'Aller à « Quelle voie pour moi ? »' }))
    expect(screen.getByRole('heading', { level: 2, name: 'Quelle voie pour moi ?' })).toHaveFocus()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Où en es-tu ?' }), 'adulte')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Quel métier vises-tu ?' }),
      'conseiller-banque-assurance',
    )
    await user.click(screen.getByRole('button', { name: 'Voir ma voie' }))
    expect(window.location.hash).toBe(
      '#/formations?niveau=adulte&metier=conseiller-banque-assurance',
    )
    expect(screen.getByRole('heading', { level: 3, name: 'Ta voie' })).toHaveFocus()
    expect(screen.getByText(/Compétence domaine-reglemente » au niveau « Au cœur »/)).toBeVisible()
    expect(
      screen.getByText(
        'Parce que TP-CRCD est la seule formation du guide qui y mène depuis ton niveau ; elle couvre 65 % de ce dont le métier a besoin.',
      ),
    ).toBeVisible()
  })

  it('with a level only, lists what can be started and asks for a job', async () => {
    await openGuide('#/formations?niveau=troisieme')
    expect(
      screen.getByRole('heading', { name: 'Ce que tu peux commencer depuis ton niveau' }),
    ).toBeVisible()
    const path = screen.getByRole('region', { name: 'Quelle voie pour moi ?' })
    expect(within(path).getByText('Diplôme bac-pro-accueil')).toBeVisible()
    expect(screen.getByText(/Choisis aussi un métier/)).toBeVisible()
  })

  it('builds the reform timeline from the diplomas’ history, with the 2011 article', async () => {
    await openGuide('#/formations')
    const timeline = screen.getByRole('region', { name: '2011 → aujourd’hui : les réformes' })
    const years = within(timeline)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(years).toEqual([
      '2002',
      '2003',
      '2007',
      '2011',
      '2018',
      '2019',
      '2020',
      '2021',
      '2023',
      '2025',
    ])
    expect(within(timeline).getByText(/Un article de presse rapporte/)).toHaveTextContent(
      'BTS-MUC et BTS-NRC',
    )
  })

  it('speaks English', async () => {
    await openGuide('#/formations?lang=en&niveau=bac-pro&metier=superviseur')
    expect(screen.getByRole('radio', { name: 'In 2011: BTS-MUC and BTS-NRC' })).toBeChecked()
    expect(screen.getByRole('table', { name: /Coverage of the sector's skills/ })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Which route for me?' })).toBeVisible()
    expect(
      screen.getByText('From: Vocational baccalauréat (bac pro). Target job: Job superviseur.'),
    ).toBeVisible()
  })
})
