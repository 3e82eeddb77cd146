import type { Settings } from '@/store/saved-state'

let fontLoaded: Promise<unknown> | undefined

/** Reflects the reading settings on <html>; the legible font is downloaded only when asked for. */
export function applyReadingSettings(settings: Settings) {
  const root = document.documentElement
  root.dataset.font = settings.readingFont
  root.dataset.textSize = settings.textSize
  root.dataset.lineSpacing = settings.lineSpacing
  if (settings.readingFont === 'hyperlegible')
    fontLoaded ??= Promise.all([
      import('@fontsource/atkinson-hyperlegible/400.css'),
      import('@fontsource/atkinson-hyperlegible/700.css'),
    ])
}
