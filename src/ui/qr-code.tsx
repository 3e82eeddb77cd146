import { useMemo } from 'react'
import { encode } from 'uqr'
import './qr-code.css'

/** Light modules around the symbol that readers need (the standard asks for 4). */
export const QUIET_ZONE = 4
/**
 * Version 10 (57 modules, 213 bytes at level M) at most: a larger symbol has modules too small to
 * read from the back of a classroom. A longer link shows `tooLong` instead (the link is printed
 * beside the code anyway).
 */
const MAX_VERSION = 10

interface QrCodeProps {
  text: string
  /** The accessible name, which says what the code holds. */
  label: string
  /** Shown instead when the text is too long for a QR code. */
  tooLong: string
  className?: string
}

/**
 * The symbol of a text: byte mode (UTF-8), level M (about 15 % may be hidden), or undefined.
 * Shared with the results' share card, which draws the same modules on a canvas.
 */
export function qrSymbol(text: string) {
  if (recent.has(text)) return recent.get(text)
  let symbol
  try {
    symbol = encode([...new TextEncoder().encode(text)], {
      ecc: 'M',
      maxVersion: MAX_VERSION,
      border: 0,
    })
  } catch {
    symbol = undefined // longer than version 10 holds
  }
  // A phone takes tens of ms over a symbol: a page can work one out ahead, in a task of its own.
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!)
  recent.set(text, symbol)
  return symbol
}
const RECENT = 8
const recent = new Map<string, ReturnType<typeof encode> | undefined>()

/** One SVG path for the dark modules, a horizontal run at a time, offset by the quiet zone. */
function darkModulesPath(modules: readonly (readonly boolean[])[]): string {
  const runs: string[] = []
  for (const [row, line] of modules.entries()) {
    let column = 0
    while (column < line.length) {
      if (!line[column]) {
        column++
        continue
      }
      const start = column
      while (column < line.length && line[column]) column++
      const width = column - start
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${width}v1h-${width}z`)
    }
  }
  return runs.join('')
}

/**
 * A QR code drawn as SVG: black on white whatever the colour scheme (readers expect it), with its
 * quiet zone. Whoever shows it prints the text beside it too.
 */
export function QrCode({ text, label, tooLong, className }: QrCodeProps) {
  const symbol = useMemo(() => qrSymbol(text), [text])
  if (!symbol) return <p className="qr-code-missing">{tooLong}</p>
  const side = symbol.size + 2 * QUIET_ZONE
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      className={className ? `qr-code ${className}` : 'qr-code'}
      shapeRendering="crispEdges"
      data-version={symbol.version}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={darkModulesPath(symbol.data)} fill="#000" />
    </svg>
  )
}
