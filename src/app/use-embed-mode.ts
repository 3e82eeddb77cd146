import { useEffect, useRef, useState } from 'react'
import { BLACK, WHITE, mix, parseHexColor, toHex } from '@/lib/color'
import {
  EMBED_SESSION_KEY,
  isFramed,
  isHello,
  offerResume,
  parseEmbedOptions,
  postedHeight,
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
 * colour, journey events, and the height of its content sent to the host, so that the frame grows
 * and shrinks with each page (measured on #root: the document's own height can never be less
 * than the frame's, so it would only ever grow).
 */
export function useEmbedMode(location: RouteLocation): boolean {
  const search = typeof window === 'undefined' ? '' : window.location.search
  const fromUrl = readEmbedOptions(location.query, new URLSearchParams(search))
  // Never in a page rendered at build time: those are the site's own pages, not a frame.
  const [options] = useState(() =>
    typeof window !== 'undefined' && isFramed() ? (fromUrl ?? rememberedOptions()) : undefined,
  )
  const started = useRef(false)
  const onResults = useRef(false)
  const sendHeight = useRef(() => {})

  useEffect(() => {
    if (!options) return
    remember(options)
    const root = document.documentElement
    root.dataset.embed = 'true'
    const removeAccent = applyAccent(root, options.accent)
    const content = document.getElementById('root') ?? document.body
    let last = 0
    sendHeight.current = () => {
      const height = postedHeight(
        content.getBoundingClientRect().height,
        options,
        onResults.current,
      )
      if (height === last) return
      last = height
      postToHost({ type: 'resize', height })
    }
    const observer = new ResizeObserver(() => sendHeight.current())
    observer.observe(content)
    sendHeight.current()
    // The host's loader says hello when it starts (it may start after this frame): the height
    // is sent again. Nothing else a host sends is read.
    const onHello = (event: MessageEvent) => {
      if (event.source !== window.parent || !isHello(event.data)) return
      last = 0
      sendHeight.current()
    }
    window.addEventListener('message', onHello)
    return () => {
      window.removeEventListener('message', onHello)
      observer.disconnect()
      sendHeight.current = () => {}
      removeAccent()
      delete root.dataset.embed
    }
  }, [options])

  const path = location.path
  const query = location.query.toString()
  useEffect(() => {
    if (!options) return
    onResults.current = path.startsWith('/resultats')
    sendHeight.current()
    offerResume()
    if (path.startsWith('/quiz/') && !started.current) {
      started.current = true
      postToHost({ type: 'event', name: 'started' })
    } else if (path.startsWith('/resultats') && started.current) {
      started.current = false
      postToHost({ type: 'event', name: 'completed' })
    }
  }, [options, path, query])
  return options !== undefined
}
