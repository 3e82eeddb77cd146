/**
 * Scanning the students' QR codes with the counsellor's camera, without the camera: what a frame's
 * QR texts give the class. A QR held in front of the camera shows in many frames in a row: it is
 * read once, and read again only after it has been out of sight for a moment.
 */
import type { CodeContent } from '@/lib/questionnaire/result-code-logic'
import { gatherCodes } from './gather-codes-logic'

/** What one QR code gives the class. */
export type ScanOutcome =
  | { kind: 'added'; code: string }
  | { kind: 'duplicate'; code: string }
  | { kind: 'list-full'; code: string; max: number }
  /** A QR code of something else: a website, a text, a code of another app. */
  | { kind: 'not-ours'; text: string }

/** What a detector (the browser's `BarcodeDetector` or the ponyfill) finds in a frame. */
export type DetectFrame = () => Promise<ReadonlyArray<{ rawValue: string }>>

/** A QR code out of sight this long and shown again counts as shown again (and flagged). */
export const OUT_OF_SIGHT_MS = 1500

/**
 * What a QR code's text gives a class that has `codes` already: the code found in it (a results
 * link of today or after the move to real paths, or a code alone), a duplicate, or nothing ours.
 */
export function scanOutcome(
  text: string,
  codes: readonly string[],
  content: CodeContent,
): ScanOutcome {
  const gathered = gatherCodes(text, codes, content)
  const added = gathered.added[0]
  if (added) return { kind: 'added', code: added }
  const duplicate = gathered.duplicates[0]
  if (duplicate) return { kind: 'duplicate', code: duplicate }
  const full = gathered.rejected.find((entry) => entry.error.kind === 'list-full')
  if (full?.error.kind === 'list-full')
    return { kind: 'list-full', code: full.input, max: full.error.max }
  return { kind: 'not-ours', text }
}

/**
 * Reads frames one after another: each call asks the detector for the QR texts in sight and
 * returns the outcome of each text that just came into sight. `add` puts a code into the class
 * before the next text is judged, so two copies of one code in a frame give one addition.
 */
export function createFrameReader(options: {
  detect: DetectFrame
  codes: () => readonly string[]
  add: (code: string) => void
  content: CodeContent
}) {
  const lastSeen = new Map<string, number>()
  return async function readFrame(now: number): Promise<ScanOutcome[]> {
    const texts = (await options.detect()).map((barcode) => barcode.rawValue).filter(Boolean)
    const cameIntoSight = [...new Set(texts)].filter((text) => {
      const seen = lastSeen.get(text)
      return seen === undefined || now - seen > OUT_OF_SIGHT_MS
    })
    for (const text of texts) lastSeen.set(text, now)
    return cameIntoSight.map((text) => {
      const outcome = scanOutcome(text, options.codes(), options.content)
      if (outcome.kind === 'added') options.add(outcome.code)
      return outcome
    })
  }
}
