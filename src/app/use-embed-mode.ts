import { useEffect, useRef, useState } from 'react'
import { BLACK, WHITE, mix, parseHexColor, toHex } from '@/lib/color'
import {
  EMBED_SESSION_KEY,
  isFramed,
  parseEmbedOptions,
  postToHost,
  readEmbedOptions,
  type EmbedOptions,
} from '@/lib/embed-bridge'
import type { RouteLocation } from '@/ui/router'

function rememberedOptions(): EmbedOptions | undefined {
  try {
    return parseEmbedOptions(sessionStorage.getItem(EMBED_SESSION_KEY))
  } catch {
    return undefined // storage blocked
  }
}

function remember(options: EmbedOptions) {
  try {
    sessionStorage.setItem(EMBED_SESSION_KEY, JSON.stringify(options))
  } catch {
    // Without session storage the frame stays embedded until its next full reload only.
  }
}

function accentStyles(accent: string): string {
  const rgb = parseHexColor(accent)
  if (!rgb) return ''
  // Only the light scheme takes the host's colour: dark mode keeps its own tested palette.
  return `@media (prefers-color-scheme: light) { :root {
    --color-accent: ${toHex(rgb)};
    --color-accent-strong: ${toHex(mix(rgb, BLACK, 0.25))};
    --color-accent-soft: ${toHex(mix(rgb, WHITE, 0.88))};
  } }`
}

/**
 * When the app runs in a host page's iframe (`?integre=1`): compact layout, the host's accent
 * colour, its height sent to the host so the frame sizes itself, and journey events.
 */
export function useEmbedMode(location: RouteLocation) {
  const fromUrl = readEmbedOptions(location.query)
  const [options] = useState(() => (isFramed() ? (fromUrl ?? rememberedOptions()) : undefined))
  const started = useRef(false)

  useEffect(() => {
    if (!options) return
    remember(options)
    const root = document.documentElement
    root.dataset.embed = 'true'
    const style = document.createElement('style')
    style.textContent = options.accent ? accentStyles(options.accent) : ''
    document.head.append(style)

    let frame = 0
    const sendHeight = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => postToHost({ type: 'resize', height: root.scrollHeight }))
    }
    const observer = new ResizeObserver(sendHeight)
    observer.observe(document.body)
    sendHeight()
    return () => {
      observer.disconnect()
      style.remove()
      delete root.dataset.embed
    }
  }, [options])

  const path = location.path
  useEffect(() => {
    if (!options) return
    if (path.startsWith('/quiz/') && !started.current) {
      started.current = true
      postToHost({ type: 'event', name: 'started' })
    } else if (path.startsWith('/resultats') && started.current) {
      started.current = false
      postToHost({ type: 'event', name: 'completed' })
    }
  }, [options, path])
}
