import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { sources } from 'virtual:content'
import AboutPage from '@/features/about/about-page'
import { STORAGE_KEY, useAppStore } from '@/store/app-store'

const renderAbout = (query = '') =>
  render(<AboutPage params={{}} query={new URLSearchParams(query)} />)

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  Element.prototype.scrollIntoView = vi.fn()
})

describe('the About page', () => {
  it('lists every source, grouped, each with its date', () => {
    renderAbout()
    const section = screen.getByRole('region', { name: 'Sources' })
    for (const source of sources) {
      const entry = section.querySelector(`#source-${source.id}`) as HTMLElement
      // Titles have French no-break spaces; the matcher is compared as a reader types it.
      expect(
        within(entry).getByText(source.title.replace(/[\u00a0\u202f]/g, ' ')),
      ).toBeInTheDocument()
      expect(entry.querySelector('time')).toHaveAttribute('datetime', source.date)
    }
  })

  it('opens on a cited source: scrolled to, highlighted in words, focused', () => {
    const cited = sources[sources.length - 1]!
    renderAbout(`section=sources&source=${cited.id}`)
    const entry = document.getElementById(`source-${cited.id}`)!
    expect(entry).toHaveFocus()
    expect(entry.scrollIntoView).toHaveBeenCalled()
    expect(within(entry).getByText('Source citée')).toBeInTheDocument()
    expect(screen.getAllByText('Source citée')).toHaveLength(1)
  })

  it('opens on the section the link asks for', () => {
    renderAbout('section=accessibilite')
    expect(screen.getByRole('heading', { level: 2, name: 'Accessibilité' })).toHaveFocus()
  })

  it('states honestly how accessible the app is and how to report a problem', () => {
    renderAbout()
    const statement = screen.getByRole('region', { name: 'Accessibilité' })
    expect(statement).toHaveTextContent('partiellement conforme')
    expect(statement).toHaveTextContent('Aucun audit complet du RGAA')
    expect(statement).toHaveTextContent('axe-core')
    expect(statement).toHaveTextContent('gestionnaire de tickets du projet')
    expect(statement).not.toHaveTextContent('@')
  })

  it('says what it erases, asks first, and then erases all of it', async () => {
    const user = userEvent.setup()
    useAppStore.getState().updateSettings({ textSize: 'large' })
    useAppStore.getState().addClassCodes(['ABCD-EFGH-JK'])
    localStorage.setItem(`${STORAGE_KEY}:unreadable-backup`, '{old answers')
    localStorage.setItem(`${STORAGE_KEY}:integre`, '{}')
    renderAbout()
    const erase = screen.getByRole('heading', { name: 'Effacer mes données' }).parentElement
    for (const what of ['réponses', 'réglages', 'mode classe', 'copies de secours', 'intégrée'])
      expect(erase).toHaveTextContent(what)

    await user.click(screen.getByRole('button', { name: 'Effacer mes données' }))
    const question = screen.getByRole('group', { name: /^Tout effacer de ce navigateur/ })
    await waitFor(() =>
      expect(within(question).getByRole('button', { name: 'Annuler' })).toHaveFocus(),
    )
    await user.keyboard('{Enter}')
    expect(useAppStore.getState().classroom.codes).toEqual(['ABCD-EFGH-JK'])
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Effacer mes données' })).toHaveFocus(),
    )

    await user.click(screen.getByRole('button', { name: 'Effacer mes données' }))
    await user.click(screen.getByRole('button', { name: 'Oui, tout effacer' }))
    expect(screen.getByRole('status')).toHaveTextContent('Tes données ont été effacées')
    expect(useAppStore.getState().settings.textSize).toBe('normal')
    expect(useAppStore.getState().classroom.codes).toEqual([])
    expect(Object.keys(localStorage)).toEqual([])
  })
})
