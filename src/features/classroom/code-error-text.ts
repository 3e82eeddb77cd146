import type { Catalogue } from '@/lib/messages'
import type { GatherError } from './gather-codes-logic'
import type { classroomMessages } from './messages'

type ClassroomCatalogue = Catalogue<(typeof classroomMessages)['fr']>

/** What is wrong with a code, in words for the counsellor. */
export function codeErrorText(
  t: ClassroomCatalogue,
  error: GatherError,
  symbols: { short: number; full: number },
): string {
  switch (error.kind) {
    case 'empty':
      return t.empty
    case 'too-long':
      return t['too-long'](error.length)
    case 'bad-character':
      return t['bad-character'](error.character, error.position + 1)
    case 'wrong-length':
      return t['wrong-length'](error.symbols, symbols.short, symbols.full)
    case 'bad-checksum':
      return t['bad-checksum']
    case 'other-version':
      return t['other-version'](error.version, error.current)
    case 'impossible-answers':
      return t['impossible-answers']
    case 'list-full':
      return t['list-full'](error.max)
  }
}
