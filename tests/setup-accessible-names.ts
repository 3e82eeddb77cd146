/**
 * Runs before anything imports Testing Library. The app writes French with no-break spaces
 * (« Vrai ou faux ? » has U+202F before « ? »), and `getByRole(…, { name })` compares names
 * exactly, while `getByText` already treats every kind of space alike. So that a test can name an
 * element as a reader would type it, accessible names count U+00A0 and U+202F as ordinary spaces
 * here. Typography itself is tested on the strings (tests/lib/french-typography.test.ts and
 * tests/content/french-typography-everywhere.test.ts).
 */
import { createRequire } from 'node:module'

const require = createRequire(createRequire(import.meta.url).resolve('@testing-library/dom'))
const file = require.resolve('dom-accessibility-api')
type Compute = (element: Element, options?: object) => string
const api = require(file) as {
  computeAccessibleName: Compute
  computeAccessibleDescription: Compute
}
const spaced =
  (compute: Compute): Compute =>
  (element, options) =>
    compute(element, options).replace(/[\u00a0\u202f]/g, ' ')
const cached = require.cache[file]
if (cached && !('__spacesNormalised' in cached.exports)) {
  cached.exports = {
    ...api,
    __spacesNormalised: true,
    computeAccessibleName: spaced(api.computeAccessibleName),
    computeAccessibleDescription: spaced(api.computeAccessibleDescription),
  }
}
