import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { diplomas, roles } from 'virtual:content'
import { App } from '@/app/app'
import RolePage from '@/features/roles/role-page'
import { useAppStore } from '@/store/app-store'

const renderRole = (roleId: string) =>
  render(<RolePage params={{ roleId }} query={new URLSearchParams()} />)

/** Content and UI texts carry French no-break spaces; a reader types ordinary ones. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

describe('a job’s page', { timeout: 30_000 }, () => {
  const role = roles.find((r) => r.progression.length > 0) ?? roles[0]!

  it('has the job as its heading and tab title, with its pitch and missions', () => {
    renderRole(role.id)
    expect(screen.getByRole('heading', { level: 1, name: role.title.fr })).toBeInTheDocument()
    expect(document.title).toBe(`${role.title.fr} · Cap Relation Client`)
    expect(screen.getByText(spaced(role.pitch.fr))).toBeInTheDocument()
    const missions = screen.getByRole('region', { name: 'Ses missions' })
    expect(within(missions).getAllByRole('listitem')).toHaveLength(role.missions.length)
  })

  it('opens with what the job is and what it pays, in plain words', () => {
    renderRole(role.id)
    const [first] = screen.getAllByRole('heading', { level: 2 })
    expect(first).toHaveTextContent('Ce que ça paie')
    const pay = screen.getByRole('region', { name: 'Ce que ça paie' })
    expect(within(pay).getByText('Le minimum légal')).toBeInTheDocument()
    expect(
      within(pay).getByText(/Le SMIC : environ 1 443 € net par mois pour un temps plein en 2026/),
    ).toBeInTheDocument()
    expect(within(pay).getAllByText(/Source :/).length).toBeGreaterThan(0)
    // A teenager reads that the adult minimum is not theirs yet, with the rule's own source.
    const minors = within(pay).getByText(/Avant 18 ans/)
    expect(minors).toHaveTextContent(/apprenti/)
    expect(within(minors).getByRole('link')).toHaveTextContent(
      'Le salaire minimum des jeunes travailleurs',
    )
  })

  it('gives every job a pay section, and says honestly what no source gave', () => {
    for (const each of roles) {
      const { unmount } = renderRole(each.id)
      const pay = screen.getByRole('region', { name: 'Ce que ça paie' })
      expect(within(pay).getByText('Le minimum légal'), each.id).toBeInTheDocument()
      if (!each.pay.start || !each.pay.experienced)
        expect(
          within(pay).getAllByText(/n’avons pas trouvé|n'avons pas trouvé/).length,
          each.id,
        ).toBeGreaterThan(0)
      unmount()
    }
  }, 60_000)

  it('keeps the ROME code and the RNCP numbers for counsellors, lower down, with the date the page was checked', () => {
    renderRole(role.id)
    const facts = screen.getByRole('region', { name: 'En bref' })
    expect(within(facts).queryByText(role.rome.code)).toBeNull()
    const counsellors = screen.getByRole('region', { name: 'Pour les conseillers' })
    expect(within(counsellors).getByText(role.rome.code)).toBeInTheDocument()
    expect(within(counsellors).getByText(/Vérifié le 2 décembre 2026/)).toBeInTheDocument()
    const cited = within(counsellors).getByRole('region', { name: 'Sources' })
    expect(within(cited).getAllByRole('link')).toHaveLength(role.sources.length)
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings.indexOf('Pour les conseillers')).toBeGreaterThan(
      headings.indexOf('Comment y accéder'),
    )
  })

  it('never shows a title past the end of its registration as current', () => {
    renderRole('support-technique')
    const entry = screen.getByRole('region', { name: 'Comment y accéder' })
    expect(
      within(entry).getAllByText(/n’est plus délivré depuis le 1er septembre 2025/).length,
    ).toBeGreaterThan(0)
    const counsellors = screen.getByRole('region', { name: 'Pour les conseillers' })
    expect(within(counsellors).getAllByText(/RNCP37681/).length).toBeGreaterThan(0)
    expect(
      within(counsellors).getAllByText(/n’est plus délivré depuis le 1er septembre 2025/).length,
    ).toBeGreaterThan(0)
  })

  it('says why a job’s ROME code was chosen when the ROME has none made for it', () => {
    renderRole('superviseur')
    const counsellors = screen.getByRole('region', { name: 'Pour les conseillers' })
    expect(within(counsellors).getByText('M1506')).toBeInTheDocument()
    expect(within(counsellors).getByText('Pourquoi ce code')).toBeInTheDocument()
  })

  it('lists its entry routes by level, each opening the training guide on this job', () => {
    renderRole(role.id)
    const entry = screen.getByRole('region', { name: 'Comment y accéder' })
    const guide = `#/formations?metier=${role.id}`
    for (const id of role.entry.routes) {
      const diploma = diplomas.find((d) => d.id === id)!
      expect(
        within(entry).getByRole('link', { name: `${diploma.short} ${diploma.name.fr}` }),
      ).toHaveAttribute('href', guide)
    }
    expect(
      within(entry).getByRole('link', { name: 'Voir les formations pour ce métier' }),
    ).toHaveAttribute('href', guide)
  })

  it('links to the jobs it leads to', () => {
    renderRole(role.id)
    const next = screen.getByRole('region', { name: 'Et après ?' })
    for (const id of role.progression) {
      const target = roles.find((r) => r.id === id)!
      expect(within(next).getByRole('link', { name: target.title.fr })).toHaveAttribute(
        'href',
        `#/metiers/${id}`,
      )
    }
  })

  it('says plainly when the job does not exist, with a way back', () => {
    renderRole('astronaute')
    expect(
      screen.getByRole('heading', { level: 1, name: 'Métier introuvable' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/« astronaute »/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Voir tous les métiers' })).toHaveAttribute(
      'href',
      '#/metiers',
    )
  })
})

describe('the tab title of a job’s page', () => {
  it('stays the job’s title when the language changes (the route title yields to it)', async () => {
    const user = userEvent.setup()
    const role = roles[0]!
    window.location.hash = `#/metiers/${role.id}`
    render(<App />)
    await screen.findByRole('heading', { level: 1, name: role.title.fr })
    await waitFor(() => expect(document.title).toBe(`${role.title.fr} · Cap Relation Client`))
    await user.click(screen.getByRole('button', { name: /EN/ }))
    await screen.findByRole('heading', { level: 1, name: role.title.en })
    await waitFor(() => expect(document.title).toBe(`${role.title.en} · Cap Relation Client`))
    await user.click(screen.getByRole('link', { name: 'All jobs' }))
    await screen.findByRole('heading', { level: 1, name: 'Jobs' })
    await waitFor(() => expect(document.title).toBe('Jobs · Cap Relation Client'))
  })
})
