import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { act } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import { RolesExplorer } from '@/features/roles/roles-explorer'
import { useAppStore } from '@/store/app-store'
import { makeRole } from './make-role'

const ROLES = [
  makeRole('adviser', { channels: ['phone', 'email'] }),
  makeRole('writer', { channels: ['chat', 'social'] }),
  makeRole('supervisor', {
    channels: ['phone'],
    leadsTeam: true,
    entry: { niveau: 5, experience: true, text: { fr: '-', en: '-' }, routes: [] },
  }),
  makeRole('planner', {
    channels: ['email'],
    entry: { niveau: 5, experience: false, text: { fr: '-', en: '-' }, routes: [] },
  }),
]

function renderAt(hash: string) {
  window.location.hash = hash
  return render(<RolesExplorer roles={ROLES} />)
}
const shownTitles = (name: string | RegExp = /Résultats|Results/) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent)
const query = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '')

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

describe('the Métiers filters', () => {
  it('shows every job with its count, each card linking to its page', () => {
    renderAt('#/metiers')
    expect(screen.getByRole('status')).toHaveTextContent('4 métiers')
    // Jobs one can start in come first; those reached after some experience, last.
    expect(shownTitles()).toEqual([
      'Métier adviser',
      'Métier writer',
      'Métier planner',
      'Métier supervisor',
    ])
    expect(screen.getByRole('link', { name: 'Métier writer' })).toHaveAttribute(
      'href',
      '#/metiers/writer',
    )
    const supervisorCard = screen.getByRole('heading', { name: 'Métier supervisor' }).closest('li')
    expect(supervisorCard).toHaveTextContent('Encadre une équipe')
    expect(supervisorCard).toHaveTextContent('bac + 2 (Niveau 5) ou après une première expérience')
  })

  it('filters by channel, says how many are left, and puts the filter in the URL', async () => {
    const user = userEvent.setup()
    renderAt('#/metiers')
    const channels = screen.getByRole('group', { name: /Canal de contact/ })
    await user.click(within(channels).getByRole('checkbox', { name: 'Chat' }))
    expect(screen.getByRole('status')).toHaveTextContent('1 métier sur 4 · 1 filtre actif')
    expect(shownTitles()).toEqual(['Métier writer'])
    expect(query().get('canal')).toBe('chat')

    await user.click(within(channels).getByRole('checkbox', { name: 'E-mail' }))
    expect(shownTitles()).toEqual(['Métier adviser', 'Métier writer', 'Métier planner'])
    expect(query().get('canal')).toBe('email,chat')
  })

  it('combines entry level, phone and team filters', async () => {
    const user = userEvent.setup()
    renderAt('#/metiers')
    await user.click(screen.getByRole('checkbox', { name: 'Niveau 5 · bac + 2' }))
    expect(shownTitles()).toEqual(['Métier planner', 'Métier supervisor'])
    await user.click(screen.getByRole('radio', { name: 'Sans téléphone' }))
    expect(shownTitles()).toEqual(['Métier planner'])
    expect(screen.getByRole('status')).toHaveTextContent('1 métier sur 4 · 2 filtres actifs')
    await user.click(screen.getByRole('radio', { name: 'Avec du téléphone' }))
    await user.click(screen.getByRole('radio', { name: 'Encadre une équipe' }))
    expect(shownTitles()).toEqual(['Métier supervisor'])
    expect(Object.fromEntries(query())).toEqual({
      entree: '5',
      telephone: 'avec',
      encadrement: 'oui',
    })
  })

  it('says when nothing matches, and the reset button brings every job back', async () => {
    const user = userEvent.setup()
    renderAt('#/metiers')
    await user.click(screen.getByRole('checkbox', { name: 'Réseaux sociaux' }))
    await user.click(screen.getByRole('radio', { name: 'Encadre une équipe' }))
    expect(screen.getByRole('status')).toHaveTextContent('0 métier sur 4')
    expect(screen.getByText('Aucun métier ne correspond à tous ces filtres.')).toBeVisible()
    expect(screen.queryByRole('list', { name: 'Résultats' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }))
    expect(screen.getByRole('status')).toHaveTextContent('4 métiers')
    expect(shownTitles()).toHaveLength(4)
    expect(screen.getByRole('checkbox', { name: 'Réseaux sociaux' })).not.toBeChecked()
    expect(screen.getByRole('heading', { name: 'Filtrer les métiers' })).toHaveFocus()
    expect(window.location.hash).toBe('#/metiers')
  })

  it('opens on the filters of a shared link, in English, and keeps the language', async () => {
    const user = userEvent.setup()
    act(() => useAppStore.getState().setLocale('en'))
    renderAt('#/metiers?canal=email&lang=en')
    expect(screen.getByRole('checkbox', { name: 'E-mail' })).toBeChecked()
    expect(screen.getByRole('status')).toHaveTextContent('2 jobs out of 4 · 1 active filter')
    expect(shownTitles()).toEqual(['Job adviser', 'Job planner'])

    await user.click(screen.getByRole('radio', { name: 'No phone work' }))
    expect(shownTitles()).toEqual(['Job planner'])
    expect(Object.fromEntries(query())).toEqual({
      lang: 'en',
      canal: 'email',
      telephone: 'sans',
    })
  })

  it('works with the keyboard alone', async () => {
    const user = userEvent.setup()
    renderAt('#/metiers')
    const chat = screen.getByRole('checkbox', { name: 'Chat' })
    chat.focus()
    await user.keyboard(' ')
    expect(chat).toBeChecked()
    expect(chat).toHaveFocus()
    expect(shownTitles()).toEqual(['Métier writer'])
  })
})
