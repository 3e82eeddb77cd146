/** `tsx tests/e2e/serve-dist.ts [DIR=dist] [PORT=4173]`: the static host the e2e tests run against. */
import { StaticHost } from './static-host'

const [dir = 'dist', port = '4173'] = process.argv.slice(2)
const host = await new StaticHost(dir).start(Number(port))
console.log(`serving ${dir} at ${host.url} (missing files answer 404)`)
