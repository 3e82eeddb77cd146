import { useMemo, useState, useId } from 'react'
import { dimensions, questionnaire, releasedQuestionnaires, roles } from 'virtual:content'
import type { DimensionId } from '@/content/vocabulary'
import { formatList, formatPercent } from '@/lib/i18n'
import { BarChart } from '@/ui/bar-chart'
import { useAppStore } from '@/store/app-store'
import type { ClassroomSession } from '@/store/saved-state'
import { links } from '@/ui/links'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { STUDENT_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import {
  buildClassBoard,
  discussionPrompts,
  TOP_ROLES,
  type ClassBoard as Board,
  type ClassEntry,
  type DimensionMean,
  type DiscussionPrompt,
  type Tally,
} from './class-board-logic'
import { buildClassCsv } from './class-csv-logic'
import { BoardSlides } from './board-slides'
import { useClassName } from './class-picker'
import { downloadFile } from '@/ui/download-file'
import { useGatherErrorText } from './gather-step'
import { classroomMessages } from './messages'
import { ProjectionStage } from './projection-stage'
import { datedFileName } from './session-file-logic'

type Messages = (typeof classroomMessages)['fr']

/** Role and dimension names in the page's language. */
function useNames() {
  const l = useLocalized()
  return {
    roleTitle: (id: string) => {
      const role = roles.find((r) => r.id === id)
      return role ? l(role.title) : id
    },
    dimensionName: (id: DimensionId) => {
      const dimension = dimensions.find((d) => d.id === id)
      return dimension ? l(dimension.name) : id
    },
  }
}

/** The board of a list of codes, recomputed only when the list changes. */
export function useBoard(codes: readonly string[]): Board {
  return useMemo(
    () => buildClassBoard(codes, { questionnaire, roles, releasedQuestionnaires }),
    [codes],
  )
}

interface RoleChartProps {
  board: Board
  title: string
  summary: Messages['firstRolesSummary']
  tallies: Tally<string>[]
}

/** How many students have each role first, or in their top three. */
export function RoleChart({ board, title, summary, tallies }: RoleChartProps) {
  const t = useMessages(classroomMessages)
  const locale = useLocale()
  const { roleTitle } = useNames()
  const top = tallies[0]
  return (
    <BarChart
      title={title}
      summary={top ? summary(roleTitle(top.id), top.count, board.ranked) : ''}
      items={tallies.map((tally) => ({
        id: tally.id,
        label: roleTitle(tally.id),
        value: tally.count,
      }))}
      max={board.ranked}
      format={(count) =>
        t.studentsValue(count, formatPercent((100 * count) / board.ranked, locale))
      }
      labelHeader={t.roleHeader}
      valueHeader={t.studentsHeader}
    />
  )
}

/** The class's average interests or know-how. */
export function ProfileChart({ title, means }: { title: string; means: DimensionMean[] }) {
  const t = useMessages(classroomMessages)
  const locale = useLocale()
  const { dimensionName } = useNames()
  const names = (list: DimensionMean[]) =>
    formatList(
      list.map((d) => dimensionName(d.id).toLowerCase()),
      locale,
    )
  return (
    <BarChart
      title={title}
      summary={t.profileSummary(names(means.slice(0, 2)), names(means.slice(-2)))}
      items={means.map((d) => ({ id: d.id, label: dimensionName(d.id), value: d.percent }))}
      max={100}
      format={(value) => formatPercent(value, locale)}
      labelHeader={t.dimensionHeader}
      valueHeader={t.meanHeader}
    />
  )
}

/** The board's charts, in the order they are shown (and projected one per screen). */
export function useBoardCharts(board: Board): { id: string; chart: React.ReactNode }[] {
  const t = useMessages(classroomMessages)
  const charts: { id: string; chart: React.ReactNode }[] = []
  if (board.ranked > 0) {
    charts.push({
      id: 'first-roles',
      chart: (
        <RoleChart
          board={board}
          title={t.firstRolesTitle}
          summary={t.firstRolesSummary}
          tallies={board.firstRoles}
        />
      ),
    })
    charts.push({
      id: 'top-three',
      chart: (
        <RoleChart
          board={board}
          title={t.topThreeTitle}
          summary={t.topThreeSummary}
          tallies={board.topThreeRoles}
        />
      ),
    })
  }
  if (board.interests.length > 0)
    charts.push({
      id: 'interests',
      chart: <ProfileChart title={t.interestsTitle} means={board.interests} />,
    })
  if (board.skills.length > 0)
    charts.push({
      id: 'skills',
      chart: <ProfileChart title={t.skillsTitle} means={board.skills} />,
    })
  return charts
}

/**
 * The class board: the class's name, counts, charts with their tables, discussion prompts, the
 * students code by code, a comparison with another class, CSV and print.
 */
export function ClassBoard({ session }: { session: ClassroomSession }) {
  const t = useMessages(classroomMessages)
  const locale = useLocale()
  const l = useLocalized()
  const { codes, warmUp } = session
  const board = useBoard(codes)
  const prompts = useMemo(() => discussionPrompts(board, { warmUp }), [board, warmUp])
  const { roleTitle, dimensionName } = useNames()
  const charts = useBoardCharts(board)
  const nameOf = useClassName()
  const className = nameOf(session)
  const errorText = useGatherErrorText()

  const downloadCsv = () => {
    const entryStatus = (entry: ClassEntry) =>
      entry.status === 'unreadable'
        ? t['csv-unreadable'](entry.error ? errorText(entry.error) : '')
        : t[`csv-${entry.status}`]
    const csv = buildClassCsv(
      board.entries,
      {
        header: [
          t.csvClass,
          t.csvCode,
          t.csvLength,
          t.csvVersion,
          t.csvLevel,
          t.csvStatus,
          ...Array.from({ length: TOP_ROLES }, (_, i) => [
            t.csvRole(i + 1),
            t.csvScore(i + 1),
          ]).flat(),
        ],
        className,
        length: { short: t.csvShort, full: t.csvFull },
        level: (level) => (level ? l(STUDENT_LEVEL_LABELS[level]) : t.unknownLevel),
        status: entryStatus,
        role: roleTitle,
      },
      locale === 'fr' ? ';' : ',',
    )
    // The byte-order mark tells spreadsheets the file is UTF-8 (accents).
    downloadFile(
      datedFileName(t.csvFile, new Date(), 'csv'),
      '\uFEFF' + csv,
      'text/csv;charset=utf-8',
    )
  }

  if (codes.length === 0) return <p className="lead">{t.boardEmpty}</p>

  const mixed = board.versions.length > 1 || (board.lengths.short > 0 && board.lengths.full > 0)

  return (
    <div className="classroom-board">
      <p className="classroom-board__print-date">
        {t.printedOn(
          new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
            dateStyle: 'long',
          }).format(new Date()),
        )}
      </p>
      <p className="classroom-board__class">{t.boardClass(className)}</p>
      <p className="classroom-board__count">
        <strong data-testid="valid-codes">{t.boardCount(board.readable)}</strong>
      </p>
      <p>{t.boardBreakdown(board.ranked, board.noFit, board.notInformative)}</p>
      {board.unreadable > 0 && (
        <p className="classroom-board__warning">{t.boardUnreadable(board.unreadable)}</p>
      )}
      {mixed && (
        <p>
          {t.boardMix(
            board.lengths.short,
            board.lengths.full,
            formatList(
              board.versions.map((v) => t.versionCount(v.version, v.count)),
              locale,
            ),
          )}
        </p>
      )}

      <ProjectionStage label={t.projectBoard}>
        {(projecting) =>
          projecting && (
            <BoardSlides
              slides={[
                {
                  id: 'count',
                  content: (
                    <div className="classroom-slides__count">
                      <p className="classroom-slides__class">{className}</p>
                      <p className="classroom-slides__big">{t.boardCount(board.readable)}</p>
                      <p>{t.boardBreakdown(board.ranked, board.noFit, board.notInformative)}</p>
                    </div>
                  ),
                },
                ...charts.map(({ id, chart }) => ({ id, content: chart })),
              ]}
              prompts={prompts.map((prompt) => (
                <PromptText
                  key={prompt.kind}
                  prompt={prompt}
                  roleTitle={roleTitle}
                  dimensionName={dimensionName}
                />
              ))}
            />
          )
        }
      </ProjectionStage>

      <div className="classroom-board__charts">
        {board.ranked === 0 && board.readable > 0 && <p>{t.noRanked}</p>}
        {charts.map(({ id, chart }) => (
          <div key={id} className="classroom-board__chart">
            {chart}
          </div>
        ))}
      </div>

      <div className="classroom-board__discussion">
        {board.levels.length > 0 && (
          <table className="data-table classroom-levels">
            <caption>{t.levelsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.levelHeader}</th>
                <th scope="col">{t.studentsHeader}</th>
              </tr>
            </thead>
            <tbody>
              {board.levels.map((level) => (
                <tr key={level.id}>
                  <th scope="row">
                    {level.id === 'unknown' ? t.unknownLevel : l(STUDENT_LEVEL_LABELS[level.id])}
                  </th>
                  <td className="number">{level.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <section className="classroom-prompts" aria-labelledby="classroom-prompts-title">
          <h3 id="classroom-prompts-title">{t.promptsTitle}</h3>
          <ol>
            {prompts.map((prompt) => (
              <li key={prompt.kind}>
                <PromptText prompt={prompt} roleTitle={roleTitle} dimensionName={dimensionName} />
              </li>
            ))}
          </ol>
        </section>
      </div>

      <StudentTable session={session} board={board} />

      <ClassComparison session={session} board={board} />

      <div className="classroom-board__actions no-print">
        <p>
          <button type="button" className="button button--primary" onClick={downloadCsv}>
            {t.downloadCsv}
          </button>{' '}
          <button type="button" className="button" onClick={() => window.print()}>
            {t.print}
          </button>
        </p>
        <p className="classroom-choice__hint">{t.csvHint}</p>
      </div>
    </div>
  )
}

interface PromptTextProps {
  prompt: DiscussionPrompt
  roleTitle: (id: string) => string
  dimensionName: (id: DimensionId) => string
}

/** One prompt, with the link that helps to answer it. */
function PromptText({ prompt, roleTitle, dimensionName }: PromptTextProps) {
  const t = useMessages(classroomMessages)
  const roleLink = (id: string) => <a href={links.role(id)}>{t.roleLink(roleTitle(id))}</a>
  switch (prompt.kind) {
    case 'first-role':
      return (
        <>
          {t['prompt-first-role'](roleTitle(prompt.roleId), prompt.count)} {roleLink(prompt.roleId)}
        </>
      )
    case 'absent-role':
      return (
        <>
          {t['prompt-absent-role'](roleTitle(prompt.roleId))} {roleLink(prompt.roleId)}
        </>
      )
    case 'strong-and-weak':
      return (
        <>{t['prompt-strong-and-weak'](dimensionName(prompt.strong), dimensionName(prompt.weak))}</>
      )
    case 'no-fit':
      return (
        <>
          {t['prompt-no-fit'](prompt.count)} <a href={links.onisep()}>{t.onisepLink}</a>
        </>
      )
    case 'cliches':
      return <>{t['prompt-cliches']}</>
    case 'bots-and-humans':
      return <>{t['prompt-bots-and-humans']}</>
    case 'training':
      return (
        <>
          {t['prompt-training']} <a href={links.guide()}>{t.guideLink}</a>
        </>
      )
  }
}

/** Each student's code (a link to their results), closest roles, and a private label. */
function StudentTable({ session, board }: { session: ClassroomSession; board: Board }) {
  const t = useMessages(classroomMessages)
  const id = useId()
  const { roleTitle } = useNames()
  const setCodeLabel = useAppStore((s) => s.setCodeLabel)
  return (
    <section className="classroom-students" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.studentTableTitle(board.entries.length)}</h3>
      <p className="classroom-choice__hint no-print">{t.studentTableHint}</p>
      <div className="classroom-students__scroll">
        <table className="data-table classroom-students__table">
          <thead>
            <tr>
              <th scope="col">{t.tableNumber}</th>
              <th scope="col">{t.tableCode}</th>
              <th scope="col">{t.tableTop}</th>
              <th scope="col" className="no-print">
                {t.tableLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {board.entries.map((entry, i) => (
              <tr key={`${entry.code}-${i}`}>
                <td className="number">{i + 1}</td>
                <th scope="row">
                  {entry.status === 'unreadable' ? (
                    <span className="classroom-code">{entry.code}</span>
                  ) : (
                    <a
                      className="classroom-code"
                      href={links.results(entry.code)}
                      aria-label={t.openResults(entry.code)}
                    >
                      {entry.code}
                    </a>
                  )}
                </th>
                <td>
                  {entry.status === 'fits'
                    ? entry.top.map((m) => roleTitle(m.roleId)).join(' · ')
                    : t[`top-${entry.status}`]}
                </td>
                <td className="no-print">
                  <input
                    type="text"
                    className="classroom-input classroom-students__label"
                    aria-label={t.labelFor(entry.code)}
                    maxLength={80}
                    autoComplete="off"
                    value={session.labels[entry.code] ?? ''}
                    onChange={(event) => setCodeLabel(entry.code, event.target.value)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

/** This class beside another one kept on the device: counts and charts, column by column. */
function ClassComparison({ session, board }: { session: ClassroomSession; board: Board }) {
  const t = useMessages(classroomMessages)
  const id = useId()
  const otherClasses = useAppStore((s) => s.otherClasses)
  const nameOf = useClassName()
  const candidates = otherClasses.filter((c) => c.codes.length > 0)
  const [otherId, setOtherId] = useState('')
  const other = candidates.find((c) => c.id === otherId)
  return (
    <section className="classroom-compare" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="no-print">
        {t.compareTitle}
      </h3>
      {candidates.length === 0 ? (
        <p className="muted no-print">{t.compareEmpty}</p>
      ) : (
        <p className="classroom-classes__field no-print">
          <label htmlFor={`${id}-with`} className="classroom-label">
            {t.compareWith}
          </label>
          <span id={`${id}-hint`} className="classroom-choice__hint">
            {t.compareHint}
          </span>
          <select
            id={`${id}-with`}
            className="classroom-input"
            aria-describedby={`${id}-hint`}
            value={other?.id ?? ''}
            onChange={(event) => setOtherId(event.target.value)}
          >
            <option value="">{t.compareNone}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {t.classOption(nameOf(c), c.codes.length)}
              </option>
            ))}
          </select>
        </p>
      )}
      {other && (
        <div className="classroom-compare__columns">
          <ComparedClass name={nameOf(session)} board={board} />
          <OtherClass session={other} name={nameOf(other)} />
        </div>
      )}
    </section>
  )
}

function OtherClass({ session, name }: { session: ClassroomSession; name: string }) {
  const board = useBoard(session.codes)
  return <ComparedClass name={name} board={board} />
}

function ComparedClass({ name, board }: { name: string; board: Board }) {
  const t = useMessages(classroomMessages)
  const charts = useBoardCharts(board)
  return (
    <section className="classroom-compare__column" aria-label={name}>
      <h4>{name}</h4>
      <p>
        <strong>{t.boardCount(board.readable)}</strong>
      </p>
      {charts.map(({ id, chart }) => (
        <div key={id}>{chart}</div>
      ))}
    </section>
  )
}
