/**
 * French typography, as a pure text transform and as a checker.
 *
 * The transform puts the no-break spaces French asks for where a writer typed an ordinary space
 * (or none): U+202F (narrow no-break space) before « ; ! ? », inside « », before « % » and between
 * the groups of a number such as 273 000; U+00A0 (no-break space) before « : », between a number and
 * « € » or a unit symbol, and after « n° ». A line can then never start with « ? », « : » or « » ».
 * A straight apostrophe between two letters (l'information) becomes the typographic one (’).
 * It never inserts a space inside a URL, a time (10:30), a query string (?lang=en) or a word, and it
 * is idempotent. English text is never passed through it.
 *
 * The checker reports each place where a French text still has an ordinary space (or no space)
 * where French wants a no-break one. Tests run it over everything the app shows in French.
 */

export const NNBSP = '\u202f'
export const NBSP = '\u00a0'

/** Ordinary spaces and no-break spaces: what may stand between a word and its punctuation. */
const SPACES = '[ \\u00a0\\u202f]'
/** Unit symbols kept with their number. */
const UNITS = '(?:€|k€|M€|Md|h|min|km|kg|Go|Mo|ko|°C)'
/** What may follow a high punctuation mark for it to be prose punctuation, not code or a URL. */
const AFTER = '(?=$|[\\s\\u00a0\\u202f»)\\]"’\'.,…;:!?])'

/** Parts of a text the transform leaves alone: URLs, e-mail addresses, `code` and HTML entities. */
const PROTECTED = /https?:\/\/[^\s<>"]+|\b[\w.+-]+@[\w-]+\.[\w.-]+|`[^`]*`|&#?\w+;/g

interface Rule {
  pattern: RegExp
  replace: string | ((...groups: string[]) => string)
}

const RULES: Rule[] = [
  // n° 12 → n° 12 (no break after n°)
  { pattern: new RegExp(`([nN]°)${SPACES}+(?=\\w|$)`, 'g'), replace: `$1${NBSP}` },
  // 273 000 / 1 000 000 → narrow no-break spaces between the groups
  {
    pattern: /(^|[^\d.,\u00a0\u202f])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?![\d,.]?\d)/g,
    replace: (_m, before: string, number: string) => before + number.replace(/[ \u00a0]/g, NNBSP),
  },
  // 20 % → 20 % ; a space already typed before % always becomes a narrow one
  { pattern: new RegExp(`(\\d)${SPACES}*%`, 'g'), replace: `$1${NNBSP}%` },
  { pattern: /[ \u00a0]+%/g, replace: `${NNBSP}%` },
  // 14,6 € / 10 h / 3,5 Md € → no break between a number and its unit
  { pattern: new RegExp(`(\\d)${SPACES}*(${UNITS})(?![\\p{L}\\d])`, 'gu'), replace: `$1${NBSP}$2` },
  { pattern: new RegExp(`(\\d${NBSP}(?:Md|M|k))${SPACES}+€`, 'g'), replace: `$1${NBSP}€` },
  // 10 h 30 → the minutes stay with the hour
  { pattern: new RegExp(`(\\d${NBSP}h)${SPACES}+(\\d{2})(?!\\d)`, 'g'), replace: `$1${NBSP}$2` },
  // « mot » → narrow no-break spaces inside the guillemets
  { pattern: new RegExp(`«${SPACES}*`, 'g'), replace: `«${NNBSP}` },
  { pattern: new RegExp(`${SPACES}*»`, 'g'), replace: `${NNBSP}»` },
  // mot ; mot ! mot ? → narrow no-break space before ; ! ?
  {
    pattern: new RegExp(`([^\\s\\u00a0\\u202f«(\\[])${SPACES}*([;!?]+)${AFTER}`, 'g'),
    replace: `$1${NNBSP}$2`,
  },
  // a piece that starts with its punctuation (after a tag or a `${…}`): « ${n} ? » → ${n} ?
  { pattern: new RegExp(`^${SPACES}+([;!?]+)${AFTER}`), replace: `${NNBSP}$1` },
  { pattern: new RegExp(`^${SPACES}+:${AFTER}`), replace: `${NBSP}:` },
  // l'information → l’information: the apostrophe between two letters is the typographic one
  { pattern: /(\p{L})'(?=\p{L})/gu, replace: '$1’' },
  // mot : mot → no-break space before the colon (never in 10:30 or https:)
  {
    pattern: new RegExp(`([^\\s\\u00a0\\u202f«(\\[])${SPACES}*:${AFTER}`, 'g'),
    replace: `$1${NBSP}:`,
  },
]

function applyRules(text: string): string {
  return RULES.reduce(
    (out, rule) =>
      out.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string),
    text,
  )
}

/** The text with French no-break spaces; URLs, e-mail addresses, `code` and entities are left as they are. */
export function frenchTypography(text: string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(PROTECTED)) {
    out += applyRules(text.slice(last, match.index)) + match[0]
    last = match.index + match[0].length
  }
  return out + applyRules(text.slice(last))
}

export interface TypographyProblem {
  /** Index of the offending character in the text. */
  at: number
  message: string
  /** A few characters around the problem, with invisible spaces named. */
  excerpt: string
}

const CHECKS: { pattern: RegExp; message: string }[] = [
  {
    pattern: /(?:^|[^\s\u00a0\u202f]) ([;!?])(?=$|[\s»)"’.,…])/g,
    message: 'ordinary space before « ; ! ? »',
  },
  { pattern: /[\p{L}\d)»]([;!?])(?=\s|$)/gu, message: 'no space before « ; ! ? »' },
  { pattern: /(?:^|[^\s\u00a0\u202f]) :(?=$|\s)/g, message: 'ordinary space before « : »' },
  { pattern: /[\p{L})»]:(?=\s|$)/gu, message: 'no space before « : »' },
  { pattern: /« |[^\s\u00a0\u202f] »/g, message: 'ordinary space inside « »' },
  { pattern: /«(?=[^\s\u00a0\u202f])|[^\s\u00a0\u202f](?=»)/g, message: 'no space inside « »' },
  { pattern: /\d ?%/g, message: 'ordinary space (or none) before « % »' },
  {
    pattern: /(?:^|[^\d.,\u00a0\u202f])\d{1,3} \d{3}(?![\d,.]?\d)/g,
    message: 'ordinary space inside a number',
  },
  { pattern: /[nN]° /g, message: 'ordinary space after « n° »' },
  {
    pattern: new RegExp(`\\d ?${UNITS}(?![\\p{L}\\d])`, 'gu'),
    message: 'ordinary space (or none) between a number and its unit',
  },
  { pattern: /(?:^|\n)[ \t]*[;:!?»]/g, message: 'a line starts with « ; : ! ? » »' },
]

const visible = (s: string) =>
  s
    .replace(/\u202f/g, '⟨U+202F⟩')
    .replace(/\u00a0/g, '⟨U+00A0⟩')
    .replace(/\n/g, '⏎')

/** Each place where a French text breaks the rules above (URLs, e-mail addresses and `code` aside). */
export function typographyProblems(text: string): TypographyProblem[] {
  const masked = text.replace(PROTECTED, (m) => 'x'.repeat(m.length))
  const problems: TypographyProblem[] = []
  for (const { pattern, message } of CHECKS)
    for (const match of masked.matchAll(pattern)) {
      const at = match.index
      problems.push({
        at,
        message,
        excerpt: visible(text.slice(Math.max(0, at - 12), at + match[0].length + 12)),
      })
    }
  return problems.sort((a, b) => a.at - b.at)
}

/**
 * The same transform over HTML (the rendered Markdown pages): text between tags only, never a tag,
 * an attribute, an entity or what a `<code>` or `<pre>` element holds.
 */
export function frenchTypographyHtml(html: string): string {
  let depth = 0
  return html
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<(code|pre)\b/i.test(part)) depth++
        else if (/^<\/(code|pre)>/i.test(part)) depth = Math.max(0, depth - 1)
        return part
      }
      return depth > 0 ? part : frenchTypography(part)
    })
    .join('')
}
