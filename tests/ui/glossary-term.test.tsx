import { glossary } from 'virtual:content'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { Term } from '@/ui/glossary-term'
import { useAppStore } from '@/store/app-store'

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
})

const rncp = glossary.find((t) => t.id === 'rncp')!

describe('a glossary word in a page', () => {
  it('is a button whose description is the definition, for a screen reader', () => {
    render(
      <p>
        Sa fiche <Term id="rncp" /> donne son niveau.
      </p>,
    )
    const word = screen.getByRole('button', { name: 'RNCP' })
    expect(word).toHaveAccessibleDescription(
      // tests/setup-accessible-names.ts reads no-break spaces in names and descriptions as spaces.
      `${rncp.expansion!.fr} : ${rncp.definition.fr}`.replace(/[\u00a0\u202f]/g, ' '),
    )
    expect(word).toHaveAttribute('aria-expanded', 'false')
  })

  it('opens on focus or tap, closes on Escape, on blur and on a tap elsewhere', async () => {
    const user = userEvent.setup()
    render(
      <p>
        <Term id="rncp">la fiche RNCP</Term> <button type="button">ailleurs</button>
      </p>,
    )
    const word = screen.getByRole('button', { name: 'la fiche RNCP' })
    const definition = () => screen.getByText(rncp.definition.fr, { exact: false })
    expect(definition()).not.toBeVisible()
    act(() => word.focus())
    expect(definition()).toBeVisible()
    await user.keyboard('{Escape}')
    expect(definition()).not.toBeVisible()
    await user.click(word)
    expect(definition()).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'ailleurs' }))
    expect(definition()).not.toBeVisible()
    expect(word).toHaveAttribute('aria-expanded', 'false')
  })

  it('speaks English', () => {
    useAppStore.setState((s) => ({ settings: { ...s.settings, locale: 'en' } }))
    render(<Term id="rncp" />)
    expect(screen.getByRole('button', { name: 'RNCP' })).toHaveAccessibleDescription(
      `${rncp.expansion!.en}: ${rncp.definition.en}`,
    )
  })

  it('renders an unknown word as plain text', () => {
    render(<Term id="nulle-part">un mot</Term>)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText('un mot')).toBeVisible()
  })
})

describe('the glossary words the app uses', () => {
  const SRC = path.resolve(__dirname, '../../src')
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(path.join(dir, entry.name))
        : entry.name.endsWith('.tsx')
          ? [path.join(dir, entry.name)]
          : [],
    )

  it('are all defined in content/glossary.yaml', () => {
    const ids = new Set(glossary.map((t) => t.id))
    const used = files(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1] ?? ''),
    )
    expect(used.length).toBeGreaterThan(0)
    expect(used.filter((id) => !ids.has(id))).toEqual([])
  })
})
