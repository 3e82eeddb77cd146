import { useMemo } from 'react'
import { dimensions, questionnaire, releasedQuestionnaires, roles } from 'virtual:content'
import type { DimensionId } from '@/content/vocabulary'
import { formatList, formatPercent } from '@/lib/i18n'
import { BarChart } from '@/ui/bar-chart'
import { links } from '@/ui/links'
import { useLocale, useLocalized, useMessages } from '@/ui/use-locale'
import { STUDENT_LEVEL_LABELS } from '@/ui/vocabulary-messages'
import {
  buildClassBoard,
  discussionPrompts,
  TOP_ROLES,
  type ClassEntry,
  type DimensionMean,
  type DiscussionPrompt,
  type Tally,
} from './class-board-logic'
import { buildClassCsv } from './class-csv-logic'
import { downloadFile } from './download-file'
import { useGatherErrorText } from './gather-step'
import { classroomMessages } from './messages'
import { datedFileName } from './session-file-logic'

/** The class board: counts, charts with their tables, discussion prompts, CSV and print. */
export function ClassBoard({ codes, warmUp }: { codes: readonly string[]; warmUp: boolean }) {
  const t = useMessages(classroomMessages)
  const locale = useLocale()
  const l = useLocalized()
  const board = useMemo(
    () => buildClassBoard(codes, { questionnaire, roles, releasedQuestionnaires }),
    [codes],
  )
  const prompts = useMemo(() => discussionPrompts(board, { warmUp }), [board, warmUp])
  const roleTitle = (id: string) => {
    const role = roles.find((r) => r.id === id)
    return role ? l(role.title) : id
  }
  const dimensionName = (id: DimensionId) => {
    const dimension = dimensions.find((d) => d.id === id)
    return dimension ? l(dimension.name) : id
  }
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

  const roleChart = (
    title: string,
    summary: typeof t.firstRolesSummary,
    tallies: Tally<string>[],
  ) => {
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
  const profileChart = (title: string, means: DimensionMean[]) => {
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

  return (
    <div className="classroom-board">
      <p className="classroom-board__print-date">
        {t.printedOn(
          new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
            dateStyle: 'long',
          }).format(new Date()),
        )}
      </p>
      <p className="classroom-board__count">
        <strong data-testid="valid-codes">{t.boardCount(board.readable)}</strong>
      </p>
      <p>{t.boardBreakdown(board.ranked, board.noFit, board.notInformative)}</p>
      {board.unreadable > 0 && (
        <p className="classroom-board__warning">{t.boardUnreadable(board.unreadable)}</p>
      )}

      <div className="classroom-board__charts">
        {board.ranked > 0 ? (
          <>
            {roleChart(t.firstRolesTitle, t.firstRolesSummary, board.firstRoles)}
            {roleChart(t.topThreeTitle, t.topThreeSummary, board.topThreeRoles)}
          </>
        ) : (
          board.readable > 0 && <p>{t.noRanked}</p>
        )}
        {board.interests.length > 0 && profileChart(t.interestsTitle, board.interests)}
        {board.skills.length > 0 && profileChart(t.skillsTitle, board.skills)}
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
