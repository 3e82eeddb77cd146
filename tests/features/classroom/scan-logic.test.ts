// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  createFrameReader,
  OUT_OF_SIGHT_MS,
  scanOutcome,
  type DetectFrame,
} from '@/features/classroom/scan-logic'
import { MAX_CLASSROOM_CODES } from '@/store/saved-state'
import { codeOf, content } from './class-fixture'

const fixer = codeOf('fixer')
const leader = codeOf('leader')

describe('scanOutcome', () => {
  it('finds the code in a results link of today, of after the move to real paths, or alone', () => {
    for (const text of [
      `https://exemple.fr/orientation/#/resultats/${fixer}`,
      `https://exemple.fr/orientation/#/resultats/${fixer}?lang=en`,
      `https://exemple.fr/orientation/resultats/#${fixer}`,
      fixer,
    ])
      expect(scanOutcome(text, [], content())).toEqual({ kind: 'added', code: fixer })
  })

  it('flags a code already in the class', () => {
    expect(scanOutcome(`https://exemple.fr/#/resultats/${fixer}`, [fixer], content())).toEqual({
      kind: 'duplicate',
      code: fixer,
    })
  })

  it('adds nothing from a QR code that is not one of ours', () => {
    for (const text of ['https://exemple.fr/menu-de-la-cantine', 'WIFI:S:CDI;T:WPA;P:secret;;'])
      expect(scanOutcome(text, [], content())).toEqual({ kind: 'not-ours', text })
  })

  it('says the list is full', () => {
    const full = Array.from({ length: MAX_CLASSROOM_CODES }, () => leader)
    expect(scanOutcome(fixer, full, content())).toMatchObject({ kind: 'list-full', code: fixer })
  })
})

/** A detector that "sees" the texts given for each frame, in turn. */
function fakeDetector(frames: string[][]): DetectFrame {
  let frame = 0
  return async () => (frames[frame++] ?? []).map((rawValue) => ({ rawValue }))
}

function reader(frames: string[][], codes: string[] = []) {
  const read = createFrameReader({
    detect: fakeDetector(frames),
    codes: () => codes,
    add: (code) => codes.push(code),
    content: content(),
  })
  return { read, codes }
}

describe('createFrameReader', () => {
  it('adds a QR code held in front of the camera once, then the next student’s', async () => {
    const link = `https://exemple.fr/#/resultats/${fixer}`
    const { read, codes } = reader([[link], [link], [link], [], [leader], [leader]])
    const outcomes = []
    for (let frame = 0; frame < 6; frame++) outcomes.push(await read(frame * 250))
    expect(outcomes).toEqual([
      [{ kind: 'added', code: fixer }],
      [],
      [],
      [],
      [{ kind: 'added', code: leader }],
      [],
    ])
    expect(codes).toEqual([fixer, leader])
  })

  it('flags a code shown again after it was out of sight, without adding it twice', async () => {
    const { read, codes } = reader([[fixer], [], [fixer]])
    await read(0)
    await read(250)
    expect(await read(OUT_OF_SIGHT_MS + 250)).toEqual([{ kind: 'duplicate', code: fixer }])
    expect(codes).toEqual([fixer])
  })

  it('adds one code once when two copies of it are in one frame', async () => {
    const { read, codes } = reader([[fixer, `https://exemple.fr/resultats/#${fixer}`]])
    expect(await read(0)).toEqual([
      { kind: 'added', code: fixer },
      { kind: 'duplicate', code: fixer },
    ])
    expect(codes).toEqual([fixer])
  })

  it('reports a QR code of something else once while it stays in sight', async () => {
    const menu = 'https://exemple.fr/menu'
    const { read, codes } = reader([[menu], [menu]])
    expect(await read(0)).toEqual([{ kind: 'not-ours', text: menu }])
    expect(await read(250)).toEqual([])
    expect(codes).toEqual([])
  })
})
