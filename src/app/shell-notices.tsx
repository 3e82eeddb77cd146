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
export function ShellNotices({ embedded }: { embedded: boolean }) {
  const t = useMessages(shellMessages)
  const notice = useAppStore((s) => s.storageNotice)
  const dismiss = useAppStore((s) => s.dismissStorageNotice)
  const update = useAvailableUpdate()
  return (
    <div role="status">
      {/* In a host's frame, blocked storage is common and handled: one line, not a warning. */}
      {notice === 'unavailable' && embedded ? (
        <div className="notice notice--line">
          <p>{t.noticeUnavailableEmbed}</p>
          <button
            type="button"
            className="notice__close"
            aria-label={t.dismissNote}
            onClick={dismiss}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : (
        notice && (
          <div className="notice">
            <p>{t[STORAGE_TEXT[notice]]}</p>
            <button type="button" className="button button--quiet" onClick={dismiss}>
              {t.dismiss}
            </button>
          </div>
        )
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
