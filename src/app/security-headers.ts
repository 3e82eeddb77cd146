/**
 * Build-time and tests only: the security headers of a deployment, in one place. The build puts
 * the policy in `index.html` (a <meta>) and writes them all to `dist/_headers`; README "Deploy"
 * gives the same rules for nginx and Apache (a test keeps the three in step).
 */
import { EMBED_ENTRY } from '../lib/embed-entry.ts'

/** Everything comes from the app's own origin; no inline script, no inline <style>. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

export const REFERRER_POLICY = 'no-referrer'

/**
 * `frame-ancestors` works only as a header and cannot depend on the query string, so the embed has
 * its own file: `integre.html` (the same app) may be framed by any site, every other page by none.
 */
const REFUSE_FRAMES = "frame-ancestors 'none'"
const ACCEPT_FRAMES = 'frame-ancestors *'

export interface HeaderRule {
  /** A path from the site's root; `*` stands for any characters. */
  path: string
  headers: Record<string, string>
}

const NO_CACHE = 'no-cache'

/**
 * The rules for a site served under `base` (`/` or `/orientation/`), whose pages also live in
 * `folders` (`metiers/`, `metiers/superviseur/`). No two rules set one header.
 */
export function headerRules(base = '/', folders: readonly string[] = []): HeaderRule[] {
  const appPage = {
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${REFUSE_FRAMES}`,
    'X-Frame-Options': 'DENY',
    'Cache-Control': NO_CACHE,
  }
  return [
    {
      path: `${base}*`,
      headers: {
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': REFERRER_POLICY,
        'Strict-Transport-Security': 'max-age=31536000',
      },
    },
    { path: base, headers: appPage },
    { path: `${base}index.html`, headers: appPage },
    ...folders.flatMap((folder) => [
      { path: `${base}${folder}`, headers: appPage },
      { path: `${base}${folder}index.html`, headers: appPage },
    ]),
    {
      path: `${base}${EMBED_ENTRY}`,
      headers: {
        'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${ACCEPT_FRAMES}`,
        'Cache-Control': NO_CACHE,
      },
    },
    // The worker and the manifest must be checked on every visit; hashed files never change.
    { path: `${base}sw.js`, headers: { 'Cache-Control': NO_CACHE } },
    { path: `${base}manifest.webmanifest`, headers: { 'Cache-Control': NO_CACHE } },
    {
      path: `${base}assets/*`,
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
    },
  ]
}

/** The rules in the `_headers` format that Netlify and Cloudflare Pages read from the site. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  return rules
    .map(
      ({ path, headers }) =>
        `${path}\n${Object.entries(headers)
          .map(([name, value]) => `  ${name}: ${value}`)
          .join('\n')}`,
    )
    .join('\n')
    .concat('\n')
}
