import type { Page } from '@playwright/test'

/**
 * Records what the page's live regions say, as a screen reader hears it: the text of a region
 * (role status, alert or log, or aria-live) each time it changes to something non-empty. A region
 * that changes to the same text again is recorded again: that is an announcement said twice.
 */
export async function recordAnnouncements(page: Page) {
  await page.addInitScript(() => {
    const said: string[] = []
    Object.defineProperty(window, '__announcements', { value: said })
    const live = '[role="status"], [role="alert"], [role="log"], [aria-live]'
    const last = new WeakMap<Element, string>()
    const pending = new Set<Element>()
    const flush = () => {
      for (const region of pending) {
        const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim()
        if (text && text !== last.get(region)) said.push(text)
        else if (text && region.getAttribute('data-said-again') === 'true') said.push(text)
        last.set(region, text)
      }
      pending.clear()
    }
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        const node = m.target instanceof Element ? m.target : m.target.parentElement
        const region = node?.closest(live)
        if (region) pending.add(region)
        for (const added of m.addedNodes)
          if (added instanceof Element && added.matches(live)) last.set(added, '')
      }
      queueMicrotask(flush)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
}

export const announcements = (page: Page) =>
  page.evaluate(() => (window as unknown as { __announcements: string[] }).__announcements.slice())
