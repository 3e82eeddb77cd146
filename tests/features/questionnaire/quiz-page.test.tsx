import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '@/app/app'
import { useAppStore } from '@/store/app-store'
import { NO_FRAME_WAIT_MS } from '@/ui/after-next-paint'

// The fixture questionnaire (niveau, aider, panne; the full length adds canaux and a branch),
// so that changes to the real wording never break these tests.
vi.mock('virtual:content', async () =>
  (await import('../../fixtures/questionnaire/fixture-content')).fixtureContent(),
)

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

async function openQuiz(hash: string) {
  window.location.hash = hash
  render(<App />)
  return screen.findByRole('heading', { level: 1 })
}

const progressText = () => document.querySelector('.quiz-progress__text')?.textContent
const saved = (
  answers: Record<string, string | number | null>,
  length: 'short' | 'full' = 'short',
) => useAppStore.getState().saveQuiz({ length, version: 1, answers, finished: false })
const question = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name })
/** A move in the quiz reaches the address once the next question is painted. */
const addressBecomes = (hash: string) => waitFor(() => expect(window.location.hash).toBe(hash))
/** Past the moment a waiting move reaches the address, whatever the machine's load. */
const pastThePaint = () =>
  new Promise((done) => requestAnimationFrame(() => setTimeout(done, NO_FRAME_WAIT_MS)))
/** « Suivant », pressed at once, without waiting for anything to be painted. */
const pressNext = () => act(() => fireEvent.click(screen.getByRole('button', { name: 'Suivant' })))
/** The address moves, as the browser's Back does. */
const addressMovesTo = (hash: string) =>
  act(() => {
    window.history.pushState(null, '', hash)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  })

describe('the quiz page', () => {
  it('starts, asks one question per screen with its progress, and saves each answer', async () => {
    const user = userEvent.setup()
    await openQuiz('#/quiz?longueur=courte')
    expect(screen.getByRole('radio', { name: /Version courte/ })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Commencer' }))

    const level = await question('Où en es-tu aujourd’hui ?')
    await addressBecomes('#/quiz/niveau')
    expect(level).toHaveFocus()
    expect(progressText()).toBe('Question 1 sur 3')
    const group = screen.getByRole('group', { name: 'Où en es-tu aujourd’hui ?' })
    expect(within(group).getAllByRole('radio')).toHaveLength(5)

    // "Next" is not enough without an answer: it says what to do and stays.
    await user.click(screen.getByRole('button', { name: 'Suivant' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Choisis une réponse, ou passe la question.',
    )
    expect(window.location.hash).toBe('#/quiz/niveau')

    await user.click(screen.getByRole('radio', { name: 'En bac pro' }))
    expect(useAppStore.getState().quiz?.answers).toEqual({ niveau: 'bac-pro' })
    expect(window.location.hash).toBe('#/quiz/niveau')
    const page = document.querySelector('.quiz')
    await user.click(screen.getByRole('button', { name: 'Suivant' }))

    expect(await question(/expliquer quelque chose/)).toHaveFocus()
    await addressBecomes('#/quiz/aider')
    expect(progressText()).toBe('Question 2 sur 3')
    // The same page goes on: nothing was mounted again on the way.
    expect(document.querySelector('.quiz')).toBe(page)
    await user.click(screen.getByRole('button', { name: 'Passer cette question' }))
    expect(await question(/La box internet/)).toHaveFocus()
    expect(useAppStore.getState().quiz?.answers).toEqual({ niveau: 'bac-pro', aider: null })
    await user.click(screen.getByRole('button', { name: 'Retour' }))
    await question(/expliquer quelque chose/)
    await addressBecomes('#/quiz/aider')
  })

  it('opens question 1 at once from a start link, and saves the length chosen', async () => {
    expect(await openQuiz('#/quiz?longueur=complete&depart=1')).toHaveTextContent(
      'Où en es-tu aujourd’hui ?',
    )
    expect(window.location.hash).toBe('#/quiz/niveau')
    expect(useAppStore.getState().quiz).toMatchObject({ length: 'full', answers: {} })
  })

  it('keeps the intro for a start link when answers are waiting to be resumed', async () => {
    saved({ niveau: 'adulte' })
    expect(await openQuiz('#/quiz?longueur=courte&depart=1')).toHaveTextContent('Questionnaire')
    expect(screen.getByRole('button', { name: /Reprendre/ })).toBeInTheDocument()
  })

  it('opens the question in the URL with the saved answers after a reload', async () => {
    saved({ niveau: 'adulte', aider: 4 })
    const heading = await openQuiz('#/quiz/aider')
    expect(heading).toHaveTextContent(/expliquer quelque chose/)
    expect(screen.getByRole('radio', { name: 'Plutôt d’accord' })).toBeChecked()
  })

  it('opens where the student left off when the URL asks for a question not open yet', async () => {
    saved({ niveau: 'adulte' })
    expect(await openQuiz('#/quiz/panne')).toHaveTextContent(/expliquer quelque chose/)
    expect(window.location.hash).toBe('#/quiz/aider')
  })

  it('follows the browser back to an earlier question, and on to the intro', async () => {
    saved({ niveau: 'adulte', aider: 4 })
    await openQuiz('#/quiz/panne')
    act(() => window.history.pushState(null, '', '#/quiz/niveau'))
    act(() => window.dispatchEvent(new HashChangeEvent('hashchange')))
    expect(await question('Où en es-tu aujourd’hui ?')).toHaveFocus()
    expect(screen.getByRole('radio', { name: 'Adulte en reconversion' })).toBeChecked()
    act(() => window.history.pushState(null, '', '#/quiz'))
    act(() => window.dispatchEvent(new HashChangeEvent('hashchange')))
    expect(await question('Questionnaire')).toHaveFocus()
    expect(
      screen.getByRole('heading', {
        name: /questionnaire en cours \(version courte\) : 2 réponses/,
      }),
    ).toBeInTheDocument()
  })

  it('takes what another tab saves, and starts afresh when the data is erased', async () => {
    saved({ niveau: 'adulte', aider: 2 })
    await openQuiz('#/quiz/aider')
    expect(screen.getByRole('radio', { name: 'Plutôt pas d’accord' })).toBeChecked()
    act(() => saved({ niveau: 'adulte', aider: 5 }))
    expect(screen.getByRole('radio', { name: 'Tout à fait d’accord' })).toBeChecked()
    act(() => useAppStore.getState().eraseAll())
    await question('Questionnaire')
    expect(
      screen.queryByRole('heading', { name: /questionnaire en cours/ }),
    ).not.toBeInTheDocument()
    await addressBecomes('#/quiz')
  })

  it('offers to carry on, or to start again, when a questionnaire is in progress', async () => {
    const user = userEvent.setup()
    saved({ niveau: 'adulte', aider: 2 }, 'full')
    await openQuiz('#/quiz')
    expect(
      screen.getByRole('heading', {
        name: /questionnaire en cours \(version complète\) : 2 réponses/,
      }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reprendre là où j’en étais' }))
    await question(/La box internet/)
    expect(progressText()).toBe('Question 3 sur 5')
  })

  it('lets a student untick the last box, and refuses a third one with a reason', async () => {
    const user = userEvent.setup()
    saved({ niveau: 'adulte', aider: 3, panne: 'passer' }, 'full')
    await openQuiz('#/quiz/canaux')
    const boxes = screen.getAllByRole('checkbox')
    await user.click(boxes[0]!)
    await user.click(boxes[1]!)
    await user.click(boxes[2]!)
    expect(boxes[2]).not.toBeChecked()
    expect(screen.getByRole('alert')).toHaveTextContent('Tu peux choisir 2 réponses au plus')
    await user.click(boxes[0]!)
    await user.click(boxes[1]!)
    expect(useAppStore.getState().quiz?.answers.canaux).toBeUndefined()
  })

  it('keeps one history entry per question, even for two moves before a paint', async () => {
    saved({ niveau: 'adulte', aider: 4 })
    await openQuiz('#/quiz/niveau')
    const pushed: string[] = []
    const push = window.history.pushState.bind(window.history)
    vi.spyOn(window.history, 'pushState').mockImplementation((data, unused, url) => {
      pushed.push(String(url))
      push(data, unused, url)
    })
    pressNext()
    pressNext()
    await question(/La box internet/)
    await addressBecomes('#/quiz/panne')
    expect(pushed).toEqual(['#/quiz/aider', '#/quiz/panne'])
  })

  it('follows a Back pressed before the next question was painted', async () => {
    saved({ niveau: 'adulte', aider: 4 })
    await openQuiz('#/quiz/aider')
    pressNext()
    addressMovesTo('#/quiz/niveau')
    expect(await question('Où en es-tu aujourd’hui ?')).toBeInTheDocument()
    await pastThePaint()
    expect(window.location.hash).toBe('#/quiz/niveau')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Où en es-tu aujourd’hui ?')
  })

  it('leaves the address alone once the student has left the quiz', async () => {
    saved({ niveau: 'adulte', aider: 4 })
    await openQuiz('#/quiz/niveau')
    pressNext()
    addressMovesTo('#/nulle-part')
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument()
    await pastThePaint()
    expect(window.location.hash).toBe('#/nulle-part')
  })

  it('saves the end of the questionnaire with the answers, and goes to the results', async () => {
    const user = userEvent.setup()
    saved({ niveau: 'adulte', aider: 3, panne: 'passer' })
    await openQuiz('#/quiz/relecture')
    await question('Relis tes réponses')
    await user.click(screen.getByRole('button', { name: 'Voir mes résultats' }))
    expect(useAppStore.getState().quiz).toMatchObject({ finished: true })
    expect(window.location.hash).toBe('#/resultats')
  })
})
