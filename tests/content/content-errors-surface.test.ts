// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import { contentPlugin } from '@/content/vite-plugin-content'
import { copyFixture } from './content-fixture'

const REPO = path.resolve(__dirname, '../..')
const TSX = path.join(REPO, 'node_modules/.bin/tsx')
const CHECK = path.join(REPO, 'scripts/content-check.ts')

function brokenFixture() {
  const fixture = copyFixture()
  const line = fixture.edit('roles/superviseur.yaml', 'leadership: 3', 'leadership: high')
  const message = `content/roles/superviseur.yaml:${line} profile.leadership: expected a whole number from 0 to 3, got "high"`
  return { ...fixture, message }
}

// Each test starts a Node process or a Vite build: real work, slow on a busy machine.
describe(
  'a content error stops every entry point with file:line field: message',
  { timeout: 60_000 },
  () => {
    it('npm run content:check exits 1 and prints it', () => {
      const { root, message } = brokenFixture()
      const run = spawnSync(TSX, [CHECK], { cwd: root, encoding: 'utf8' })
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(message)
      expect(run.stderr).toContain('content:check found 1 problem.')
    })

    it('content:check passes on valid content and says what it read', () => {
      const { root } = copyFixture()
      const run = spawnSync(TSX, [CHECK], { cwd: root, encoding: 'utf8' })
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(/^content:check OK — \d+ sources, 2 roles, 3 diplomas/)
    })

    it('vite build fails with it', async () => {
      const { root, message } = brokenFixture()
      writeFileSync(
        path.join(root, 'index.html'),
        '<script type="module" src="./main.js"></script>',
      )
      writeFileSync(
        path.join(root, 'main.js'),
        "import { roles } from 'virtual:content'\nconsole.log(roles)\n",
      )
      await expect(
        build({
          root,
          configFile: false,
          logLevel: 'silent',
          plugins: [contentPlugin()],
          build: { write: false },
        }),
      ).rejects.toThrow(message)
    })
  },
)
