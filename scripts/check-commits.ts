/**
 * `npm run check:commits`: checks the messages of the commits made since the rules exist
 * (CONTRIBUTING.md). The commits before `.ci/commit-base` are history and are left alone, as are
 * the few listed in `.ci/commit-exceptions` (made after it, before the check could stop them);
 * merge commits and the commits that a merge brought in (reached only through a merge's second
 * parent) are not this branch's own and are skipped. Another base can be given as an argument:
 * `npm run check:commits -- main`.
 *
 * `npm run check:commits -- --message-file FILE` checks one message (the commit-msg hook in
 * .githooks/ does that before each commit).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { commitMessageProblems } from './commit-message-logic'

const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

const [first, second] = process.argv.slice(2)
if (first === '--message-file') {
  const problems = commitMessageProblems(
    readFileSync(second ?? '', 'utf8').replace(/^#.*\n?/gm, ''),
  )
  for (const problem of problems) console.error(`commit message: ${problem}`)
  if (problems.length > 0) console.error('See CONTRIBUTING.md, "Commit messages".')
  process.exit(problems.length === 0 ? 0 : 1)
}

const base = first ?? readFileSync('.ci/commit-base', 'utf8').trim()
const exceptions = existsSync('.ci/commit-exceptions')
  ? new Set(
      readFileSync('.ci/commit-exceptions', 'utf8')
        .split('\n')
        .map((line) => line.split('#')[0]?.trim() ?? '')
        .filter(Boolean),
    )
  : new Set<string>()
try {
  git('cat-file', '-e', `${base}^{commit}`)
} catch {
  const shallow = git('rev-parse', '--is-shallow-repository') === 'true'
  console.error(
    `check:commits: the base commit ${base} is not in this clone` +
      (shallow ? ' (a shallow clone: fetch the full history).' : '.'),
  )
  process.exit(1)
}

const commits = git('rev-list', '--first-parent', '--no-merges', `${base}..HEAD`)
  .split('\n')
  .filter((commit) => commit && !exceptions.has(commit))
let failures = 0
for (const commit of commits) {
  const problems = commitMessageProblems(git('log', '-1', '--format=%B', commit))
  if (problems.length === 0) continue
  failures++
  console.error(`${commit.slice(0, 10)} ${git('log', '-1', '--format=%s', commit)}`)
  for (const problem of problems) console.error(`  - ${problem}`)
}
console.log(
  `check:commits: ${commits.length} commit${commits.length === 1 ? '' : 's'} since ${base.slice(0, 10)}, ` +
    (failures === 0 ? 'all follow the rules' : `${failures} do not (see CONTRIBUTING.md)`),
)
process.exit(failures === 0 ? 0 : 1)
