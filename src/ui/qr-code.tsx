import { useMemo } from 'react'
import { encodeQr, QR_QUIET_ZONE, qrSvgPath } from '@/lib/qr-code-logic'

interface QrCodeProps {
  text: string
  /** The accessible name, which says what the code holds. */
  label: string
  /** Shown instead when the text is too long for a QR code. */
  tooLong: string
  /** The class of the drawing (its size is the page's business); the message gets `<class>-missing`. */
  className?: string
}

/**
 * A QR code drawn as SVG: black on white whatever the colour scheme (readers expect it), with its
 * quiet zone. The link it holds is always printed beside it too.
 */
export function QrCode({ text, label, tooLong, className = 'qr-code' }: QrCodeProps) {
  const encoding = useMemo(() => encodeQr(text), [text])
  if (!encoding.ok) return <p className={`${className}-missing`}>{tooLong}</p>
  const side = encoding.qr.size + 2 * QR_QUIET_ZONE
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      className={className}
      shapeRendering="crispEdges"
      data-version={encoding.qr.version}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={qrSvgPath(encoding.qr)} fill="#000" />
    </svg>
  )
}
