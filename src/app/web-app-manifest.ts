/**
 * Build-time only: the web app manifest, so that a student can add the app to a phone's home
 * screen. Icons are drawn in `public/` (one SVG, PNGs for the systems that need them).
 */
import type { ManifestOptions } from 'vite-plugin-pwa'

export const webAppManifest: Partial<ManifestOptions> = {
  id: './',
  name: 'Cap Relation Client',
  short_name: 'Cap Relation',
  description:
    'Quiz d’orientation et guide des formations pour les métiers de la relation client à distance.',
  lang: 'fr',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0b5cad',
  icons: [
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
}
