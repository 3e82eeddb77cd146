import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@/ui/styles/tokens.css'
import '@/ui/styles/base.css'
import '@/ui/styles/shell.css'
import { App } from './app'
import { offerUpdate } from './app-update'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// Offline once loaded (production builds only; the worker is src/app/sw.ts). A new version
// waits for the reader: the notice's button activates it and reloads.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const HOUR = 60 * 60 * 1000
  void import('virtual:pwa-register').then(({ registerSW }) => {
    // Reload ourselves once the new worker controls the page: the plugin's own reload skips
    // updates found after start-up (the hourly check, a deployment while the app is open).
    const reloadWhenActive = () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
        once: true,
      })
      void update()
    }
    const update = registerSW({
      onNeedRefresh: () => offerUpdate(reloadWhenActive),
      onRegisteredSW: (_url, registration) => {
        // A class may keep the app open all day: look for a new deployment every hour.
        if (registration) setInterval(() => void registration.update(), HOUR)
      },
    })
  })
}
