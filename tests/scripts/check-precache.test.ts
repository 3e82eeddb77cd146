import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkPrecache } from '../../scripts/check-precache'

let dist: string
afterEach(() => rmSync(dist, { recursive: true, force: true }))

function build(precached: string[], written: string[]) {
  dist = mkdtempSync(path.join(tmpdir(), 'precache-'))
  mkdirSync(path.join(dist, 'assets'))
  for (const file of written) writeFileSync(path.join(dist, file), 'x'.repeat(10))
  const list = precached.map((url) => `{"revision":null,"url":"${url}"}`).join(',')
  writeFileSync(path.join(dist, 'sw.js'), `precache([${list}]);addRoute()`)
  return dist
}

describe('checkPrecache', () => {
  it('names a precached file the build did not write', () => {
    const report = checkPrecache(
      build(['index.html', 'assets/400-abc.js', 'assets/app.js'], ['index.html', 'assets/app.js']),
    )
    expect(report.missing).toEqual(['assets/400-abc.js'])
    expect(report.bytes).toBe(20)
  })

  it('passes a complete build', () => {
    expect(checkPrecache(build(['index.html'], ['index.html'])).missing).toEqual([])
  })

  it('accepts the worker that retires itself (OFFLINE=off)', () => {
    const dist = build([], ['index.html'])
    writeFileSync(path.join(dist, 'sw.js'), 'self.registration.unregister().then(() => {})')
    expect(checkPrecache(dist)).toMatchObject({ retiring: true, missing: [] })
  })

  it('refuses a worker with no precache list', () => {
    expect(() => checkPrecache(build([], ['index.html']))).toThrow(/no precache list/)
  })
})
