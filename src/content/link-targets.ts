/**
 * Build-time only: where content may send a reader. A link in a page or a source's address is
 * refused unless it is safe to open from the app: `https:`, `mailto:`, an in-app `#/` address or
 * a relative path. `javascript:`, `data:`, `http:` and addresses on another host without a scheme
 * (`//…`) are errors, never silently dropped.
 */

/** Browsers ignore these inside a scheme (`java\tscript:`), so the check ignores them too. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const IGNORED = /[\u0000-\u0020\u007f]/g
const SCHEME = /^([a-z][a-z0-9+.-]*):/i
const ALLOWED_SCHEMES = ['https', 'mailto']

/** Why this link target is refused, or undefined when it is allowed. */
export function refusedLinkReason(target: string): string | undefined {
  const url = target.replace(IGNORED, '')
  if (url.startsWith('//'))
    return `a link to another host must start with https:, got ${JSON.stringify(target)}`
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase()
  if (scheme === undefined || ALLOWED_SCHEMES.includes(scheme)) return undefined
  return `links may only use https:, mailto:, an in-app #/ address or a relative path, got ${JSON.stringify(target)}`
}
