/**
 * Draws the share card on a canvas: 1080 × 1350 (4:5, what phones' galleries and stories show
 * whole), light colours whatever the scheme, the QR code black on white with its quiet zone.
 */
import { qrSymbol, QUIET_ZONE } from '@/ui/qr-code'

export const CARD_WIDTH = 1080
export const CARD_HEIGHT = 1350

export interface CardContent {
  brand: string
  kicker: string
  role: string
  closeness: string
  strengthsTitle: string
  traits: string[]
  scan: string
  code: string
  /** The results link the QR code holds. */
  url: string
}

const INK = '#172036'
const MUTED = '#4a5468'
const ACCENT = '#b93c0b'
const SAND = '#fdf5ee'
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

/** Splits a text into lines no wider than `width` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const tried = line ? `${line} ${word}` : word
    if (line && ctx.measureText(tried).width > width) {
      lines.push(line)
      line = word
    } else line = tried
  }
  if (line) lines.push(line)
  return lines
}

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
) {
  ctx.beginPath()
  ctx.roundRect(x, y, w, h, r)
}

/** The app's mark: a speech bubble with an arrow, on the accent. */
function drawMark(ctx: CanvasRenderingContext2D, x: number, y: number, size: number) {
  const s = size / 32
  ctx.save()
  ctx.translate(x, y)
  ctx.scale(s, s)
  ctx.fillStyle = ACCENT
  roundRect(ctx, 0, 0, 32, 32, 8)
  ctx.fill()
  ctx.fillStyle = '#ffffff'
  ctx.fill(
    new Path2D(
      'M9 8h14a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3h-7l-5 4v-4H9a3 3 0 0 1-3-3v-8a3 3 0 0 1 3-3z',
    ),
  )
  ctx.strokeStyle = ACCENT
  ctx.lineWidth = 2.5
  ctx.lineCap = 'round'
  ctx.lineJoin = 'round'
  ctx.stroke(new Path2D('M13 12.5l5 2.5-5 2.5'))
  ctx.restore()
}

/** The QR code of `text` in a square of `side` pixels (quiet zone included); false if too long. */
function drawQr(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, side: number) {
  const symbol = qrSymbol(text)
  if (!symbol) return false
  const modules = symbol.size + 2 * QUIET_ZONE
  const unit = Math.floor(side / modules)
  const offset = Math.floor((side - unit * modules) / 2)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(x, y, side, side)
  ctx.fillStyle = '#000000'
  for (const [row, line] of symbol.data.entries())
    for (const [column, dark] of line.entries())
      if (dark)
        ctx.fillRect(
          x + offset + (column + QUIET_ZONE) * unit,
          y + offset + (row + QUIET_ZONE) * unit,
          unit,
          unit,
        )
  return true
}

export function drawShareCard(canvas: HTMLCanvasElement, card: CardContent) {
  canvas.width = CARD_WIDTH
  canvas.height = CARD_HEIGHT
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('No 2D canvas on this device')

  // Sand, with two warm shapes: the same inks as the app's illustrations.
  ctx.fillStyle = SAND
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT)
  ctx.fillStyle = '#f6e4d6'
  ctx.beginPath()
  ctx.arc(CARD_WIDTH - 60, 140, 330, 0, 2 * Math.PI)
  ctx.fill()
  ctx.fillStyle = '#f2a36b'
  ctx.beginPath()
  ctx.arc(-40, 980, 150, 0, 2 * Math.PI)
  ctx.fill()

  drawMark(ctx, 80, 80, 80)
  ctx.fillStyle = INK
  ctx.textBaseline = 'alphabetic'
  ctx.font = `800 44px ${FONT}`
  ctx.fillText(card.brand, 184, 136)

  ctx.fillStyle = ACCENT
  ctx.font = `800 36px ${FONT}`
  ctx.fillText(card.kicker.toUpperCase(), 80, 300)

  ctx.fillStyle = INK
  ctx.font = `800 84px ${FONT}`
  let y = 400
  for (const line of wrap(ctx, card.role, CARD_WIDTH - 160).slice(0, 3)) {
    ctx.fillText(line, 80, y)
    y += 98
  }

  // The closeness, in a pill of the accent.
  ctx.font = `700 38px ${FONT}`
  const pill = ctx.measureText(card.closeness).width + 64
  ctx.fillStyle = ACCENT
  roundRect(ctx, 80, y - 20, pill, 68, 34)
  ctx.fill()
  ctx.fillStyle = '#ffffff'
  ctx.fillText(card.closeness, 112, y + 27)
  y += 130

  if (card.traits.length) {
    ctx.fillStyle = MUTED
    ctx.font = `700 34px ${FONT}`
    ctx.fillText(card.strengthsTitle, 80, y)
    y += 30
    ctx.font = `600 38px ${FONT}`
    for (const trait of card.traits) {
      const width = Math.min(CARD_WIDTH - 160, ctx.measureText(trait).width + 64)
      ctx.fillStyle = '#ffffff'
      roundRect(ctx, 80, y, width, 72, 20)
      ctx.fill()
      ctx.strokeStyle = '#dccfc4'
      ctx.lineWidth = 3
      ctx.stroke()
      ctx.fillStyle = INK
      ctx.fillText(trait, 112, y + 49, CARD_WIDTH - 224)
      y += 88
    }
  }

  // The QR code of the results link, on a white panel at the foot.
  const panelTop = CARD_HEIGHT - 330
  ctx.fillStyle = '#ffffff'
  roundRect(ctx, 60, panelTop, CARD_WIDTH - 120, 270, 32)
  ctx.fill()
  drawQr(ctx, card.url, 90, panelTop + 15, 240)
  ctx.fillStyle = INK
  ctx.font = `800 40px ${FONT}`
  let textY = panelTop + 100
  for (const line of wrap(ctx, card.scan, CARD_WIDTH - 480)) {
    ctx.fillText(line, 370, textY)
    textY += 50
  }
  ctx.fillStyle = MUTED
  ctx.font = `600 34px ui-monospace, Menlo, Consolas, monospace`
  ctx.fillText(card.code, 370, textY + 10)
}
