import { useAppStore } from '@/store/app-store'
import { useMessages } from '@/ui/use-locale'
import { shellMessages } from './messages'

const TEXT = {
  corrupt: 'noticeCorrupt',
  'future-version': 'noticeFutureVersion',
  unavailable: 'noticeUnavailable',
  repaired: 'noticeRepaired',
  'answers-dropped': 'noticeAnswersDropped',
} as const

/** Says plainly when saved data could not be used, so nobody wonders where their settings went. */
export function StorageNoticeBanner() {
  const t = useMessages(shellMessages)
  const notice = useAppStore((s) => s.storageNotice)
  const dismiss = useAppStore((s) => s.dismissStorageNotice)
  return (
    <div role="status" className={notice ? 'notice' : undefined}>
      {notice && (
        <>
          <p>{t[TEXT[notice]]}</p>
          <button type="button" className="button button--quiet" onClick={dismiss}>
            {t.dismiss}
          </button>
        </>
      )}
    </div>
  )
}
