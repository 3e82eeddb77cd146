import type { AdmissionSystem } from '@/content/schemas'
import type { AdmissionSystemId } from '@/content/vocabulary'
import { Term } from '@/ui/glossary-term'
import { useLocalized, useMessages } from '@/ui/use-locale'
import { guideMessages } from './messages'

/** "Parcoursup ou Apprentissage": the ways in, each explained by its glossary term when it has one. */
export function AdmissionSystems({
  ids,
  admissions,
}: {
  ids: readonly AdmissionSystemId[]
  admissions: readonly AdmissionSystem[]
}) {
  const t = useMessages(guideMessages)
  const l = useLocalized()
  const systems = ids.flatMap((id) => admissions.filter((s) => s.id === id))
  return (
    <span className="admission-systems">
      {systems.map((system, i) => (
        <span key={system.id}>
          {i > 0 && <> {t.or} </>}
          {system.term ? (
            <Term id={system.term}>{l(system.name)}</Term>
          ) : (
            <span>{l(system.name)}</span>
          )}
        </span>
      ))}
    </span>
  )
}
