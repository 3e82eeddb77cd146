import { useEffect, useState } from 'react'
import type { Questionnaire } from '@/content/schemas'
import { openSavedQuiz, type OpenedQuiz } from '@/lib/questionnaire/reconcile'
import { useAppStore } from './app-store'

/**
 * The questionnaire saved on this device, checked against today's questionnaire once, when a page
 * opens it (the quiz, the results). Answers today's content cannot take are dropped: the cleaned
 * save is written back, with a notice that says so.
 */
export function useSavedQuiz(questionnaire: Questionnaire): OpenedQuiz['quiz'] | undefined {
  const [opened] = useState(() => openSavedQuiz(questionnaire, useAppStore.getState().quiz))
  useEffect(() => {
    if (!opened || opened.dropped.length === 0) return
    const { saveQuiz, showStorageNotice } = useAppStore.getState()
    saveQuiz({ ...opened.quiz, version: questionnaire.version })
    showStorageNotice('answers-dropped')
  }, [opened, questionnaire])
  return opened?.quiz
}
