/**
 * Opens a page on one of its parts (a link such as `?section=…`): the parts laid out only near the
 * screen (`.lays-out-late`) are laid out first, since one laid out after the scroll could push the
 * target out of view; then the target is scrolled to the top and takes the focus, so that the next
 * Tab and a screen reader start from it. Returns the clean-up (late layout again).
 */
export function openOnPart(target: HTMLElement): () => void {
  const root = document.documentElement
  root.dataset.layOutAll = ''
  target.scrollIntoView({ block: 'start' })
  target.focus({ preventScroll: true })
  return () => {
    delete root.dataset.layOutAll
  }
}
