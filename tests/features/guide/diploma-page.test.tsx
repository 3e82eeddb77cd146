import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { diplomas, guide, roles } from 'virtual:content'
import { App } from '@/app/app'
import { DiplomaDetails } from '@/features/guide/diploma-details'
import DiplomaPage from '@/features/guide/diploma-page'
import { useAppStore } from '@/store/app-store'

const renderDiploma = (diplomaId: string) =>
  render(<DiplomaPage params={{ diplomaId }} query={new URLSearchParams()} />)

/** Content and UI texts carry French no-break spaces; a reader types ordinary ones. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
const named = (expected: string) => (name: string) => spaced(name) === expected

const byId = (id: string) => {
  const diploma = diplomas.find((d) => d.id === id)
  if (!diploma) throw new Error(`no diploma ${id} in content/`)
  return diploma
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

describe('a diploma’s page', () => {
  it('has the short and full names as its heading and tab title, without the kind twice', () => {
    renderDiploma('bts-ndrc')
    const title = 'BTS NDRC — Négociation et digitalisation de la relation client'
    expect(screen.getByRole('heading', { level: 1, name: named(title) })).toBeInTheDocument()
    expect(spaced(document.title)).toBe(`${title} · Cap Relation Client`)
  })

  it('shows the guide’s facts under h2 headings, with its units, jobs and sources', () => {
    const diploma = byId('bts-ndrc')
    renderDiploma(diploma.id)
    expect(screen.getByText(spaced(diploma.leadsTo.fr))).toBeInTheDocument()
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings).toEqual(['Unités ou blocs', 'Débouchés', 'Métiers visés', 'Sources'])
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull()
    for (const id of diploma.jobs) {
      const role = roles.find((r) => r.id === id)!
      expect(screen.getByRole('link', { name: role.title.fr })).toHaveAttribute(
        'href',
        `#/metiers/${id}`,
      )
    }
  })

  it('leads back to the guide', () => {
    renderDiploma('bts-ndrc')
    expect(screen.getByRole('link', { name: 'Toutes les formations' })).toHaveAttribute(
      'href',
      '#/formations',
    )
  })

  it('says a replaced diploma was replaced, and links to its successor’s page', () => {
    const old = byId('bts-nrc')
    expect(old.replacedBy).toBe('bts-ndrc')
    renderDiploma(old.id)
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: named('BTS NRC — Négociation et relation client'),
      }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: named('La formation qui l’a remplacé : BTS NDRC') }),
    ).toHaveAttribute('href', '#/formations/bts-ndrc')
  })

  it('has no successor link for a current diploma', () => {
    renderDiploma('bts-ndrc')
    expect(screen.queryByRole('link', { name: /remplacé/ })).toBeNull()
  })

  it('says plainly when the diploma does not exist, with a way back to the guide', () => {
    renderDiploma('bts-astronaute')
    expect(
      screen.getByRole('heading', { level: 1, name: 'Formation introuvable' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/« bts-astronaute »/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Voir toutes les formations' })).toHaveAttribute(
      'href',
      '#/formations',
    )
  })
})

describe('the guide’s « en détail » list', () => {
  it('links every diploma to its own page', () => {
    render(<DiplomaDetails diplomas={diplomas} roles={roles} admissions={guide.admissions} />)
    for (const diploma of diplomas)
      expect(
        screen.getByRole('link', { name: named(`Page de la formation ${diploma.short}`) }),
        diploma.id,
      ).toHaveAttribute('href', `#/formations/${diploma.id}`)
  })
})

describe('a diploma’s page in the app', () => {
  it('opens at its address, speaks English, and leads back to the guide', async () => {
    const user = userEvent.setup()
    window.location.hash = '#/formations/bts-mco'
    render(<App />)
    const mco = byId('bts-mco')
    await screen.findByRole('heading', {
      level: 1,
      name: named('BTS MCO — Management commercial opérationnel'),
    })
    await user.click(screen.getByRole('button', { name: /EN/ }))
    await screen.findByRole('heading', { level: 1, name: `BTS MCO — ${mco.name.en}` })
    await waitFor(() =>
      expect(document.title).toBe(`BTS MCO — ${mco.name.en} · Cap Relation Client`),
    )
    const main = screen.getByRole('main')
    await user.click(within(main).getByRole('link', { name: 'All the courses' }))
    await screen.findByRole('heading', { level: 1, name: 'Training' })
  })
})
