/**
 * `npm run test:stress`: `npm test` while two CPU-bound processes keep the cores busy, as happens
 * when CI runs on a developer's machine. It passes only when every test passes: no test may
 * depend on a quiet machine. STRESS_PROCESSES changes how many busy processes run (default 2).
 */
import { spawn, type ChildProcess } from 'node:child_process'

const count = Number(process.env.STRESS_PROCESSES ?? 2)
const busy: ChildProcess[] = Array.from({ length: count }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
)
const stopBusy = () => busy.forEach((child) => child.kill('SIGKILL'))
process.on('exit', stopBusy)
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopBusy()
    process.exit(130)
  })

console.log(`npm test with ${count} CPU-bound processes running beside it…`)
const started = performance.now()
const tests = spawn('npm', ['test'], { stdio: 'inherit' })
tests.on('exit', (code) => {
  stopBusy()
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const verdict = code === 0 ? 'passed' : 'FAILED'
  console.log(`\ntest:stress: npm test ${verdict} in ${seconds} s beside ${count} busy processes`)
  process.exit(code ?? 1)
})
