import { defineConfig, devices } from '@playwright/test'

/** Set E2E_PORT to run several checkouts' end-to-end tests side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173)
/** Debian's Chromium: Playwright never downloads a browser here. Override with CHROMIUM_PATH. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** How every test's browser starts; a spec that needs more flags (a fake camera) adds to these. */
export const chromiumLaunchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One worker in CI: on a busy two-core machine, two browsers at once only make each test slower.
  workers: process.env.CI ? 1 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Hang guards, not speed checks: CI runs on a busy two-core machine where an axe run on a long
  // page takes seconds. A test that does a lot of real work says so with test.slow().
  timeout: process.env.CI ? 90_000 : 30_000,
  expect: { timeout: process.env.CI ? 15_000 : 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    locale: 'fr-FR',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    // Serves the production build as a plain static host does: a missing file is a 404, and the
    // headers are those of dist/_headers (tests/e2e/static-host.ts). `--mode e2e` only adds test
    // probes (window.__capActorCount); `npm run build` never has them.
    command: `npx vite build --mode e2e --logLevel error && npx tsx scripts/check-precache.ts && npx tsx tests/e2e/serve-dist.ts dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
