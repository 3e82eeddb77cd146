/**
 * The QR reader behind « Scanner les codes », loaded only when the camera opens: the browser's own
 * `BarcodeDetector` where it reads QR codes, else the `barcode-detector` ponyfill over zxing-wasm,
 * whose `.wasm` comes from this build (never from a third-party host).
 */
import zxingReaderWasm from 'zxing-wasm/reader/zxing_reader.wasm?url'
import type { DetectFrame } from './scan-logic'

interface QrDetector {
  detect(source: HTMLVideoElement): Promise<ReadonlyArray<{ rawValue: string }>>
}

interface NativeBarcodeDetector {
  new (options: { formats: string[] }): QrDetector
  getSupportedFormats(): Promise<string[]>
}

async function nativeDetector(): Promise<QrDetector | undefined> {
  const Native = (globalThis as { BarcodeDetector?: NativeBarcodeDetector }).BarcodeDetector
  if (!Native) return undefined
  const formats: string[] = await Native.getSupportedFormats().catch(() => [])
  return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : undefined
}

async function ponyfillDetector(): Promise<QrDetector> {
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill')
  await prepareZXingModule({
    overrides: {
      locateFile: (file: string, prefix: string) =>
        file.endsWith('.wasm') ? zxingReaderWasm : prefix + file,
    },
    fireImmediately: true,
  })
  return new BarcodeDetector({ formats: ['qr_code'] })
}

/** A function that reads the QR codes in the video's current frame. */
export async function openQrReader(video: HTMLVideoElement): Promise<DetectFrame> {
  const detector = (await nativeDetector()) ?? (await ponyfillDetector())
  return () => detector.detect(video)
}
