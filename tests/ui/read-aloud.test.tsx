import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useAppStore } from '@/store/app-store'
import { ReadAloud } from '@/ui/read-aloud'
import { FakeSynthesis, FakeUtterance, voice } from '../fixtures/fake-speech'

let synthesis: FakeSynthesis
const w = window as unknown as Record<string, unknown>

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  synthesis = new FakeSynthesis([voice('fr-FR'), voice('en-GB')])
  w.speechSynthesis = synthesis
  w.SpeechSynthesisUtterance = FakeUtterance
})
afterEach(() => {
  delete w.speechSynthesis
  delete w.SpeechSynthesisUtterance
})

const Screen = () => (
  <div data-read-aloud-scope>
    <h1>
      <span data-read-aloud>Où en es-tu ?</span>
    </h1>
    <ReadAloud />
    <label>
      <input type="radio" name="q" /> <span data-read-aloud>En 3e</span>
    </label>
    <p>Pas lu</p>
  </div>
)

describe('the « Écouter » button', () => {
  it('reads the screen’s texts in order, in French, and marks the one being read', async () => {
    const user = userEvent.setup()
    render(<Screen />)
    await user.click(screen.getByRole('button', { name: 'Écouter' }))
    expect(synthesis.spoken.map((u) => [u.text, u.lang])).toEqual([['Où en es-tu ?', 'fr-FR']])
    act(() => void synthesis.playNext())
    act(() => synthesis.queue[0]!.onstart?.({}))
    expect(screen.getByText('En 3e')).toHaveAttribute('data-reading', 'true')
    expect(screen.getByText('Où en es-tu ?')).not.toHaveAttribute('data-reading')
    expect(synthesis.spoken.map((u) => u.text)).toEqual(['Où en es-tu ?', 'En 3e'])
    act(() => void synthesis.playNext())
    expect(screen.getByRole('button', { name: 'Écouter' })).toBeInTheDocument()
    expect(screen.getByText('En 3e')).not.toHaveAttribute('data-reading')
  })

  it('pauses, resumes and stops, keeping the focus on the same button', async () => {
    const user = userEvent.setup()
    render(<Screen />)
    const button = screen.getByRole('button', { name: 'Écouter' })
    await user.click(button)
    expect(button).toHaveAccessibleName('Pause')
    await user.click(button)
    expect(synthesis.paused).toBe(true)
    expect(button).toHaveAccessibleName('Reprendre')
    expect(button).toHaveFocus()
    await user.click(button)
    expect(synthesis.paused).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Arrêter' }))
    expect(button).toHaveAccessibleName('Écouter')
    expect(screen.queryByRole('button', { name: 'Arrêter' })).not.toBeInTheDocument()
  })

  it('answers Alt+Shift+L and Alt+Shift+S, and says so to assistive technologies', async () => {
    const user = userEvent.setup()
    render(<Screen />)
    const button = screen.getByRole('button', { name: 'Écouter' })
    expect(button).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+L')
    await user.keyboard('{Alt>}{Shift>}L{/Shift}{/Alt}')
    expect(synthesis.spoken).toHaveLength(1)
    await user.keyboard('{Alt>}{Shift>}S{/Shift}{/Alt}')
    expect(button).toHaveAccessibleName('Écouter')
    await user.keyboard('L')
    expect(synthesis.spoken).toHaveLength(1)
  })

  it('reads in English with the English voice, at the rate of the reading settings', async () => {
    useAppStore.getState().setLocale('en')
    useAppStore.getState().updateSettings({ readAloudRate: 'slow' })
    const user = userEvent.setup()
    render(<Screen />)
    await user.click(screen.getByRole('button', { name: 'Listen' }))
    expect(synthesis.spoken.map((u) => [u.lang, u.rate])).toEqual([['en-GB', 0.75]])
  })

  it('is not there without a voice for the language, and appears when one loads', () => {
    synthesis.voices = [voice('en-GB'), voice('fr-FR', { localService: false })]
    render(<Screen />)
    expect(screen.queryByRole('button', { name: 'Écouter' })).not.toBeInTheDocument()
    act(() => synthesis.setVoices([voice('fr-FR')]))
    expect(screen.getByRole('button', { name: 'Écouter' })).toBeInTheDocument()
  })

  it('is not there in a browser without speech synthesis', () => {
    delete w.speechSynthesis
    render(<Screen />)
    expect(screen.queryByRole('group', { name: 'Lecture à voix haute' })).not.toBeInTheDocument()
  })

  it('stops reading when its screen goes away', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<Screen />)
    await user.click(screen.getByRole('button', { name: 'Écouter' }))
    const cancels = synthesis.cancels
    unmount()
    expect(synthesis.cancels).toBe(cancels + 1)
  })
})
