import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import EmbedPage from '@/features/embed/embed-page'
import { useAppStore } from '@/store/app-store'

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true))

const snippet = () =>
  (
    screen.getByRole('textbox', {
      name: 'Code HTML à coller dans votre page',
    }) as HTMLTextAreaElement
  ).value

describe('the embed page', () => {
  it('updates the snippet and the preview with the options', async () => {
    const user = userEvent.setup()
    render(<EmbedPage params={{}} query={new URLSearchParams()} />)
    expect(snippet()).toContain('lang=fr&amp;integre=1')

    await user.click(screen.getByRole('radio', { name: 'English' }))
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Écran de départ' }),
      'Questionnaire, version courte',
    )
    expect(snippet()).toContain('#/quiz?longueur=courte&amp;lang=en&amp;integre=1')
    expect(screen.getByTitle('Aperçu de Cap Relation Client intégré')).toHaveAttribute(
      'src',
      expect.stringContaining('#/quiz?longueur=courte&lang=en&integre=1'),
    )
  })

  it('keeps a readable colour and refuses a pale one, saying why', async () => {
    const user = userEvent.setup()
    render(<EmbedPage params={{}} query={new URLSearchParams()} />)
    const color = screen.getByRole('textbox', { name: 'Couleur principale' })

    await user.type(color, '#b42318')
    expect(screen.getByText(/Contraste suffisant avec le blanc/)).toBeInTheDocument()
    expect(snippet()).toContain('couleur=b42318')

    await user.clear(color)
    await user.type(color, '#ffcc00')
    expect(screen.getByText(/Contraste trop faible avec le blanc/)).toBeInTheDocument()
    expect(snippet()).not.toContain('couleur=')

    await user.clear(color)
    await user.type(color, 'bleu')
    expect(screen.getByText(/pas une couleur au format/)).toBeInTheDocument()
  })
})
