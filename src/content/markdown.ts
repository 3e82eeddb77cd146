/**
 * Build-time only: content pages in Markdown (CommonMark, by micromark) to HTML. HTML in the
 * source is escaped, never passed on; every link and image target is checked with
 * `refusedLinkReason`, and raw HTML is reported, each with its line.
 */
import { micromark, parse, postprocess, preprocess } from 'micromark'
import { decodeString } from 'micromark-util-decode-string'
import { refusedLinkReason } from './link-targets.ts'

export interface MarkdownProblem {
  line: number
  message: string
}

const TARGETS = new Set([
  'resourceDestinationString',
  'definitionDestinationString',
  'autolinkProtocol',
])
const RAW_HTML = new Set(['htmlFlow', 'htmlText'])

/** Every link target and every piece of raw HTML that the page may not have. */
export function checkMarkdown(source: string): MarkdownProblem[] {
  const events = postprocess(
    parse()
      .document()
      .write(preprocess()(source, undefined, true)),
  )
  const problems: MarkdownProblem[] = []
  for (const [kind, token, context] of events) {
    if (kind !== 'enter') continue
    if (TARGETS.has(token.type)) {
      const reason = refusedLinkReason(decodeString(context.sliceSerialize(token)))
      if (reason) problems.push({ line: token.start.line, message: reason })
    } else if (RAW_HTML.has(token.type))
      problems.push({
        line: token.start.line,
        message: 'HTML is not allowed in content pages: write it in Markdown',
      })
  }
  return problems
}

export function renderMarkdown(source: string): string {
  return micromark(source)
}
