import { glossary } from 'virtual:content'
import { render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '@/app/app'
import { useAppStore } from '@/store/app-store'

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  window.HTMLElement.prototype.scrollIntoView = vi.fn()
})

async function open(hash: string) {
  window.location.hash = hash
  render(<App />)
  return screen.findByRole('heading', { level: 1 })
}

describe('the glossary page', () => {
  it('lists every term alphabetically, each with its definition and its source', async () => {
    expect(await open('#/glossaire')).toHaveTextContent('Les mots du guide')
    const terms = screen
      .getAllByRole('term')
      .map((dt) => dt.querySelector('.glossary__term')?.textContent ?? '')
    expect(terms).toHaveLength(glossary.length)
    expect(terms).toEqual(
      [...terms].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })),
    )
    expect(terms).toEqual(
      expect.arrayContaining(['RNCP', 'Parcoursup', 'Bloc de compétences', 'VAE']),
    )
    const rncp = screen.getByText('RNCP').closest('div') as HTMLElement
    expect(rncp).toHaveTextContent('Répertoire national des certifications professionnelles')
    expect(within(rncp).getByRole('link', { name: /Code du travail/ })).toBeVisible()
  })

  it('opens on the term a link names, and is reachable from the footer', async () => {
    await open('#/glossaire?terme=vae&lang=en')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Words of the guide')
    expect(document.activeElement?.id).toBe('terme-vae')
    expect(screen.getByRole('link', { name: 'Words of the guide' })).toHaveAttribute(
      'href',
      '#/glossaire',
    )
  })
})
