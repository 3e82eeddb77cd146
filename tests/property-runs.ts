/**
 * How many runs a property test makes. `npm test` sizes them for CI, a busy two-core machine:
 * each property costs about a second there. `PROPERTY_RUNS=long npm test` multiplies every size by
 * 20 for a long hunt (or give a factor: `PROPERTY_RUNS=5`). A failure prints its seed and path:
 * pass them back to `fc.assert` to replay it.
 */
export function propertyRuns(ci: number): number {
  const setting = process.env.PROPERTY_RUNS
  if (!setting) return ci
  const factor = setting === 'long' ? 20 : Number(setting)
  if (!Number.isFinite(factor) || factor <= 0)
    throw new Error(`PROPERTY_RUNS must be "long" or a positive factor, got "${setting}"`)
  return Math.max(1, Math.round(ci * factor))
}
