/**
 * A video file for Chromium's fake camera (`--use-file-for-fake-video-capture`): QR codes shown
 * one after another, as students hold up their phones. Y4M is raw frames after a one-line header,
 * so Node writes it without ffmpeg: per frame, the luma plane (the QR drawn black on white) and
 * two flat chroma planes.
 */
import { writeFileSync } from 'node:fs'
import { encode } from 'uqr'

const WIDTH = 640
const HEIGHT = 480
const BLACK = 16
const WHITE = 235
const NEUTRAL_CHROMA = 128

/** The luma plane of a frame showing one QR code, centred, with a white quiet zone. */
function qrFrame(text: string): Buffer {
  const { data, size } = encode(text, { ecc: 'M', border: 4 })
  const module = Math.floor(Math.min(WIDTH, HEIGHT) / size)
  const left = Math.floor((WIDTH - size * module) / 2)
  const top = Math.floor((HEIGHT - size * module) / 2)
  const luma = Buffer.alloc(WIDTH * HEIGHT, WHITE)
  for (let y = 0; y < size * module; y++)
    for (let x = 0; x < size * module; x++)
      if (data[Math.floor(y / module)]?.[Math.floor(x / module)])
        luma[(top + y) * WIDTH + left + x] = BLACK
  return luma
}

/**
 * Writes `file`: each text as a QR code for `framesPerCode` frames, then `blankFrames` empty
 * frames (the next student steps up). Chromium plays it at 5 frames a second, in a loop.
 */
export function writeQrVideo(
  file: string,
  texts: readonly string[],
  { framesPerCode = 4, blankFrames = 2 } = {},
) {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, NEUTRAL_CHROMA)
  const blank = Buffer.alloc(WIDTH * HEIGHT, WHITE)
  const frame = (luma: Buffer) => [Buffer.from('FRAME\n'), luma, chroma]
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F5:1 Ip A1:1 C420jpeg\n`)]
  for (const text of texts) {
    const luma = qrFrame(text)
    for (let i = 0; i < framesPerCode; i++) parts.push(...frame(luma))
    for (let i = 0; i < blankFrames; i++) parts.push(...frame(blank))
  }
  writeFileSync(file, Buffer.concat(parts))
}
