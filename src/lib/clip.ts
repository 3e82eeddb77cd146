/**
 * Pure: a value from the address bar, short enough to echo on the page. A pasted 100 kB "id"
 * would otherwise be laid out in full (and stall the page) only to say that it matches nothing.
 */
export const MAX_ECHOED_LENGTH = 80

export function clipForDisplay(value: string, max = MAX_ECHOED_LENGTH): string {
  const characters = Array.from(value.slice(0, 2 * max + 2))
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : value
}
