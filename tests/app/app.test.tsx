import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '@/app/app'
import { preloadPage } from '@/app/routes'
import { STORAGE_KEY, useAppStore } from '@/store/app-store'

function renderAt(hash: string) {
  window.location.hash = hash
  return render(<App />)
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

describe('the app shell', () => {
  it('opens on the French home page with its title', () => {
    renderAt('#/')
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Quel métier de la relation client est fait pour toi ?',
      }),
    ).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('fr')
    expect(document.title).toBe('Accueil · Cap Relation Client')
    expect(screen.getByRole('link', { name: /Version courte/ })).toHaveAttribute(
      'href',
      '#/quiz?longueur=courte&depart=1',
    )
  })

  it('switches to English, follows with <html lang> and remembers it', async () => {
    const user = userEvent.setup()
    renderAt('#/')
    await user.click(screen.getByRole('button', { name: /EN/ }))
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Which customer-relations job is right for you?',
      }),
    ).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
    expect(document.title).toBe('Home · Cap Relation Client')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.settings).toMatchObject({
      locale: 'en',
      localeChosen: true,
    })
    expect(screen.getByRole('button', { name: /EN/ })).toHaveAttribute('aria-pressed', 'true')
  })

  it('honours ?lang=en in a link', () => {
    renderAt('#/?lang=en')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Which customer-relations job',
    )
    expect(useAppStore.getState().settings.locale).toBe('en')
  })

  it('shows a 404 page for an unknown route', () => {
    renderAt('#/nulle-part')
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument()
    expect(screen.getByText('Adresse demandée : /nulle-part')).toBeInTheDocument()
    expect(document.title).toBe('Page introuvable · Cap Relation Client')
  })

  it("draws only the frame of a personal page for the build: never a visitor's results", async () => {
    // Loaded ahead, the page would draw at once: the frame must leave it out, not wait for it.
    await preloadPage('/resultats')
    window.location.hash = '#/resultats'
    render(<App shell />)
    expect(screen.getByRole('main')).toHaveTextContent('Chargement')
    expect(screen.getByRole('link', { name: 'Cap Relation Client, accueil' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument()
    expect(document.title).toBe('Résultats · Cap Relation Client')
  })

  it('loads a lazy page and moves focus to its heading after navigation', async () => {
    const user = userEvent.setup()
    renderAt('#/')
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' })
    await user.click(within(nav).getByRole('link', { name: 'À propos' }))
    // The page's chunk and its content load on demand (tests/setup.ts allows a busy machine).
    const heading = await screen.findByRole('heading', { level: 1, name: 'À propos' })
    expect(heading).toHaveFocus()
    expect(within(nav).getByRole('link', { name: 'À propos' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('skips to the content without leaving the page', async () => {
    const user = userEvent.setup()
    renderAt('#/metiers')
    await user.click(screen.getByRole('link', { name: 'Aller au contenu' }))
    expect(screen.getByRole('main')).toHaveFocus()
    expect(window.location.hash).toBe('#/metiers')
  })

  it('says so when saved data could not be read, and lets the notice go', async () => {
    const user = userEvent.setup()
    renderAt('#/')
    act(() => useAppStore.getState().showStorageNotice('corrupt'))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Les données enregistrées sur cet appareil étaient illisibles',
    )
    await user.click(screen.getByRole('button', { name: 'J’ai compris' }))
    expect(screen.queryByText(/illisibles/)).not.toBeInTheDocument()
  })

  it('applies reading settings to the document', async () => {
    const user = userEvent.setup()
    renderAt('#/')
    await user.click(screen.getByRole('button', { name: 'Confort de lecture' }))
    await user.click(screen.getByRole('radio', { name: 'Grande' }))
    await user.click(screen.getByRole('radio', { name: 'Aéré' }))
    expect(document.documentElement.dataset).toMatchObject({
      textSize: 'large',
      lineSpacing: 'wide',
    })
  })
})
