import { useEffect, useState } from 'react'
import type { Questionnaire } from '@/content/schemas'
import { progressInAddress } from '@/lib/embed-bridge'
import { decodeProgress } from '@/lib/questionnaire/progress-code-logic'
import { openSavedQuiz, type OpenedQuiz } from '@/lib/questionnaire/reconcile'
import { useAppStore } from './app-store'

/** The quiz saved on this device or, in a frame whose browser keeps nothing, in its address. */
function savedOrInAddress(questionnaire: Questionnaire) {
  const saved = useAppStore.getState().quiz
  if (saved) return { saved, fromAddress: false }
  const inAddress = decodeProgress(progressInAddress(), questionnaire)
  return { saved: inAddress, fromAddress: inAddress !== undefined }
}

/**
 * The questionnaire saved on this device, checked against today's questionnaire once, when a page
 * opens it (the quiz, the results). Answers today's content cannot take are dropped: the cleaned
 * save is written back, with a notice that says so. An embedded frame with nothing saved (its
 * browser refuses it storage) opens the progress its address holds, and keeps it in the store.
 */
export function useSavedQuiz(questionnaire: Questionnaire): OpenedQuiz['quiz'] | undefined {
  const [{ opened, fromAddress }] = useState(() => {
    const { saved, fromAddress } = savedOrInAddress(questionnaire)
    return { opened: openSavedQuiz(questionnaire, saved), fromAddress }
  })
  useEffect(() => {
    if (!opened || (opened.dropped.length === 0 && !fromAddress)) return
    const { saveQuiz, showStorageNotice } = useAppStore.getState()
    saveQuiz({ ...opened.quiz, version: questionnaire.version })
    if (opened.dropped.length > 0) showStorageNotice('answers-dropped')
  }, [opened, fromAddress, questionnaire])
  return opened?.quiz
}
