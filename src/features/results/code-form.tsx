import { useId, useState } from 'react'
import { questionnaire, releasedQuestionnaires } from 'virtual:content'
import { links } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import { navigate } from '@/ui/router'
import { useLocale, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
import { formatList } from '@/lib/i18n'
import { codeSymbols, type ResultCodeError } from '@/lib/questionnaire/result-code-logic'

/** Type a code seen elsewhere (a classmate's, one's own from another device). */
export function CodeForm({ initial = '' }: { initial?: string }) {
  const t = useMessages(resultsMessages)
  const id = useId()
  const [value, setValue] = useState(initial)
  return (
    <form
      className="panel results-code-form no-print"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault()
        const code = value.trim().replace(/\s+/g, '').toUpperCase()
        if (code) navigate(`/resultats/${code}`)
      }}
    >
      <h2 id={`${id}-title`}>{t.codeFormTitle}</h2>
      <label htmlFor={`${id}-input`}>{t.codeFormLabel}</label>
      <p id={`${id}-hint`} className="muted">
        {t.codeFormHint}
      </p>
      <div className="results-code-form__row">
        <input
          id={`${id}-input`}
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          aria-describedby={`${id}-hint`}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t.codeFormSubmit}
        </button>
      </div>
    </form>
  )
}

/** Says plainly what is wrong with a code, and offers to type it again. */
export function CodeError({ code, error }: { code: string; error: ResultCodeError }) {
  const t = useMessages(resultsMessages)
  const locale = useLocale()
  const { short, full } = codeSymbols(questionnaire, releasedQuestionnaires)
  const message = (() => {
    switch (error.kind) {
      case 'empty':
        return t.empty
      case 'too-long':
        return t['too-long'](error.length)
      case 'bad-character':
        return t['bad-character'](error.character, error.position + 1)
      case 'wrong-length':
        return t['wrong-length'](
          error.symbols,
          formatList([String(short), String(full)], locale, 'disjunction'),
        )
      case 'bad-checksum':
        return t['bad-checksum']
      case 'other-version':
        return t['other-version'](error.version, error.current)
      case 'impossible-answers':
        return t['impossible-answers']
    }
  })()
  return (
    <div className="page page-narrow results">
      <PageHeading>{t.codeErrorTitle}</PageHeading>
      <p className="results-code-error" role="alert">
        {message}
      </p>
      <CodeForm initial={code.length <= 40 ? code : ''} />
      <p className="inline-links">
        <a href={links.quiz()}>{t.takeQuiz}</a>
      </p>
    </div>
  )
}
