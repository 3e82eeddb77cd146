import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Myth } from '@/content/schemas'
import { MythsQuiz } from '@/ui/myths-quiz/myths-quiz'

const myth = (id: string, answer: boolean): Myth => ({
  id,
  statement: { fr: `Affirmation ${id}`, en: `Statement ${id}` },
  answer,
  explanation: { fr: `Parce que ${id}.`, en: `Because ${id}.` },
  sources: ['article-semaine-2011'],
})
const MYTHS = [myth('a', false), myth('b', true), myth('c', false)]

describe('the "Vrai ou faux ?" quiz', () => {
  it('is played to the end: answer, feedback in words, explanation, next, score, replay', async () => {
    const user = userEvent.setup()
    render(<MythsQuiz myths={MYTHS} locale="fr" />)
    expect(screen.getByRole('heading', { level: 2, name: 'Vrai ou faux ?' })).toBeInTheDocument()
    expect(screen.getByText('Affirmation 1 sur 3')).toBeInTheDocument()
    expect(screen.getByText('Affirmation a')).toBeInTheDocument()
    // Nothing is focused before the player acts.
    expect(document.body).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Faux' }))
    expect(document.activeElement).toHaveTextContent(/^Bonne réponse !$/)
    expect(screen.getByRole('status')).toHaveTextContent(/^Bonne réponse !$/)
    expect(screen.getByText(/Tu as répondu « Faux »\./)).toBeInTheDocument()
    expect(screen.getByText('C’est faux.')).toBeInTheDocument()
    expect(screen.getByText('Parce que a.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'La semaine de la relation client' })).toHaveAttribute(
      'href',
      '#/a-propos?section=sources&source=article-semaine-2011',
    )
    expect(screen.queryByRole('button', { name: 'Vrai' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Affirmation suivante' }))
    expect(screen.getByText('Affirmation b')).toHaveFocus()
    expect(screen.getByText('Affirmation 2 sur 3')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Faux' }))
    expect(document.activeElement).toHaveTextContent(/^Mauvaise réponse\.$/)
    expect(screen.getByText('C’est vrai.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Affirmation suivante' }))

    await user.click(screen.getByRole('button', { name: 'Faux' }))
    await user.click(screen.getByRole('button', { name: 'Voir mon score' }))
    expect(document.activeElement).toHaveTextContent(/^2 bonnes réponses sur 3$/)
    expect(screen.getByRole('status')).toHaveTextContent('2 bonnes réponses sur 3')

    await user.click(screen.getByRole('button', { name: 'Rejouer' }))
    expect(screen.getByText('Affirmation a')).toHaveFocus()
    expect(screen.getByText('Affirmation 1 sur 3')).toBeInTheDocument()
  })

  it('is played with the keyboard alone, in English', async () => {
    const user = userEvent.setup()
    render(<MythsQuiz myths={MYTHS} locale="en" />)
    await user.tab()
    expect(screen.getByRole('button', { name: 'True' })).toHaveFocus()
    for (let i = 0; i < 3; i++) {
      await user.keyboard('{Enter}') // "True" is the first button
      expect(document.activeElement).toHaveTextContent(/^(Right answer!|Wrong answer\.)$/)
      await user.tab() // the source link
      await user.tab() // then "Next" or "See my score"
      await user.keyboard('{Enter}')
      if (i < 2) {
        expect(screen.getByText(`Statement ${'abc'[i + 1]}`)).toHaveFocus()
        await user.tab()
      }
    }
    expect(document.activeElement).toHaveTextContent(/^1 right answer out of 3$/)
  })

  it('projected in class, speaks to the whole class in large type', async () => {
    const user = userEvent.setup()
    const { container } = render(<MythsQuiz myths={MYTHS} locale="fr" variant="projector" />)
    expect(container.firstElementChild).toHaveClass('myths-quiz--projector')
    expect(screen.getByText(/la classe vote à main levée/)).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'La réponse de la classe' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Faux' }))
    expect(screen.getByText(/La classe a répondu « Faux »\./)).toBeInTheDocument()
    for (const _ of [1, 2]) {
      await user.click(screen.getByRole('button', { name: /^(Affirmation suivante)$/ }))
      await user.click(screen.getByRole('button', { name: 'Vrai' }))
    }
    await user.click(screen.getByRole('button', { name: 'Voir le score de la classe' }))
    expect(screen.getByText('Le score de la classe')).toBeInTheDocument()
    expect(document.activeElement).toHaveTextContent(/^2 bonnes réponses sur 3$/)
  })

  it('in English too, and on a page it still speaks to one player', () => {
    const { unmount } = render(<MythsQuiz myths={MYTHS} locale="en" variant="projector" />)
    expect(screen.getByRole('group', { name: 'The class’s answer' })).toBeInTheDocument()
    unmount()
    render(<MythsQuiz myths={MYTHS} locale="en" />)
    expect(screen.getByRole('group', { name: 'Your answer' })).toBeInTheDocument()
  })

  it('cites its sources in its own language, whatever the page’s', async () => {
    const user = userEvent.setup()
    render(<MythsQuiz myths={MYTHS} locale="en" />)
    await user.click(screen.getByRole('button', { name: 'False' }))
    // The page is in French (the default); the quiz, in English, dates its source in English.
    expect(
      screen.getByRole('link', { name: 'La semaine de la relation client' }).parentElement,
    ).toHaveTextContent(/^Source: La semaine de la relation client, .+, [A-Z][a-z]+ \d{4}$/)
  })
})
