import type { Localized } from '@/lib/i18n'
import { useAppStore } from '@/store/app-store'
import { useLocalized } from './use-locale'

/** Whether the student chose « Lecture facile » in the reading settings. */
export const useEasyRead = () => useAppStore((s) => s.settings.easyRead)

/**
 * `const w = useWording(); w(question.prompt, question.promptEasy)` — the text in the active
 * language, in its easy-read wording when the setting is on and the content has one.
 */
export function useWording(): (normal: Localized, easy?: Localized) => string {
  const l = useLocalized()
  const easyRead = useEasyRead()
  return (normal, easy) => l(easyRead && easy ? easy : normal)
}
