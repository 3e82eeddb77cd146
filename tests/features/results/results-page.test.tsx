import { render, screen, within } from '@testing-library/react'
import { questionnaire } from 'virtual:content'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '@/app/app'
import { decodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { useAppStore } from '@/store/app-store'
import { PERSONAS } from '../../fixtures/questionnaire/personas'

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

const leader = PERSONAS.leader

describe('the results page', () => {
  it('shows the saved answers’ results: supervisor first, with reasons, and a code that reads back', async () => {
    useAppStore
      .getState()
      .saveQuiz({ length: 'short', version: 1, answers: leader, finished: true })
    window.location.hash = '#/resultats'
    render(<App />)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tes résultats' }),
    ).toBeInTheDocument()
    const list = screen.getByRole('heading', { name: 'Les métiers les plus proches de toi' })
      .nextElementSibling as HTMLElement
    const cards = within(list).getAllByRole('article')
    expect(cards).toHaveLength(3)
    expect(within(cards[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('Superviseur·e')
    expect(within(cards[0]!).getByText('Parce que tu as répondu :')).toBeInTheDocument()
    const code = screen.getByTestId('result-code').textContent ?? ''
    expect(decodeResultCode(code, { questionnaire })).toEqual({
      ok: true,
      quiz: {
        length: 'short',
        answers: expect.objectContaining({ 'role-equipe': 'animer', envies: ['equipe'] }),
      },
    })
    expect(
      screen.getByRole('link', { name: /Les formations pour devenir Superviseur/ }),
    ).toHaveAttribute('href', '#/formations?niveau=post-bac&metier=superviseur')
  })

  it('sends an unfinished questionnaire back to its first open question', async () => {
    useAppStore
      .getState()
      .saveQuiz({ length: 'short', version: 1, answers: { niveau: 'adulte' }, finished: false })
    window.location.hash = '#/resultats'
    render(<App />)
    expect(await screen.findByRole('link', { name: 'Reprendre le questionnaire' })).toHaveAttribute(
      'href',
      '#/quiz/portes-ouvertes',
    )
  })

  it('says what is wrong with a code that does not read', async () => {
    window.location.hash = '#/resultats/ZZZZ-ZZZZ-ZZ'
    render(<App />)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce code ne peut pas être lu' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(/faute de frappe/i)
  })
})
