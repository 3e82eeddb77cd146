import { useAppStore } from '@/store/app-store'
import type { StorageNotice } from '@/store/safe-storage'
import { useMessages } from '@/ui/use-locale'
import { useAvailableUpdate } from './app-update'
import { shellMessages } from './messages'

const STORAGE_TEXT = {
  corrupt: 'noticeCorrupt',
  'newer-version': 'noticeNewerVersion',
  'unknown-version': 'noticeUnknownVersion',
  unavailable: 'noticeUnavailable',
  full: 'noticeFull',
  repaired: 'noticeRepaired',
  'answers-dropped': 'noticeAnswersDropped',
} as const satisfies Record<StorageNotice, string>

/**
 * The shell's one live region: says plainly when saved data could not be used, and when a new
 * version is ready ("Nouvelle version disponible — recharger"; it starts only when asked).
 */
export function ShellNotices() {
  const t = useMessages(shellMessages)
  const notice = useAppStore((s) => s.storageNotice)
  const dismiss = useAppStore((s) => s.dismissStorageNotice)
  const update = useAvailableUpdate()
  return (
    <div role="status">
      {notice && (
        <div className="notice">
          <p>{t[STORAGE_TEXT[notice]]}</p>
          <button type="button" className="button button--quiet" onClick={dismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
      {update && (
        <div className="notice">
          <p>{t.updateAvailable}</p>
          <button type="button" className="button" onClick={update}>
            {t.updateReload}
          </button>
        </div>
      )}
    </div>
  )
}
