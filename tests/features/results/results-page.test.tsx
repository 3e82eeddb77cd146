import { render, screen, within } from '@testing-library/react'
import { questionnaire, releasedQuestionnaires } from 'virtual:content'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '@/app/app'
import { decodeResultCode, encodeResultCode } from '@/lib/questionnaire/result-code-logic'
import { useAppStore } from '@/store/app-store'
import type { SavedAnswer } from '@/store/saved-state'
import { PERSONAS } from '../../fixtures/questionnaire/personas'
import { VERSION_1_CODES } from '../../fixtures/questionnaire/version-1-codes'

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

const content = { questionnaire, releasedQuestionnaires }
const codeOf = (persona: keyof typeof PERSONAS) =>
  encodeResultCode({ length: 'short', answers: PERSONAS[persona] }, content)

async function openOwn(answers: Record<string, SavedAnswer>) {
  useAppStore.getState().saveQuiz({ length: 'short', version: 2, answers, finished: true })
  window.location.hash = '#/resultats'
  render(<App />)
  return screen.findByRole('heading', { level: 1, name: 'Tes résultats' })
}

/** French text is built with no-break spaces before « : » and « ; »: compare it as words. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('the results page', () => {
  it('opens on the closest role, in words, with its reasons and the next step; a code that reads back', async () => {
    await openOwn(PERSONAS.leader)
    const top = screen.getByRole('region', { name: 'Le métier le plus proche de toi' })
    const card = within(top).getByRole('article')
    expect(within(card).getByRole('heading', { name: /^Superviseur·e/ })).toBeInTheDocument()
    expect(within(card).getByText('Très proche de toi')).toBeInTheDocument()
    const reasons = within(card)
      .getAllByRole('listitem')
      .filter((li) => !li.classList.contains('strengths__item'))
      .map((li) => plain(li.textContent ?? ''))
    expect(reasons).toContain(
      'Animer une équipe : tu aimes trouver un accord qui tient compte de chacun.',
    )
    // Plain words, never «answer» à «question»; each line of the profile named once.
    for (const reason of reasons) expect(reason).not.toMatch(/«.*» à «/)
    const named = reasons.map((r) => r.split(' : ')[0])
    expect(new Set(named).size).toBe(named.length)
    expect(within(card).getByRole('heading', { name: 'Et maintenant ?' })).toBeInTheDocument()
    expect(
      within(card).getByRole('link', { name: /^Voir les formations pour devenir Superviseur/ }),
    ).toHaveAttribute('href', '#/formations?niveau=post-bac&metier=superviseur')

    const code = screen.getByTestId('result-code').textContent ?? ''
    expect(decodeResultCode(code, content)).toEqual({
      ok: true,
      quiz: {
        length: 'short',
        answers: expect.objectContaining({ 'role-equipe': 'animer', envies: ['equipe'] }),
      },
    })
    expect(screen.getByRole('button', { name: 'Copier le code' })).toBeInTheDocument()
    expect(
      screen.getByRole('img', { name: /^QR code du lien vers ces résultats/ }),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'D’autres métiers proches' })).toBeInTheDocument()
  })

  it('names a line of the profile once, with every answer that showed it', async () => {
    // The fixer shows "technical" and "realistic", which the chart merges into one line.
    await openOwn(PERSONAS.fixer)
    const card = within(
      screen.getByRole('region', { name: 'Le métier le plus proche de toi' }),
    ).getByRole('article')
    const reasons = within(card)
      .getAllByRole('listitem')
      .filter((li) => !li.classList.contains('strengths__item'))
      .map((li) => plain(li.textContent ?? ''))
    const named = reasons.map((r) => r.split(' : ')[0])
    expect(new Set(named).size).toBe(named.length)
    expect(reasons.find((r) => r.startsWith('Technique'))).toMatch(/matériel ; .*panne/)
  })

  it('shows only what was measured in the profile, and says "pas mesuré" for the rest', async () => {
    // Languages are asked about at `envies` and `urgence` only: skipped, they are not measured.
    const { 'role-equipe': _, ...leader } = PERSONAS.leader
    await openOwn({ ...leader, envies: null, urgence: null })
    const profile = screen.getByText('Ton profil').closest('details')!
    const lines = within(profile)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '')
    expect(lines.some((l) => /^Langues.*pas mesuré$/.test(l))).toBe(true)
    expect(lines.some((l) => /^Animer une équipe.*beaucoup$/.test(l))).toBe(true)
    // "Organisé" and "Organisation et chiffres" are one line.
    expect(lines.filter((l) => l.startsWith('Organisation'))).toHaveLength(1)
    expect(lines.some((l) => /0 %/.test(l))).toBe(false)
  })

  it('sets aside, kindly, the roles the student plainly refused, and says why', async () => {
    await openOwn(PERSONAS.phoneAndStressAverse)
    expect(
      screen.getByRole('heading', {
        name: 'Je ne peux pas encore te dire quels métiers te correspondent',
      }),
    ).toBeInTheDocument()
    const aside = screen.getByRole('region', { name: 'Mis de côté, d’après ce que tu as dit' })
    expect(within(aside).getAllByRole('listitem')[0]).toHaveTextContent(
      /Tu as dit : .+\. Ce métier (se passe surtout au téléphone|demande de garder son calme)/,
    )
    expect(screen.getByRole('link', { name: /Faire la version complète/ })).toHaveAttribute(
      'href',
      '#/quiz?longueur=complete',
    )
  })

  it('tells a student whom no role fits, and points to Onisep', async () => {
    await openOwn(PERSONAS.faraway)
    expect(
      screen.getByRole('heading', { name: 'Aucun métier ne ressort vraiment' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Onisep/ })).toHaveAttribute(
      'href',
      'https://www.onisep.fr/',
    )
  })

  it('opens a code issued by an older version of the questionnaire, with its results', async () => {
    const issued = VERSION_1_CODES[1]
    window.location.hash = `#/resultats/${issued.code}`
    render(<App />)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Résultats d’un questionnaire' }),
    ).toBeInTheDocument()
    const top = screen.getByRole('region', { name: 'Le métier le plus proche de toi' })
    expect(within(top).getByRole('heading', { name: /^Superviseur·e/ })).toBeInTheDocument()
    expect(screen.getByTestId('result-code')).toHaveTextContent(issued.code)
  })

  it('opens a shared code without touching the answers saved here', async () => {
    useAppStore
      .getState()
      .saveQuiz({ length: 'short', version: 2, answers: PERSONAS.fixer, finished: true })
    window.location.hash = `#/resultats/${codeOf('leader')}`
    render(<App />)
    await screen.findByRole('heading', { level: 1, name: 'Résultats d’un questionnaire' })
    expect(useAppStore.getState().quiz?.answers).toEqual(PERSONAS.fixer)
  })

  it('sends an unfinished questionnaire back to its first open question', async () => {
    useAppStore
      .getState()
      .saveQuiz({ length: 'short', version: 2, answers: { niveau: 'adulte' }, finished: false })
    window.location.hash = '#/resultats'
    render(<App />)
    expect(await screen.findByRole('link', { name: 'Reprendre le questionnaire' })).toHaveAttribute(
      'href',
      '#/quiz/portes-ouvertes',
    )
  })

  it('says what is wrong with a code that does not read', async () => {
    window.location.hash = '#/resultats/ZZZZ-ZZZZ-ZZZZ'
    render(<App />)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce code ne peut pas être lu' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(/faute de frappe/i)
  })
})
