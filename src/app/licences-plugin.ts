/**
 * Build-time only: `licences.txt`, the licence of every third-party package shipped in the build
 * (the app's bundles and the service worker's), with its full text, taken from the packages
 * themselves. The build fails if a package has no licence or one outside the allowed list.
 */
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import license, { type Dependency } from 'rollup-plugin-license'
import type { OutputBundle } from 'rolldown'
import type { Plugin } from 'vite'

export const LICENCES_FILE = 'licences.txt'
/** Permissive licences only: nothing in the bundle may impose its terms on the app. */
const ALLOWED = '(MIT OR ISC OR BSD-2-Clause OR BSD-3-Clause OR Apache-2.0 OR 0BSD)'

const HEADER = `Cap Relation Client — third-party software shipped with this site / logiciels tiers inclus.
The app itself is under the MIT licence (see LICENSE in its repository).
`

function collect(onDependencies: (dependencies: Dependency[]) => void): Plugin {
  return license({
    thirdParty: {
      includePrivate: false,
      allow: { test: ALLOWED, failOnUnlicensed: true, failOnViolation: true },
      output: onDependencies,
    },
  }) as Plugin
}

/** Fonts may ship under the SIL Open Font License; code may not. */
const ALLOWED_FOR_FILES = ['OFL-1.1', 'MIT', 'ISC', 'Apache-2.0']

/**
 * Packages that reach the build as files rather than code (fonts and their CSS): the licence
 * plugin sees only JavaScript modules.
 */
function packagesOfFiles(bundle: OutputBundle, root: string): Dependency[] {
  const dirs = new Set<string>()
  for (const output of Object.values(bundle)) {
    if (output.type !== 'asset') continue
    for (const original of output.originalFileNames) {
      const match = /^(.*?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(
        original.split(path.sep).join('/'),
      )
      if (match?.[1]) dirs.add(path.resolve(root, match[1]))
    }
  }
  return [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Dependency
    if (!pkg.license || !ALLOWED_FOR_FILES.includes(pkg.license))
      throw new Error(`${pkg.name}: licence ${pkg.license ?? 'none'} is not allowed in the build`)
    const licenceFile = readdirSync(dir).find((name) => /^(licen[cs]e|ofl)/i.test(name))
    const licenseText = licenceFile ? readFileSync(path.join(dir, licenceFile), 'utf8') : null
    return { ...pkg, licenseText } as Dependency
  })
}

const heading = (dependency: Dependency) => `${dependency.name} ${dependency.version ?? ''}`.trim()

const formatDependency = (dependency: Dependency) =>
  [
    heading(dependency),
    `Licence: ${dependency.license ?? 'none'}`,
    dependency.licenseText?.trim() ?? '',
  ].join('\n')

/**
 * `app` goes in the app's build and emits `licences.txt`; `worker` goes in the service worker's
 * build, which runs after the app's, and adds the packages bundled into `sw.js` to that file.
 */
export function licencesPlugins(): { app: Plugin[]; worker: Plugin[] } {
  let dependencies: Dependency[] = []
  let outDir = 'dist'
  let root = process.cwd()
  const app: Plugin = {
    name: 'cap-relation-client:licences',
    apply: 'build',
    configResolved(config) {
      root = config.root
      outDir = path.resolve(config.root, config.build.outDir)
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const sorted = [...dependencies, ...packagesOfFiles(bundle, root)].sort((a, b) =>
          heading(a).localeCompare(heading(b)),
        )
        this.emitFile({
          type: 'asset',
          fileName: LICENCES_FILE,
          source: [HEADER, ...sorted.map(formatDependency)].join('\n---\n\n') + '\n',
        })
      },
    },
  }
  const addWorkerDependencies = (found: Dependency[]) => {
    const file = path.join(outDir, LICENCES_FILE)
    if (!existsSync(file)) throw new Error(`${file} should exist before the worker is built`)
    const listed = readFileSync(file, 'utf8')
    const added = found.filter((dependency) => !listed.includes(`\n${heading(dependency)}\n`))
    if (added.length)
      appendFileSync(file, added.map((d) => `\n---\n\n${formatDependency(d)}\n`).join(''))
  }
  return {
    app: [collect((found) => (dependencies = found)), app],
    worker: [collect(addWorkerDependencies)],
  }
}
