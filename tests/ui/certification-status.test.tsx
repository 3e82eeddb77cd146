import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Diploma } from '@/content/schemas'
import { useAppStore } from '@/store/app-store'
import { CertificationStatusNote, VerifiedOn } from '@/ui/certification-status'

const diploma = (id: string, overrides: Partial<Diploma> = {}): Diploma =>
  ({ id, short: id.toUpperCase(), status: 'current', ...overrides }) as Diploma

const setLocale = (locale: 'fr' | 'en') =>
  useAppStore.setState((s) => ({ settings: { ...s.settings, locale } }))

describe('CertificationStatusNote', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 11, 2, 12))
  })
  afterEach(() => {
    vi.useRealTimers()
    setLocale('fr')
  })

  it('says « n’est plus délivré depuis … » for a title past its end date that still says current', () => {
    setLocale('fr')
    const stale = diploma('tp-x', { registration: { until: '2025-09-01', reviewBy: '2027-01-01' } })
    render(<CertificationStatusNote diploma={stale} diplomas={[stale]} />)
    expect(screen.getByText(/n’est plus délivré depuis le 1er septembre 2025/)).toBeInTheDocument()
    expect(screen.getByText(/nous n’avons pas trouvé de titre qui le remplace/)).toBeInTheDocument()
  })

  it('points to what replaced it, in English too', () => {
    setLocale('en')
    const next = diploma('tp-y')
    const stale = diploma('tp-x', {
      status: 'ended',
      replacedBy: 'tp-y',
      registration: { until: '2025-09-01', reviewBy: '2027-01-01' },
    })
    render(<CertificationStatusNote diploma={stale} diplomas={[stale, next]} />)
    expect(
      screen.getByText('no longer awarded since 1 September 2025; what replaced it: TP-Y'),
    ).toBeInTheDocument()
  })

  it('says nothing while the title is still awarded, even the day its registration ends', () => {
    vi.setSystemTime(new Date(2025, 8, 1, 12))
    const { container } = render(
      <CertificationStatusNote
        diploma={diploma('tp-x', { registration: { until: '2025-09-01', reviewBy: '2027-01-01' } })}
        diplomas={[]}
      />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})

describe('VerifiedOn', () => {
  it('dates the page, or says nothing without a date', () => {
    setLocale('fr')
    const { rerender, container } = render(
      <VerifiedOn verification={{ date: '2026-12-02', unchecked: 0 }} />,
    )
    expect(screen.getByText('Vérifié le 2 décembre 2026')).toHaveAttribute('datetime', '2026-12-02')
    rerender(<VerifiedOn verification={{ date: '2026-12-02', unchecked: 1 }} />)
    expect(screen.getByText(/sauf une source pas encore relue/)).toBeInTheDocument()
    rerender(<VerifiedOn verification={{ unchecked: 3 }} />)
    expect(container).toBeEmptyDOMElement()
  })
})
