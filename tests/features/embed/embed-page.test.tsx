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
  it('updates the snippet with the options, and loads the preview only when asked', async () => {
    const user = userEvent.setup()
    render(<EmbedPage params={{}} query={new URLSearchParams()} />)
    expect(snippet()).toContain('integre.html?integre=1#/?lang=fr')
    expect(snippet()).toMatch(/<script src="[^"]*embed\.js" async><\/script>$/)
    expect(screen.queryByTitle('Aperçu de Cap Relation Client intégré')).toBeNull()

    await user.click(screen.getByRole('radio', { name: 'English' }))
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Écran de départ' }),
      'Questionnaire, version courte',
    )
    await user.click(screen.getByRole('checkbox', { name: /deviner les résultats/ }))
    expect(snippet()).toContain('?integre=1&amp;paliers=1#/quiz?longueur=courte&amp;lang=en')

    await user.click(screen.getByRole('button', { name: 'Afficher l’aperçu' }))
    expect(screen.getByTitle('Aperçu de Cap Relation Client intégré')).toHaveAttribute(
      'src',
      expect.stringContaining('?integre=1&paliers=1#/quiz?longueur=courte&lang=en'),
    )
  })

  it('offers a script-free snippet, for sites that strip scripts, at a fixed height', async () => {
    const user = userEvent.setup()
    render(<EmbedPage params={{}} query={new URLSearchParams()} />)
    await user.click(screen.getByRole('radio', { name: 'Sans script' }))
    expect(snippet()).not.toContain('<script')
    expect(snippet()).toMatch(/height: \d+px/)
    expect(screen.getByText(/Hauteur du cadre/)).toBeInTheDocument()
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
