import { useId, useState } from 'react'
import { questionnaire, releasedQuestionnaires } from 'virtual:content'
import { links } from '@/ui/links'
import { PageHeading } from '@/ui/page-heading'
import { navigate } from '@/ui/router'
import { asSentence, codeErrorText } from '@/ui/code-error-text'
import { useLocale, useMessages } from '@/ui/use-locale'
import { resultsMessages } from './messages'
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
  const message = asSentence(
    codeErrorText(error, locale, codeSymbols(questionnaire, releasedQuestionnaires)),
  )
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
