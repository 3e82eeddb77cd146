import { Fragment, useState } from 'react'
import { questionnaire } from 'virtual:content'
import type { Locale } from '@/lib/i18n'
import type { QuizLength } from '@/lib/questionnaire/answers'
import { estimatedMinutes } from '@/lib/questionnaire/navigation'
import { links } from '@/ui/links'
import { QrCode } from '@/ui/qr-code'
import { absoluteHref } from '@/ui/router'
import { useLocale, useMessages } from '@/ui/use-locale'
import { classroomMessages } from './messages'

/**
 * The address students open: this app, wherever it is hosted (any folder), on the questionnaire
 * at the chosen length and in the chosen language.
 */
export function studentLink(length: QuizLength, locale: Locale, sharedDevice = false): string {
  const route = links.quiz(length, { sharedDevice })
  const separator = route.includes('?') ? '&' : '?'
  return absoluteHref(`${route}${separator}lang=${locale}`)
}

/** Lets a long link wrap after its slashes and separators, never in the middle of a word. */
function Breakable({ text }: { text: string }) {
  const parts: string[] = []
  let current = ''
  for (const character of text) {
    current += character
    if ('/?&#=.'.includes(character)) {
      parts.push(current)
      current = ''
    }
  }
  if (current) parts.push(current)
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  )
}

interface StudentLinkProps {
  length: QuizLength
  /** The class's language: the projected texts and the questionnaire use it. */
  locale: Locale
  /** Students share the class's devices: the link opens the shared-device mode. */
  sharedDevice?: boolean
}

/** The projected instructions: the link in very large type, its QR code, and the three steps. */
export function StudentLink({ length, locale, sharedDevice = false }: StudentLinkProps) {
  const t = classroomMessages[locale]
  const page = useMessages(classroomMessages)
  const pageLocale = useLocale()
  const [copied, setCopied] = useState('')
  const link = studentLink(length, locale, sharedDevice)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setCopied(page.linkCopied)
    } catch {
      setCopied(page.linkCopyFailed)
    }
  }
  return (
    <div className="classroom-link">
      <div className="classroom-link__text">
        <p className="classroom-link__kicker">
          {t.lengthAndLanguage(
            length === 'short' ? t.shortName : t.fullName,
            locale === 'fr' ? t.frenchName : t.englishName,
          )}
        </p>
        <h3 className="classroom-link__title">{t.studentsTitle}</h3>
        <ol className="classroom-link__steps">
          <li>
            {t.studentStep1}{' '}
            <span className="classroom-link__url" data-testid="student-link">
              <Breakable text={link} />
            </span>
          </li>
          <li>{t.studentStep2(estimatedMinutes(questionnaire, length))}</li>
          <li>{t.studentStep3}</li>
        </ol>
        <p className="classroom-link__privacy">{t.studentPrivacy}</p>
        <p className="classroom-link__copy no-print" lang={pageLocale}>
          <button type="button" className="button" onClick={copy}>
            {page.copyLink}
          </button>{' '}
          <span role="status">{copied}</span>
        </p>
      </div>
      <QrCode text={link} label={t.qrLabel(link)} tooLong={t.qrTooLong} className="classroom-qr" />
    </div>
  )
}
