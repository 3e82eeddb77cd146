import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { offlinePlugin } from './src/app/offline-plugin.ts'
import { frenchTypographyPlugin } from './src/app/typography-plugin.ts'
import { contentPlugin } from './src/content/vite-plugin-content.ts'

/**
 * `base` is relative by default, so `dist/` works from any folder of any static host
 * (routes live in the URL hash). Set BASE_PATH=/some/path/ for an absolute base.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [frenchTypographyPlugin(), react(), contentPlugin(), offlinePlugin()],
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
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup-accessible-names.ts', 'tests/setup.ts'],
    restoreMocks: true,
  },
})
