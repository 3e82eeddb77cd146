/**
 * `npm run bench:pages`: how fast each page shows on a weak connection and a slow device.
 * Serves the production build, loads every route in Debian's Chromium with a throttled network
 * (1.6 Mbit/s down, 150 ms latency — weak school Wi-Fi) and a 4× slower CPU, and prints the
 * median first contentful paint, the time until the page's heading is visible, and the bytes
 * transferred, over several cold loads. A benchmark to quote, not a test: it never fails on time.
 */
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'

const PORT = Number(process.env.BENCH_PORT ?? 4399)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const ROUTES = ['/', '/quiz', '/resultats', '/metiers', '/formations', '/secteur', '/a-propos']
const BASE = `http://127.0.0.1:${PORT}/`

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`no server at ${url}`)
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
})
try {
  await waitForServer(BASE)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  console.log(
    `Cold loads, ${RUNS} runs each; network 1.6 Mbit/s, 150 ms RTT; CPU 4× slower. Medians:`,
  )
  console.log(
    'route'.padEnd(14),
    'FCP ms'.padStart(8),
    'heading ms'.padStart(11),
    'kB sent'.padStart(9),
  )
  for (const route of ROUTES) {
    const fcp: number[] = []
    const heading: number[] = []
    const bytes: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' })
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      let transferred = 0
      cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
        transferred += event.encodedDataLength
      })
      const start = Date.now()
      await page.goto(`${BASE}#${route}`)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      heading.push(Date.now() - start)
      fcp.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        ),
      )
      await page.waitForLoadState('networkidle')
      bytes.push(transferred / 1000)
      await context.close()
    }
    console.log(
      route.padEnd(14),
      median(fcp).toFixed(0).padStart(8),
      median(heading).toFixed(0).padStart(11),
      median(bytes).toFixed(1).padStart(9),
    )
  }
  await browser.close()
} finally {
  server.kill()
}
