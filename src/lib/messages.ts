import type { Locale } from '@/content/vocabulary'

type MessageValue = string | ((...args: never[]) => string)

/** The English catalogue must have exactly the French one's keys and signatures: a gap is a type error. */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string
}

export type Messages<T> = Record<Locale, Catalogue<T>>

export function defineMessages<const T extends Record<string, MessageValue>>(catalogues: {
  fr: T
  en: NoInfer<Catalogue<T>>
}): Messages<T> {
  return catalogues as unknown as Messages<T>
}
