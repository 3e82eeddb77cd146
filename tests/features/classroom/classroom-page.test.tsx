import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { questionnaire, releasedQuestionnaires } from 'virtual:content'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '@/app/app'
import { checkSymbol, writeSymbols } from '@/lib/crockford'
import {
  codeSymbols,
  decodeResultCode,
  encodeResultCode,
  formatResultCode,
} from '@/lib/questionnaire/result-code-logic'
import { readFileText } from '@/features/classroom/read-file-text'
import { useAppStore } from '@/store/app-store'
import { DEFAULT_CLASSROOM } from '@/store/saved-state'
import { PERSONAS } from './class-fixture'

const codeOf = (persona: keyof typeof PERSONAS) =>
  encodeResultCode(
    { length: 'short', answers: PERSONAS[persona] },
    { questionnaire, releasedQuestionnaires },
  )
const fixer = codeOf('fixer')
const leader = codeOf('leader')

/** A code with a right check symbol whose answers cannot exist: every answer bit set. */
function impossibleCode(): string {
  const symbols = codeSymbols(questionnaire, releasedQuestionnaires).short
  const dataBits = (symbols - 1) * 5
  const payloadBits = BigInt(dataBits - 6)
  let number = (BigInt(questionnaire.version << 1) << payloadBits) | ((1n << payloadBits) - 1n)
  const data: number[] = []
  for (let i = 0; i < symbols - 1; i++) {
    data.unshift(Number(number & 31n))
    number >>= 5n
  }
  return formatResultCode(writeSymbols([...data, checkSymbol(data)]))
}

/** The gathering form's live region (the page has others). */
const gatherStatus = () => {
  const status = document.querySelector('.classroom-gather__status')
  expect(status).toHaveAttribute('role', 'status')
  return status as HTMLElement
}

const open = async (step?: string, lang?: 'en') => {
  const query = [step && `etape=${step}`, lang && `lang=${lang}`].filter(Boolean).join('&')
  window.location.hash = `#/classe${query ? `?${query}` : ''}`
  render(<App />)
  await screen.findByRole('heading', { level: 1, name: /Mode classe|Class mode/ })
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  // Typed codes and the warm-up's place are kept per tab across reloads: each test is a new tab.
  sessionStorage.clear()
})
const createObjectURL = URL.createObjectURL
afterEach(() => {
  URL.createObjectURL = createObjectURL
})

describe('the class mode page', () => {
  it('says no personal data is asked for, and saves the set-up as it changes', async () => {
    const user = userEvent.setup()
    await open()
    expect(screen.getByText(/Ne demandez ni nom ni prénom/)).toBeInTheDocument()
    const steps = screen.getByRole('navigation', { name: 'Les étapes de la séance' })
    expect(within(steps).getByRole('link', { current: 'step' })).toHaveTextContent('Préparer')
    expect(within(steps).getAllByRole('link')).toHaveLength(5)

    const length = screen.getByRole('group', { name: 'Version du questionnaire' })
    expect(within(length).getByRole('radio', { name: /^Courte/ })).toBeChecked()
    await user.click(within(length).getByRole('radio', { name: /^Complète/ }))
    await user.click(screen.getByRole('radio', { name: 'English' }))
    await user.click(screen.getByRole('checkbox', { name: /Vrai ou faux/ }))
    expect(useAppStore.getState().classroom).toMatchObject({
      length: 'full',
      locale: 'en',
      warmUp: false,
    })
    // Without the warm-up, the link leads straight to gathering codes.
    await user.click(screen.getByRole('link', { name: 'Étape suivante : Projeter le lien' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Projeter le lien' })).toHaveFocus()
    expect(
      screen.getByRole('link', { name: /^Étape suivante : Recueillir les codes/ }),
    ).toHaveAttribute('href', '#/classe?etape=codes')
  })

  it('projects the link in large type with its QR code, and a full screen mode with a way out', async () => {
    const user = userEvent.setup()
    useAppStore.getState().updateClassroom({ length: 'full', locale: 'en' })
    await open('projeter')
    const link = `${window.location.origin}${window.location.pathname}#/quiz?longueur=complete&lang=en`
    expect(screen.getByTestId('student-link')).toHaveTextContent(link)
    // The projected part speaks the class's language.
    expect(screen.getByRole('img', { name: `QR code for the link: ${link}` })).toBeInTheDocument()
    expect(screen.getByText('Full questionnaire, in English')).toBeInTheDocument()

    const enter = screen.getByRole('button', { name: 'Plein écran pour projeter' })
    await user.click(enter)
    const exit = screen.getByRole('button', { name: 'Quitter le plein écran (Échap)' })
    expect(exit).toHaveFocus()
    expect(exit.closest('.classroom-stage')).toHaveAttribute('data-projection', 'true')
    // The keyboard stays on what is projected.
    await user.tab()
    await user.tab()
    expect(exit.closest('.classroom-stage')).toContainElement(document.activeElement as HTMLElement)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('button', { name: /Quitter le plein écran/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Plein écran pour projeter' })).toHaveFocus()
  })

  it('plays the warm-up for the whole class', async () => {
    const user = userEvent.setup()
    await open('vrai-ou-faux')
    expect(screen.getByRole('heading', { level: 3, name: 'Vrai ou faux ?' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'La réponse de la classe' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Vrai' }))
    expect(screen.getByText(/La classe a répondu « Vrai »/)).toBeInTheDocument()
  })
})

describe('gathering the codes', () => {
  it('adds valid codes, says how many, and keeps each bad one with its reason', async () => {
    const user = userEvent.setup()
    await open('codes')
    const other = encodeResultCode(
      { length: 'short', answers: PERSONAS.fixer },
      {
        questionnaire: {
          ...questionnaire,
          version: questionnaire.version + 1,
          codeSymbols: codeSymbols(questionnaire, releasedQuestionnaires),
        },
      },
    )
    const impossible = impossibleCode()
    expect(decodeResultCode(impossible, { questionnaire, releasedQuestionnaires })).toMatchObject({
      error: { kind: 'impossible-answers' },
    })
    const typo = fixer.slice(0, -1) + (fixer.endsWith('0') ? '1' : '0')
    const bad = ['ABCD-EFUH-JK', 'ABC', typo, other, impossible]
    const box = screen.getByRole('textbox', { name: 'Codes de résultat' })
    // Text with no code in it ("--", a greeting) is ignored and counted, since codes were found.
    const text = [fixer.toLowerCase(), '--', 'Bonjour à tous', ...bad, `Léa\u00a0: ${leader}.`]
    fireEvent.change(box, { target: { value: text.join('\n') } })
    await user.click(screen.getByRole('button', { name: 'Ajouter les codes' }))

    expect(gatherStatus()).toHaveTextContent(
      /^2 codes ajoutés\. La liste compte 2 codes\. 5 codes n’ont pas pu être lus\. 2 passages sans code ont été ignorés\.$/,
    )
    expect(useAppStore.getState().classroom.codes).toEqual([fixer, leader])
    expect(box).toHaveValue(bad.join('\n'))
    expect(box).toHaveAttribute('aria-invalid', 'true')
    const rejected = screen.getByRole('region', { name: '5 codes n’ont pas pu être lus' })
    const reasons = within(rejected)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/[\u00a0\u202f]/g, ' ')) // French no-break spaces read as spaces
    const { short, full } = codeSymbols(questionnaire, releasedQuestionnaires)
    expect(reasons).toEqual([
      'ABCD-EFUH-JK — en position 8, le caractère « U » n’a pas sa place dans un code (chiffres, lettres sauf U, et tirets)',
      `ABC — 3 caractères sans les tirets, alors qu’un code en a ${short} ou ${full} : il en manque ou il y en a en trop`,
      `${typo} — faute de frappe : un caractère est faux, ou deux caractères voisins sont inversés`,
      `${other} — code d’une autre version du questionnaire (version ${questionnaire.version + 1}, celle-ci est la ${questionnaire.version}) : il faut refaire le questionnaire pour obtenir un code lisible ici`,
      `${impossible} — ne correspond à aucune suite de réponses possible`,
    ])
    const list = screen.getByRole('region', { name: 'La liste : 2 codes' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual([fixer, leader])
  })

  it('flags a duplicate, and adds it a second time only when asked', async () => {
    const user = userEvent.setup()
    useAppStore.getState().addClassCodes([fixer])
    await open('codes')
    await user.type(screen.getByRole('textbox', { name: 'Codes de résultat' }), fixer)
    await user.click(screen.getByRole('button', { name: 'Ajouter les codes' }))
    expect(gatherStatus()).toHaveTextContent(
      'Aucun code ajouté. La liste compte 1 code. Un code déjà dans la liste.',
    )
    const duplicates = screen.getByRole('region', { name: 'Déjà dans la liste' })
    await user.click(
      within(duplicates).getByRole('button', { name: `Ajouter ${fixer} une seconde fois` }),
    )
    expect(useAppStore.getState().classroom.codes).toEqual([fixer, fixer])
    expect(screen.queryByRole('region', { name: 'Déjà dans la liste' })).not.toBeInTheDocument()
    expect(gatherStatus()).toHaveTextContent('1 code ajouté. La liste compte 2 codes.')
  })

  it('removes a code, says so, and moves the focus to the next one', async () => {
    const user = userEvent.setup()
    useAppStore.getState().addClassCodes([fixer, leader])
    await open('codes')
    await user.click(screen.getByRole('button', { name: `Retirer ${fixer}` }))
    expect(useAppStore.getState().classroom.codes).toEqual([leader])
    expect(gatherStatus()).toHaveTextContent(`Code ${fixer} retiré. La liste compte 1 code.`)
    expect(screen.getByRole('button', { name: `Retirer ${leader}` })).toHaveFocus()
  })

  it('speaks English too', async () => {
    const user = userEvent.setup()
    await open('codes', 'en')
    await user.type(screen.getByRole('textbox', { name: 'Result codes' }), `${fixer}, ABC`)
    await user.click(screen.getByRole('button', { name: 'Add the codes' }))
    expect(gatherStatus()).toHaveTextContent(
      '1 code added. The list has 1 code. One code could not be read.',
    )
    expect(screen.getByRole('region', { name: 'One code could not be read' })).toHaveTextContent(
      /ABC — 3 characters not counting hyphens/,
    )
  })
})

describe('the class board', () => {
  it('shows the count, the distribution of roles and profile with their tables, and prompts', async () => {
    const user = userEvent.setup()
    useAppStore.getState().addClassCodes([fixer, leader, fixer, 'ABC'])
    await open('tableau')
    expect(screen.getByTestId('valid-codes')).toHaveTextContent('3 codes valides')
    expect(screen.getByText(/1 code de la liste ne peut pas être lu/)).toBeInTheDocument()
    const chart = screen.getByRole('img', { name: /^Le métier le plus proche de chaque élève/ })
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        'Conseiller·ère support technique arrive en tête pour 2 élèves sur 3.',
      ),
    )
    const figure = chart.closest('figure') as HTMLElement
    await user.click(within(figure).getByText('Voir les données sous forme de tableau'))
    const rows = within(within(figure).getByRole('table')).getAllByRole('row')
    expect(rows.map((r) => r.textContent?.replace(/\s/g, ' '))).toEqual([
      'MétierÉlèves',
      'Conseiller·ère support technique2 élèves (67 %)',
      'Superviseur·e / responsable d’équipe1 élève (33 %)',
    ])
    expect(
      screen.getByRole('img', { name: /^Les centres d’intérêt de la classe/ }),
    ).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /^Les savoir-faire de la classe/ })).toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Où en sont les élèves' })).toBeInTheDocument()
    const prompts = screen.getByRole('region', { name: 'Pour lancer la discussion' })
    expect(within(prompts).getAllByRole('listitem')[0]).toHaveTextContent(
      /^« Conseiller·ère support technique » arrive en tête pour 2 élèves\./,
    )
    expect(within(prompts).getByRole('link', { name: 'Le guide des formations' })).toHaveAttribute(
      'href',
      '#/formations',
    )
  })

  it('downloads the CSV: one row per code, header in the page’s language', async () => {
    const user = userEvent.setup()
    const blobs: Blob[] = []
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob)
      return 'blob:test'
    }
    URL.revokeObjectURL = () => undefined
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    useAppStore.getState().addClassCodes([fixer, leader])
    await open('tableau')
    await user.click(screen.getByRole('button', { name: 'Télécharger le tableau (CSV)' }))
    expect(click).toHaveBeenCalledTimes(1)
    const anchor = click.mock.contexts[0] as HTMLAnchorElement
    expect(anchor.download).toMatch(/^tableau-classe-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = await readFileText(blobs[0]!)
    const lines = text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe(
      'Classe;Code;Longueur;Version du questionnaire;Niveau;Résultat;Métier 1;Score 1 (sur 100);Métier 2;Score 2 (sur 100);Métier 3;Score 3 (sur 100)',
    )
    expect(lines[1]).toMatch(
      new RegExp(
        `^Classe sans nom 1;${fixer};courte;${questionnaire.version};Bac pro;un métier ressort;Conseiller·ère support technique;\\d+;`,
      ),
    )
    expect(lines[2]).toMatch(
      new RegExp(
        `^Classe sans nom 1;${leader};courte;${questionnaire.version};Après le bac;un métier ressort;Superviseur·e / responsable d’équipe;\\d+;`,
      ),
    )
    expect(lines).toHaveLength(4)
  })

  it('says there is nothing to show yet without codes', async () => {
    await open('tableau')
    expect(screen.getByText(/Aucun code pour l’instant/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /CSV/ })).not.toBeInTheDocument()
  })
})

describe('the session file', () => {
  const upload = async (content: string) => {
    const input = screen.getByLabelText('Reprendre une séance enregistrée (fichier .json)')
    const file = new File([content], 'seance.json', { type: 'application/json' })
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } })
    })
  }

  it('imports a saved session, adding its codes without duplicates', async () => {
    useAppStore.getState().addClassCodes([fixer])
    await open('tableau')
    await upload(
      JSON.stringify({
        app: 'cap-relation-client',
        kind: 'class-session',
        format: 1,
        session: { ...DEFAULT_CLASSROOM, codes: [fixer.toLowerCase().replaceAll('-', ''), leader] },
      }),
    )
    expect(
      await screen.findByText('Fichier importé : 1 nouveau code. La liste compte 2 codes.'),
    ).toBeInTheDocument()
    expect(useAppStore.getState().classroom.codes).toEqual([fixer, leader])
  })

  it('refuses a bad file with a clear message, and changes nothing', async () => {
    useAppStore.getState().addClassCodes([fixer])
    await open('tableau')
    await upload('Code;Version\r\nABCD;courte')
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /^Ce fichier n’a pas pu être importé : ce n’est pas un fichier de séance .* La séance en cours n’a pas changé\.$/,
      ),
    )
    await upload(
      '{"app": "cap-relation-client", "kind": "class-session", "format": 9, "session": {}}',
    )
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/version plus récente/))
    expect(useAppStore.getState().classroom.codes).toEqual([fixer])
  })

  it('clears the codes only after a confirmation', async () => {
    const user = userEvent.setup()
    useAppStore.getState().addClassCodes([fixer, leader])
    await open('tableau')
    await user.click(screen.getByRole('button', { name: 'Effacer les codes de la séance' }))
    const confirm = screen.getByRole('group', { name: /Effacer les 2 codes de cet appareil/ })
    await user.click(within(confirm).getByRole('button', { name: 'Annuler' }))
    expect(useAppStore.getState().classroom.codes).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Effacer les codes de la séance' }))
    await user.click(screen.getByRole('button', { name: 'Oui, effacer les codes' }))
    expect(useAppStore.getState().classroom.codes).toEqual([])
    expect(screen.getByText('Les codes de la séance sont effacés.')).toBeInTheDocument()
  })
})

describe('across a reload of the tab', () => {
  it('keeps codes typed but not added yet', async () => {
    await open('codes')
    const box = screen.getByRole('textbox', { name: 'Codes de résultat' })
    fireEvent.change(box, { target: { value: `Léa : ${fixer}` } })
    cleanup()
    await open('codes')
    expect(screen.getByRole('textbox', { name: 'Codes de résultat' })).toHaveValue(`Léa : ${fixer}`)
  })
})
