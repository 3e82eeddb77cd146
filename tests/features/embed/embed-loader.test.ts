// @vitest-environment jsdom
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildEmbedLoader } from '@/app/embed-loader-build'
import { installEmbedLoader, type EmbedFrameDetail } from '@/features/embed/embed-loader'
import { EMBED_SOURCE, PROGRESS_PARAM } from '@/lib/embed-bridge'

const APP = 'https://app.example'
const SRC = `${APP}/integre.html?integre=1#/quiz?lang=fr`

function addFrame(attributes = '') {
  document.body.insertAdjacentHTML(
    'beforeend',
    `<iframe data-cap-relation-client src="${SRC}" ${attributes}></iframe>`,
  )
  return document.body.lastElementChild as HTMLIFrameElement
}

/** A message as the browser delivers it: from a frame's window, with that frame's origin. */
function post(from: HTMLIFrameElement | Window | null, data: object, origin = APP) {
  const source = from instanceof HTMLIFrameElement ? from.contentWindow : from
  window.dispatchEvent(
    new MessageEvent('message', { data: { source: EMBED_SOURCE, ...data }, origin, source }),
  )
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

const installed: (() => void)[] = []
const install = () => installed.push(installEmbedLoader(window))

beforeEach(() => {
  document.body.innerHTML = ''
  sessionStorage.clear()
})
afterEach(() => {
  installed.splice(0).forEach((uninstall) => uninstall())
  document.body.innerHTML = ''
})

describe('the host page’s loader', () => {
  it('sets up every frame: an id, clipboard, lazy loading, a title, no border', () => {
    const first = addFrame()
    const second = addFrame('id="orientation" title="Quiz" allow="fullscreen" loading="eager"')
    install()
    expect(first.id).toBe('cap-relation-client-1')
    expect(first.getAttribute('allow')).toBe('clipboard-write')
    expect(first.getAttribute('loading')).toBe('lazy')
    expect(first.title).toBe('Cap Relation Client')
    expect(first.style.border).toContain('0')
    expect(second.id).toBe('orientation')
    expect(second.getAttribute('allow')).toBe('fullscreen; clipboard-write')
    expect(second.getAttribute('loading')).toBe('eager')
    expect(second.title).toBe('Quiz')
  })

  it('sizes each frame from its own messages only, growing and shrinking', () => {
    const first = addFrame()
    const second = addFrame()
    install()
    post(first, { type: 'resize', height: 1200.4 })
    post(second, { type: 'resize', height: 800 })
    expect([first.style.height, second.style.height]).toEqual(['1201px', '800px'])
    post(first, { type: 'resize', height: 700 })
    expect(first.style.height).toBe('700px')
    post(first, { type: 'resize', height: -5 })
    post(first, { type: 'resize', height: '9000' })
    post(first, { type: 'resize', height: 400 }, 'https://other.example')
    post(window, { type: 'resize', height: 400 })
    expect(first.style.height).toBe('700px')
  })

  it('dispatches events on the frame, bubbling to document, naming the frame', () => {
    const first = addFrame()
    const second = addFrame('id="orientation"')
    install()
    const heard: EmbedFrameDetail[] = []
    document.addEventListener('cap-relation-client:started', (event) =>
      heard.push((event as CustomEvent<EmbedFrameDetail>).detail),
    )
    let onFrame = 0
    second.addEventListener('cap-relation-client:started', () => onFrame++)
    post(second, { type: 'event', name: 'started' })
    post(first, { type: 'event', name: 'started' })
    post(first, { type: 'event', name: 'hacked' })
    expect(heard).toEqual([
      { frame: 'orientation', name: 'started' },
      { frame: 'cap-relation-client-1', name: 'started' },
    ])
    expect(onFrame).toBe(1)
  })

  it('ignores a spoofed message: another frame, another origin, another source name', () => {
    const frame = addFrame()
    const other = document.createElement('iframe')
    document.body.append(other)
    install()
    let heard = 0
    document.addEventListener('cap-relation-client:completed', () => heard++)
    post(other, { type: 'event', name: 'completed' })
    post(frame, { type: 'event', name: 'completed' }, 'https://evil.example')
    frame.contentWindow?.dispatchEvent(new Event('x'))
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { source: 'someone-else', type: 'event', name: 'completed' },
        origin: APP,
        source: frame.contentWindow,
      }),
    )
    expect(heard).toBe(0)
  })

  it('sets up frames added later, and only once when included twice', async () => {
    install()
    install()
    const late = addFrame()
    await flush()
    expect(late.id).toBe('cap-relation-client-1')
    let heard = 0
    document.addEventListener('cap-relation-client:started', () => heard++)
    post(late, { type: 'event', name: 'started' })
    expect(heard).toBe(1)
  })

  it('keeps a frame’s progress for a reload, and reopens it there', () => {
    const frame = addFrame()
    install()
    post(frame, { type: 'resume', route: '#/quiz/q3?lang=fr', progress: 'ABC123' })
    post(frame, { type: 'resume', route: 'javascript:alert(1)', progress: 'ABC123' })
    post(frame, { type: 'resume', route: '#/quiz', progress: '<b>' })

    installed.splice(0).forEach((uninstall) => uninstall())
    document.body.innerHTML = ''
    addFrame()
    install()
    const reloaded = document.querySelector('iframe') as HTMLIFrameElement
    expect(reloaded.getAttribute('loading')).toBe('eager')
    const url = new URL(reloaded.src)
    expect(url.hash).toBe('#/quiz/q3?lang=fr')
    expect(url.searchParams.get(PROGRESS_PARAM)).toBe('ABC123')
    expect(url.searchParams.get('integre')).toBe('1')
  })
})

describe('embed.js, as the build writes it', () => {
  it('is a classic script under 1.5 kB gzipped that sets up the page’s frames', async () => {
    const code = await buildEmbedLoader()
    expect(code).not.toMatch(/\bexport\b|\bimport\b/)
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(1500)
    const frame = addFrame()
    new Function(code)()
    expect(frame.id).toBe('cap-relation-client-1')
    post(frame, { type: 'resize', height: 500 })
    expect(frame.style.height).toBe('500px')
  })
})
