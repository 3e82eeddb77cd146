import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { diplomas, roles } from 'virtual:content'
import { App } from '@/app/app'
import RolePage from '@/features/roles/role-page'
import { useAppStore } from '@/store/app-store'

const renderRole = (roleId: string) =>
  render(<RolePage params={{ roleId }} query={new URLSearchParams()} />)

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

describe('a job’s page', () => {
  const role = roles.find((r) => r.progression.length > 0) ?? roles[0]!

  it('has the job as its heading and tab title, with its pitch and missions', () => {
    renderRole(role.id)
    expect(screen.getByRole('heading', { level: 1, name: role.title.fr })).toBeInTheDocument()
    expect(document.title).toBe(`${role.title.fr} · Cap Relation Client`)
    expect(screen.getByText(role.pitch.fr)).toBeInTheDocument()
    const missions = screen.getByRole('region', { name: 'Ses missions' })
    expect(within(missions).getAllByRole('listitem')).toHaveLength(role.missions.length)
    expect(screen.getAllByText(role.rome.code).length).toBeGreaterThan(0)
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
