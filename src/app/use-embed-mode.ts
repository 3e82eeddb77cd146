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

/**
 * The host's accent as custom properties on <html>, which shell.css applies to the light scheme
 * only (dark mode keeps its own tested palette). Set through the CSSOM, which the
 * Content-Security-Policy allows, rather than a <style> element, which it blocks.
 */
function applyAccent(root: HTMLElement, accent: string | undefined): () => void {
  const rgb = accent ? parseHexColor(accent) : undefined
  if (!rgb) return () => {}
  const shades = {
    '--embed-accent': toHex(rgb),
    '--embed-accent-strong': toHex(mix(rgb, BLACK, 0.25)),
    '--embed-accent-soft': toHex(mix(rgb, WHITE, 0.88)),
  }
  for (const [name, value] of Object.entries(shades)) root.style.setProperty(name, value)
  root.dataset.embedAccent = 'true'
  return () => {
    for (const name of Object.keys(shades)) root.style.removeProperty(name)
    delete root.dataset.embedAccent
  }
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
    const removeAccent = applyAccent(root, options.accent)

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
      removeAccent()
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
