import { render, screen, within } from '@testing-library/react'
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

  it('erases the data kept on this device', async () => {
    const user = userEvent.setup()
    useAppStore.getState().updateSettings({ textSize: 'large' })
    expect(localStorage.getItem(STORAGE_KEY)).toContain('large')
    renderAbout()
    await user.click(screen.getByRole('button', { name: 'Effacer mes données' }))
    expect(screen.getByRole('status')).toHaveTextContent('Tes données ont été effacées')
    expect(useAppStore.getState().settings.textSize).toBe('normal')
  })
})
