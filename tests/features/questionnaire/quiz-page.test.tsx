import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '@/app/app'
import { useAppStore } from '@/store/app-store'

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

async function openQuiz(hash: string) {
  window.location.hash = hash
  render(<App />)
  return screen.findByRole('heading', { level: 1 })
}

const progressText = () => document.querySelector('.quiz-progress__text')?.textContent

describe('the quiz page', () => {
  it('starts, asks one question per screen with its progress, and saves each answer', async () => {
    const user = userEvent.setup()
    await openQuiz('#/quiz?longueur=courte')
    expect(screen.getByRole('radio', { name: /Version courte/ })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Commencer' }))

    const level = await screen.findByRole('heading', {
      level: 1,
      name: "Où en es-tu aujourd'hui ?",
    })
    expect(window.location.hash).toBe('#/quiz/niveau')
    expect(level).toHaveFocus()
    expect(progressText()).toBe('Question 1 sur 16')
    const group = screen.getByRole('group', { name: "Où en es-tu aujourd'hui ?" })
    expect(within(group).getAllByRole('radio')).toHaveLength(5)

    // "Next" is not enough without an answer: it says what to do and stays.
    await user.click(screen.getByRole('button', { name: 'Suivant' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Choisis une réponse, ou passe la question.',
    )
    expect(window.location.hash).toBe('#/quiz/niveau')

    await user.click(screen.getByRole('radio', { name: 'Je suis en 3e' }))
    expect(useAppStore.getState().quiz?.answers).toEqual({ niveau: 'troisieme' })
    expect(window.location.hash).toBe('#/quiz/niveau')
    await user.click(screen.getByRole('button', { name: 'Suivant' }))

    await screen.findByRole('heading', { level: 1, name: /journée portes ouvertes/ })
    expect(window.location.hash).toBe('#/quiz/portes-ouvertes')
    expect(progressText()).toBe('Question 2 sur 16')
    await user.click(screen.getByRole('button', { name: 'Passer cette question' }))
    await screen.findByRole('heading', { level: 1, name: /exposé à quatre/ })
    expect(useAppStore.getState().quiz?.answers).toEqual({
      niveau: 'troisieme',
      'portes-ouvertes': null,
    })
    await user.click(screen.getByRole('button', { name: 'Retour' }))
    await screen.findByRole('heading', { level: 1, name: /journée portes ouvertes/ })
  })

  it('opens the question in the URL with the saved answers after a reload', async () => {
    useAppStore.getState().saveQuiz({
      length: 'short',
      version: 1,
      answers: { niveau: 'adulte', 'portes-ouvertes': 'stand' },
      finished: false,
    })
    const heading = await openQuiz('#/quiz/portes-ouvertes')
    expect(heading).toHaveTextContent(/journée portes ouvertes/)
    expect(screen.getByRole('radio', { name: /Tenir un stand/ })).toBeChecked()
  })

  it('offers to carry on, or to start again, when a questionnaire is in progress', async () => {
    const user = userEvent.setup()
    useAppStore.getState().saveQuiz({
      length: 'full',
      version: 1,
      answers: { niveau: 'adulte', 'portes-ouvertes': 'stand' },
      finished: false,
    })
    await openQuiz('#/quiz')
    expect(
      screen.getByRole('heading', {
        name: /questionnaire en cours \(version complète\) : 2 réponses/,
      }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reprendre là où j’en étais' }))
    await screen.findByRole('heading', { level: 1, name: /exposé à quatre/ })
    expect(progressText()).toMatch(/^Question 3 sur 2\d$/)
  })

  it('lets a student untick the last box, and refuses a third one with a reason', async () => {
    const user = userEvent.setup()
    useAppStore.getState().saveQuiz({
      length: 'short',
      version: 1,
      answers: Object.fromEntries(
        [
          'niveau',
          'portes-ouvertes',
          'expose',
          'client-colere',
          'box-panne',
          'trente-chats',
          'nouvelle-offre',
          'planning',
          'nouvelle-collegue',
          'reseau-plainte',
          'urgence',
        ].map((id) => [id, null]),
      ),
      finished: false,
    })
    await openQuiz('#/quiz/envies')
    const boxes = screen.getAllByRole('checkbox')
    await user.click(boxes[0]!)
    await user.click(boxes[1]!)
    await user.click(boxes[2]!)
    expect(boxes[2]).not.toBeChecked()
    expect(screen.getByRole('alert')).toHaveTextContent('Tu peux choisir 2 réponses au plus')
    await user.click(boxes[0]!)
    await user.click(boxes[1]!)
    expect(useAppStore.getState().quiz?.answers.envies).toBeUndefined()
    await act(async () => {})
  })
})
