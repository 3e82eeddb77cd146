import { useEffect, useId, useRef, useState } from 'react'
import { useAppStore } from '@/store/app-store'
import type { ClassroomSession } from '@/store/saved-state'
import { useMessages } from '@/ui/use-locale'
import { classroomMessages } from './messages'

/** A class's name as shown: its own, or its place among the classes when it has none. */
export function useClassName() {
  const t = useMessages(classroomMessages)
  const classroom = useAppStore((s) => s.classroom)
  const otherClasses = useAppStore((s) => s.otherClasses)
  return (session: ClassroomSession) => {
    if (session.name.trim()) return session.name.trim()
    const all = [classroom, ...otherClasses].sort((a, b) => a.id.localeCompare(b.id))
    return t.unnamedClass(all.findIndex((c) => c.id === session.id) + 1)
  }
}

/**
 * The classes kept on this device: the open one's name, a way to open another, to make a new
 * one and to delete one (after a confirmation). Every step works on the open class.
 */
export function ClassPicker() {
  const t = useMessages(classroomMessages)
  const id = useId()
  const classroom = useAppStore((s) => s.classroom)
  const otherClasses = useAppStore((s) => s.otherClasses)
  const updateClassroom = useAppStore((s) => s.updateClassroom)
  const newClass = useAppStore((s) => s.newClass)
  const openClass = useAppStore((s) => s.openClass)
  const deleteClass = useAppStore((s) => s.deleteClass)
  const nameOf = useClassName()
  const [status, setStatus] = useState('')
  const [confirming, setConfirming] = useState(false)
  const nameInput = useRef<HTMLInputElement>(null)
  const focusName = useRef(false)
  const all = [classroom, ...otherClasses]

  useEffect(() => {
    if (!focusName.current) return
    focusName.current = false
    nameInput.current?.focus()
  }, [classroom.id])

  const sorted = [...all].sort((a, b) => nameOf(a).localeCompare(nameOf(b)))

  return (
    <section className="classroom-classes no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="classroom-classes__title">
        {t.classesTitle}
      </h2>
      <div className="classroom-classes__row">
        <p className="classroom-classes__field">
          <label htmlFor={`${id}-name`} className="classroom-label">
            {t.className}
          </label>
          <input
            id={`${id}-name`}
            ref={nameInput}
            type="text"
            className="classroom-input"
            value={classroom.name}
            maxLength={80}
            placeholder={t.classNamePlaceholder}
            autoComplete="off"
            onChange={(event) => updateClassroom({ name: event.target.value })}
          />
        </p>
        {all.length > 1 && (
          <p className="classroom-classes__field">
            <label htmlFor={`${id}-open`} className="classroom-label">
              {t.openClass}
            </label>
            <select
              id={`${id}-open`}
              className="classroom-input"
              value={classroom.id}
              onChange={(event) => {
                openClass(event.target.value)
                setConfirming(false)
                const chosen = all.find((c) => c.id === event.target.value)
                if (chosen) setStatus(t.classOpened(nameOf(chosen), chosen.codes.length))
              }}
            >
              {sorted.map((c) => (
                <option key={c.id} value={c.id}>
                  {t.classOption(nameOf(c), c.codes.length)}
                </option>
              ))}
            </select>
          </p>
        )}
        <p className="classroom-classes__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              focusName.current = true
              newClass('')
              setConfirming(false)
              setStatus(t.classCreated)
            }}
          >
            {t.newClass}
          </button>{' '}
          {!confirming && (classroom.codes.length > 0 || all.length > 1) && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setConfirming(true)}
            >
              {t.deleteClass}
            </button>
          )}
        </p>
      </div>
      {confirming && (
        <div
          className="classroom-notice classroom-notice--error"
          role="group"
          aria-labelledby={`${id}-confirm`}
        >
          <p id={`${id}-confirm`}>
            {t.deleteClassConfirmText(nameOf(classroom), classroom.codes.length)}
          </p>
          <p className="classroom-session__confirm">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                const name = nameOf(classroom)
                deleteClass(classroom.id)
                setConfirming(false)
                setStatus(t.classDeleted(name))
              }}
            >
              {t.deleteClassConfirm}
            </button>
            <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
              {t.clearCancel}
            </button>
          </p>
        </div>
      )}
      <p role="status" className="classroom-classes__status">
        {status}
      </p>
    </section>
  )
}
