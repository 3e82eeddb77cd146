import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { deployPlugin } from './src/app/deploy-plugin.ts'
import { licencesPlugins } from './src/app/licences-plugin.ts'
import { devBasePlugin } from './src/app/prerender-plugin.ts'
import { frenchTypographyPlugin } from './src/app/typography-plugin.ts'
import { webAppManifest } from './src/app/web-app-manifest.ts'
import { contentPlugin } from './src/content/vite-plugin-content.ts'

const licences = licencesPlugins()

/**
 * `base` is relative by default, so `dist/` works from any folder of any static host (each
 * pre-rendered page names the site's root in its `<base href>`). Set BASE_PATH=/some/path/ for
 * an absolute base; SITE_URL=https://… for canonical links and sitemap.xml.
 * OFFLINE=off builds a worker that removes itself (README "Deploy": retiring the worker).
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [
    frenchTypographyPlugin(),
    react(),
    contentPlugin(),
    deployPlugin(),
    devBasePlugin(),
    licences.app,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      selfDestroying: process.env.OFFLINE === 'off',
      manifest: webAppManifest,
      // The icons are in the glob below already; listing them twice would precache them twice.
      includeManifestIcons: false,
      injectManifest: {
        // The precache list is read from the files the build wrote, so it names only real files.
        globPatterns: ['**/*.{html,js,css,svg,png,woff2,wasm}'],
        // embed.js runs in host pages, which the worker never serves.
        globIgnores: ['.vite/**', 'sw.js', 'embed.js'],
        buildPlugins: { vite: licences.worker },
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // React DOM in a chunk of its own: the starter runs the app's chunks one task at a time
        // (see `starterModule`), and React DOM alone is a third of the app's start-up work.
        codeSplitting: {
          groups: [{ name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/ }],
        },
      },
    },
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
          setupFiles: ['tests/setup-accessible-names.ts', 'tests/setup.ts'],
          // A component test loads lazy pages and their content: many seconds on a loaded machine.
          testTimeout: 60_000,
        },
      },
    ],
  },
})
