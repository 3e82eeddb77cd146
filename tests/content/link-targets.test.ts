// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import { refusedLinkReason } from '@/content/link-targets'
import { checkMarkdown, renderMarkdown } from '@/content/markdown'
import { contentPlugin } from '@/content/vite-plugin-content'
import { copyFixture } from './content-fixture'

const REPO = path.resolve(__dirname, '../..')
const TSX = path.join(REPO, 'node_modules/.bin/tsx')
const CHECK = path.join(REPO, 'scripts/content-check.ts')
const PAGE = 'pages/confidentialite.fr.md'

const contentCheck = (root: string) => spawnSync(TSX, [CHECK], { cwd: root, encoding: 'utf8' })

describe('refusedLinkReason', () => {
  it.each([
    'https://www.onisep.fr/',
    'mailto:contact@example.org',
    '#/metiers',
    './a-propos',
    'notes.html',
  ])('allows %s', (target) => expect(refusedLinkReason(target)).toBeUndefined())

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'http://example.org/',
    '//evil.example/',
    'file:///etc/passwd',
  ])('refuses %j', (target) =>
    expect(refusedLinkReason(target)).toMatch(/^(links may only|a link to another host)/),
  )
})

describe('Markdown pages', () => {
  it('render with CommonMark, escaping HTML and never writing a script link', () => {
    const html = renderMarkdown(
      '## Titre\n\nUn [lien](https://example.org/) et <b onclick="x">ça</b>.\n\n[x](javascript:alert(1))',
    )
    expect(html).toContain('<h2>Titre</h2>')
    expect(html).toContain('<a href="https://example.org/">lien</a>')
    expect(html).toContain('&lt;b onclick=&quot;x&quot;&gt;')
    expect(html).not.toContain('javascript:')
  })

  it('report each refused target and each piece of raw HTML with its line', () => {
    const source = [
      'Intro [ok](#/quiz).',
      '',
      '[x](javascript&#58;alert(1)) and ![img](data:image/png;base64,AAAA)',
      '',
      '<div>raw</div>',
      '',
      '[ref]: http://example.org/',
      '<javascript:alert(1)>',
    ].join('\n')
    expect(
      checkMarkdown(source).map(({ line, message }) => `${line} ${message.split(',')[0]}`),
    ).toEqual([
      '3 links may only use https:',
      '3 links may only use https:',
      '5 HTML is not allowed in content pages: write it in Markdown',
      '7 links may only use https:',
      '8 links may only use https:',
    ])
  })
})

// Each case runs the real check in a child process or a real build: patient on a busy machine.
describe(
  'content:check and the build refuse an unsafe link, naming file:line',
  { timeout: 60_000 },
  () => {
    it('in a Markdown page', () => {
      const fixture = copyFixture()
      const line = fixture.edit(
        PAGE,
        'Pour tout effacer',
        '[Voir](javascript:fetch(localStorage)) Pour tout effacer',
      )
      const run = contentCheck(fixture.root)
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(
        `content/${PAGE}:${line} links may only use https:, mailto:, an in-app #/ address or a relative path, got "javascript:fetch(localStorage)"`,
      )
    })

    it('in a source URL', () => {
      const fixture = copyFixture()
      const line = fixture.edit(
        'sources/jobs.yaml',
        '    group: jobs',
        '    url: javascript:alert(document.cookie)\n    group: jobs',
      )
      const run = contentCheck(fixture.root)
      expect(run.status).toBe(1)
      expect(run.stderr).toMatch(
        new RegExp(
          `content/sources/jobs\\.yaml:${line} sources\\[0\\]\\.url: expected a full web address starting with https://`,
        ),
      )
    })

    it('in vite build', async () => {
      const fixture = copyFixture()
      fixture.edit(PAGE, 'Pour tout effacer', '[x](data:text/html,hi) Pour tout effacer')
      writeFileSync(
        path.join(fixture.root, 'index.html'),
        '<script type="module" src="./main.js"></script>',
      )
      writeFileSync(
        path.join(fixture.root, 'main.js'),
        "import { pages } from 'virtual:content'\nconsole.log(pages)\n",
      )
      await expect(
        build({
          root: fixture.root,
          configFile: false,
          logLevel: 'silent',
          plugins: [contentPlugin()],
          build: { write: false },
        }),
      ).rejects.toThrow(/content\/pages\/confidentialite\.fr\.md:\d+ links may only use https:/)
    })
  },
)
