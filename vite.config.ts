import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { offlinePlugin } from './src/app/offline-plugin.ts'
import { contentPlugin } from './src/content/vite-plugin-content.ts'

/**
 * `base` is relative by default, so `dist/` works from any folder of any static host
 * (routes live in the URL hash). Set BASE_PATH=/some/path/ for an absolute base.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [react(), contentPlugin(), offlinePlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    manifest: true,
    target: 'es2022',
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // Hang guards, not speed checks: CI runs on a busy two-core machine (see `npm run test:stress`).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup.ts'],
          // A component test loads lazy pages and their content: many seconds on a loaded machine.
          testTimeout: 60_000,
        },
      },
    ],
  },
})
