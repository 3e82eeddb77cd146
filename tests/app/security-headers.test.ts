// @vitest-environment node
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  formatHeadersFile,
  headerRules,
  REFERRER_POLICY,
} from '@/app/security-headers'

const README = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8')
const block = (language: string) =>
  new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(README)?.[1] ?? ''

describe('the security headers', () => {
  it('refuse frames for the app, accept them for the embed entry only', () => {
    const csp = (path: string) =>
      headerRules('/').find((rule) => rule.path === path)?.headers['Content-Security-Policy']
    expect(csp('/')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    expect(csp('/index.html')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    expect(csp('/integre.html')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors *`)
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
  })

  it('follow the base path in _headers', () => {
    const file = formatHeadersFile(headerRules('/orientation/'))
    expect(file).toContain('/orientation/integre.html\n  Content-Security-Policy:')
    expect(file).toContain(
      '/orientation/assets/*\n  Cache-Control: public, max-age=31536000, immutable',
    )
  })

  it.each(['nginx', 'apache'])('are the same in the README’s %s configuration', (language) => {
    const config = block(language)
    expect(config).toContain(CONTENT_SECURITY_POLICY)
    expect(config).toContain("frame-ancestors 'none'")
    expect(config).toContain('frame-ancestors *')
    expect(config).toContain(`Referrer-Policy "${REFERRER_POLICY}"`)
    expect(config).toContain('X-Content-Type-Options "nosniff"')
    expect(config).toContain('Strict-Transport-Security "max-age=31536000"')
    expect(config).toContain('public, max-age=31536000, immutable')
  })
})
