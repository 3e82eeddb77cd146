import { describe, expect, it } from 'vitest'
import { reformTimeline } from '@/features/guide/timeline-logic'
import { fixtureDiplomas } from '../../fixtures/guide/guide-fixture'

describe('reformTimeline', () => {
  it('groups every diploma event by year, in order', () => {
    const years = reformTimeline(fixtureDiplomas)
    expect(years.map((y) => y.year)).toEqual([
      2002, 2003, 2007, 2018, 2019, 2020, 2021, 2022, 2023, 2025,
    ])
    expect(years.find((y) => y.year === 2003)?.events.map((e) => e.diploma.id)).toEqual([
      'bts-muc',
      'bts-nrc',
    ])
    expect(years.at(-1)?.events[0]?.text.fr).toBe('cs-acvd : devient CS')
  })

  it('orders events of one year by date, and adds a year asked for even without an event', () => {
    const [a, b] = fixtureDiplomas
    const dated = [
      { ...a!, history: [{ year: 2018, date: '2018-09', text: a!.history[0]!.text, source: 's' }] },
      {
        ...b!,
        history: [{ year: 2018, date: '2018-02-19', text: b!.history[0]!.text, source: 's' }],
      },
    ]
    const years = reformTimeline(dated, [2011])
    expect(years.map((y) => [y.year, y.events.map((e) => e.date)])).toEqual([
      [2011, []],
      [2018, ['2018-02-19', '2018-09']],
    ])
  })
})
