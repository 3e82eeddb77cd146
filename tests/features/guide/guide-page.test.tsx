import { act, render, screen, within } from '@testing-library/react'
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
    guide: fixture.fixtureGuide,
    glossary: fixture.fixtureGlossary,
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

const coverageTable = (names: RegExp) =>
  screen.getByRole('table', {
    name: new RegExp(`Couverture des compétences du secteur : ${names.source}`),
  })
const columnHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((th) => th.getAttribute('abbr') ?? th.textContent)
const disclosure = (name: string) => screen.getByRole('button', { name })

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

describe('the training guide page', () => {
  it('opens on today’s two BTS in plain words, side by side', async () => {
    const user = userEvent.setup()
    await openGuide('#/formations')
    expect(screen.getByRole('heading', { level: 2, name: 'BTS-NDRC ou BTS-MCO ?' })).toBeVisible()
    const cards = screen.getByRole('table', { name: 'BTS-NDRC et BTS-MCO en bref' })
    expect(
      within(cards)
        .getAllByRole('columnheader')
        .map((th) => th.querySelector('.cards-table__short')?.textContent),
    ).toEqual(['BTS-NDRC', 'BTS-MCO'])
    // Each column leads to its diploma's own page.
    expect(within(cards).getByRole('link', { name: 'BTS-MCO' })).toHaveAttribute(
      'href',
      '#/formations/bts-mco',
    )
    const shown = () =>
      within(cards)
        .queryAllByRole('rowheader')
        .filter((th) => th.closest('tbody')?.hidden === false)
        .map((th) => th.textContent)
    expect(shown()).toEqual(['Ce que tu apprends et fais', 'Pour qui', 'Durée', 'Comment entrer'])
    const learn = within(cards).getByRole('row', { name: /Ce que tu apprends et fais/ })
    expect(
      within(learn)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(["Ce qu'on apprend en bts-ndrc.", "Ce qu'on apprend en bts-mco."])
    const more = screen.getByRole('button', { name: 'Stages, coût, métiers et suite' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    await user.click(more)
    expect(shown()).toContain('Ce que ça coûte')
    expect(within(cards).getByRole('row', { name: /Métiers/ })).toHaveTextContent(
      'Métier conseiller-clientele',
    )
    // What each covers, in the same order, with today's pair only.
    expect(columnHeaders(coverageTable(/BTS-NDRC et BTS-MCO/))).toEqual([
      'Compétence du secteur',
      'BTS-NDRC',
      'BTS-MCO',
    ])
  })

  it('explains a word of the glossary where it appears, for a screen reader too', async () => {
    const user = userEvent.setup()
    await openGuide('#/formations')
    const cards = screen.getByRole('table', { name: 'BTS-NDRC et BTS-MCO en bref' })
    const [term] = within(cards).getAllByRole('button', { name: 'Voie parcoursup' })
    expect(term).toHaveAccessibleDescription('La plateforme des vœux après le bac.')
    expect(term).toHaveAttribute('aria-expanded', 'false')
    act(() => term!.focus())
    expect(term).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getAllByText('La plateforme des vœux après le bac.')[0]).toBeVisible()
    await user.keyboard('{Escape}')
    expect(term).toHaveAttribute('aria-expanded', 'false')
    await user.click(term!)
    expect(term).toHaveAttribute('aria-expanded', 'true')
  })

  it('shows a justification on demand, with its source', async () => {
    const user = userEvent.setup()
    await openGuide('#/formations')
    const table = coverageTable(/BTS-NDRC et BTS-MCO/)
    const toggle = within(table).getByRole('button', {
      name: 'Au cœur Pourquoi ? Compétence multicanal, BTS-NDRC',
    })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    const why = within(table).getByText(/bts-ndrc et multicanal en français/)
    expect(why).not.toBeVisible()
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(why).toBeVisible()
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Afficher toutes les justifications (BTS-NDRC et BTS-MCO)',
      }),
    )
    expect(within(table).getByText(/bts-mco et planification en français/)).toBeVisible()
  })

  it('answers « NDRC ou MCO ? » in three questions, with the reasons', async () => {
    const user = userEvent.setup()
    await openGuide('#/formations')
    await user.click(disclosure('BTS-NDRC ou BTS-MCO ? Réponds à 3 questions'))
    await user.click(screen.getByRole('radio', { name: 'À distance 1' }))
    expect(screen.getByText('1 réponse sur 3.')).toBeVisible()
    await user.click(screen.getByRole('radio', { name: 'En magasin 2' }))
    await user.click(screen.getByRole('radio', { name: 'À distance 3' }))
    expect(
      screen.getByText('Plutôt le BTS-NDRC : 2 de tes 3 réponses vont dans ce sens.'),
    ).toBeVisible()
    const reasons = screen.getByRole('heading', { name: 'Pourquoi' })
      .nextElementSibling as HTMLElement
    expect(
      within(reasons)
        .getAllByRole('listitem')
        // French no-break spaces from the build (« U+202F, U+00A0 before :) read as spaces here.
        .map((li) => li.textContent?.replace(/[\u00a0\u202f]/g, ' ')),
    ).toEqual([
      expect.stringContaining('« À distance 1 » : BTS-NDRC. Raison NDRC 1.'),
      expect.stringContaining('« En magasin 2 » : BTS-MCO. Raison MCO 2.'),
      expect.stringContaining('« À distance 3 » : BTS-NDRC. Raison NDRC 3.'),
    ])
    await user.click(screen.getByRole('button', { name: 'Effacer mes réponses' }))
    expect(screen.getByRole('radio', { name: 'À distance 1' })).not.toBeChecked()
  })

  it('keeps the 2011 comparison one tap away, with its source and what changed since', async () => {
    const user = userEvent.setup()
    await openGuide('#/formations')
    const toggle = disclosure('Ce que le secteur disait en 2011, et ce qui a changé')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('table', { name: /BTS-MUC/ })).toBeNull()
    await user.click(toggle)
    expect(window.location.hash).toBe('#/formations?vue=2011')
    const section = screen.getByRole('region', { name: toggle.textContent ?? '' })
    expect(within(section).getByText(/En 2011, selon la Mission nationale/)).toHaveTextContent(
      'BTS-MUC et BTS-NRC',
    )
    expect(
      within(section).getAllByRole('link', { name: 'La semaine de la relation client' })[0],
    ).toBeVisible()
    const fixed = within(section).getByRole('heading', { name: 'Ce que les réformes ont corrigé' })
      .nextElementSibling as HTMLElement
    expect(fixed).toHaveTextContent(
      'Compétence multicanal : « Abordé » en 2011, « Au cœur » aujourd’hui (BTS-NDRC).',
    )
    const still = within(section).getByRole('heading', {
      name: 'Ce qui manque encore aux deux générations',
    }).nextElementSibling as HTMLElement
    expect(still).toHaveTextContent('Compétence domaine-reglemente')
    expect(columnHeaders(coverageTable(/BTS-MUC et BTS-NRC/))).toEqual([
      'Compétence du secteur',
      'BTS-MUC',
      'BTS-NRC',
    ])
    await user.click(toggle)
    expect(window.location.hash).toBe('#/formations')
  })

  it('opens the 2011 section or every course from a shared link', async () => {
    await openGuide('#/formations?vue=toutes&niveau=bac-pro&metier=superviseur')
    expect(disclosure('Comparer toutes les formations (13)')).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    const scroller = screen.getByRole('region', { name: /tableau à faire défiler/ })
    expect(scroller).toHaveAttribute('tabindex', '0')
    expect(columnHeaders(within(scroller).getByRole('table'))).toHaveLength(14)
  })

  it('builds the reform timeline from the diplomas’ history, with the 2011 article', async () => {
    await openGuide('#/formations?vue=2011')
    const timeline = screen.getByRole('heading', { name: '2011 → aujourd’hui : les réformes' })
      .parentElement as HTMLElement
    const years = within(timeline)
      .getAllByRole('heading', { level: 4 })
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
      '2022',
      '2023',
      '2025',
    ])
    expect(within(timeline).getByText(/Un article de presse rapporte/)).toHaveTextContent(
      'BTS-MUC et BTS-NRC',
    )
  })

  it('opens "Quelle voie pour moi ?" on the level and role of the link, with how to get in', async () => {
    await openGuide('#/formations?niveau=bac-pro&metier=superviseur')
    expect(screen.getByRole('combobox', { name: 'Où en es-tu ?' })).toHaveValue('bac-pro')
    expect(screen.getByRole('combobox', { name: 'Quel métier vises-tu ?' })).toHaveValue(
      'superviseur',
    )
    expect(screen.getByText('Depuis : Bac pro. Métier visé : Métier superviseur.')).toBeVisible()
    const routes = screen
      .getAllByText(/^Voie \d$/)
      .map((label) => label.closest('li') as HTMLElement)
    expect(routes).toHaveLength(1)
    const [route] = routes
    expect(route).toHaveTextContent(/BTS-MCO\s*Diplôme bts-mco.*ou\s*BTS-NDRC/)
    expect(route).toHaveTextContent(/Puis de l’expérience\s*Entrer comme superviseur\./)
    const facts = within(route!).getByText('Comment entrer').closest('dl') as HTMLElement
    expect(facts).toHaveTextContent(/Voie parcoursup.* ou Voie apprentissage — Entrer en bts-mco\./)
    expect(facts).toHaveTextContent('Quand candidater par parcoursup.')
    expect(facts).toHaveTextContent('Le coût de bts-mco.')
    expect(
      within(facts).getByText('Calendrier Voie parcoursup 2026 (dernier vérifié)'),
    ).toBeVisible()
    expect(
      within(route!).getByText(
        /^Avec un bac pro, le BTS est la suite la plus courante.* BTS-MCO couvre 100 % de ce dont le métier a besoin\.$/,
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
    expect(screen.getByText(/^Pour changer de métier, les titres professionnels/)).toBeVisible()
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

  it('speaks English', async () => {
    await openGuide('#/formations?lang=en&niveau=bac-pro&metier=superviseur')
    expect(screen.getByRole('heading', { level: 2, name: 'BTS-NDRC or BTS-MCO?' })).toBeVisible()
    expect(screen.getByRole('table', { name: 'BTS-NDRC and BTS-MCO at a glance' })).toBeVisible()
    expect(screen.getByRole('table', { name: /Coverage of the sector’s skills/ })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Which route for me?' })).toBeVisible()
    expect(disclosure('What the sector said in 2011, and what has changed')).toBeVisible()
    expect(
      screen.getByText('From: Vocational baccalauréat (bac pro). Target job: Job superviseur.'),
    ).toBeVisible()
  })
})
