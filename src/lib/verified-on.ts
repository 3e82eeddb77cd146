/**
 * The "Vérifié le …" date of a page, from its content: the oldest date at which any source behind
 * the page's time-sensitive facts was last compared with what the app says. A page is only as
 * fresh as its least recently checked fact. Pure.
 */
import type { Source } from '@/content/schemas'

export function verifiedOn(
  sourceIds: Iterable<string>,
  sources: readonly Pick<Source, 'id' | 'checked'>[],
): string | undefined {
  const wanted = new Set(sourceIds)
  const dates = sources.flatMap((s) => (wanted.has(s.id) && s.checked ? [s.checked] : []))
  return dates.length ? dates.sort()[0] : undefined
}
