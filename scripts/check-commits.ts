/**
 * `npm run check:commits`: checks the messages of the commits made since the rules exist
 * (CONTRIBUTING.md). The commits before `.ci/commit-base` are history and are left alone; merge
 * commits and the commits that a merge brought in (reached only through a merge's second
 * parent) are not this branch's own and are skipped. Give another base as an argument to check
 * a different range: `npm run check:commits -- main`.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { commitMessageProblems } from './commit-message-logic'

const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

const base = process.argv[2] ?? readFileSync('.ci/commit-base', 'utf8').trim()
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
  .filter(Boolean)
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
