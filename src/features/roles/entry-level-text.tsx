import type { Role } from '@/content/schemas'
import { CERTIFICATION_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import { useLocale, useMessages } from '@/ui/use-locale'
import { rolesMessages } from './messages'

/** "bac + 2 (Niveau 5) ou après une première expérience": a role's entry level in words. */
export function EntryLevelText({ entry }: { entry: Role['entry'] }) {
  const t = useMessages(rolesMessages)
  const locale = useLocale()
  const level = CERTIFICATION_LEVEL_LABELS[entry.niveau]
  const words = t.entryWords(level.school[locale], level.name[locale])
  return (
    <>
      {words}
      {entry.experience && ` ${t.orAfterExperience}`}
    </>
  )
}
