/**
 * The project's commit-message rules (CONTRIBUTING.md): a subject of at most 72 characters, a
 * blank line, then a body that says why. Pure, so that the rules are tested on their own.
 */
export const MAX_SUBJECT_LENGTH = 72
/** A body shorter than this cannot say why ("fix", "wip", "typo"). */
export const MIN_BODY_LENGTH = 30

/** Trailers (`Co-authored-by: …`) do not count as a body. */
const TRAILER = /^[A-Za-z][\w-]*: .+$/

/** What is wrong with a commit message; an empty list when it follows the rules. */
export function commitMessageProblems(message: string): string[] {
  const lines = message.replace(/\r\n/g, '\n').trimEnd().split('\n')
  const subject = lines[0] ?? ''
  const problems: string[] = []
  if (subject.trim() === '') problems.push('the subject is empty')
  if ([...subject].length > MAX_SUBJECT_LENGTH)
    problems.push(
      `the subject has ${[...subject].length} characters (${MAX_SUBJECT_LENGTH} at most)`,
    )
  if (lines.length > 1 && lines[1]?.trim() !== '')
    problems.push('a blank line must separate the subject from the body')
  const body = lines
    .slice(1)
    .filter((line) => !TRAILER.test(line.trim()))
    .join(' ')
    .trim()
  if (body.length < MIN_BODY_LENGTH)
    problems.push(
      body === ''
        ? 'there is no body: say why the change was made'
        : `the body is too short to say why (${body.length} characters, ${MIN_BODY_LENGTH} at least)`,
    )
  return problems
}
