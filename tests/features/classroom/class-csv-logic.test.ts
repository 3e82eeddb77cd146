// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildClassBoard } from '@/features/classroom/class-board-logic'
import { buildClassCsv, csvCell, toCsv, type CsvLabels } from '@/features/classroom/class-csv-logic'
import { codeOf, content } from './class-fixture'

describe('csvCell and toCsv', () => {
  it('quotes cells with a comma, a semicolon, a quote or a line break, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('a; b')).toBe('"a; b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(42)).toBe('42')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('never lets a spreadsheet run a cell as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('+33 1')).toBe("'+33 1")
    expect(csvCell('-x')).toBe("'-x")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('=HYPERLINK("x", "y")')).toBe('"\'=HYPERLINK(""x"", ""y"")"')
  })

  it('joins with the chosen separator and ends lines with CRLF', () => {
    expect(
      toCsv(
        [
          ['a', 'b,c'],
          [1, 'd'],
        ],
        ';',
      ),
    ).toBe('a;"b,c"\r\n1;d\r\n')
    expect(toCsv([['a', 'b;c']], ',')).toBe('a,"b;c"\r\n')
  })
})

describe('buildClassCsv', () => {
  const labels = (lang: 'fr' | 'en'): CsvLabels => ({
    header:
      lang === 'fr'
        ? [
            'Classe',
            'Code',
            'Longueur',
            'Version',
            'Niveau',
            'Résultat',
            'Métier 1',
            'Score 1',
            'Métier 2',
            'Score 2',
            'Métier 3',
            'Score 3',
          ]
        : [
            'Class',
            'Code',
            'Length',
            'Version',
            'Level',
            'Result',
            'Job 1',
            'Score 1',
            'Job 2',
            'Score 2',
            'Job 3',
            'Score 3',
          ],
    className: '2nde B; 12 mars',
    length:
      lang === 'fr' ? { short: 'courte', full: 'complète' } : { short: 'short', full: 'full' },
    level: (level) => level ?? '?',
    status: (entry) => entry.status,
    role: (id) => (id === 'support-technique' ? 'Support, "niveau 1, 2"' : id),
  })

  it('writes a header in the chosen language, then one row per code, no names', () => {
    const fixer = codeOf('fixer')
    const board = buildClassBoard([fixer, codeOf('skipper'), 'ABC'], content())
    const csv = buildClassCsv(board.entries, labels('fr'), ';')
    const lines = csv.split('\r\n')
    expect(lines).toHaveLength(5)
    expect(lines[4]).toBe('')
    expect(lines[0]).toBe(
      'Classe;Code;Longueur;Version;Niveau;Résultat;Métier 1;Score 1;Métier 2;Score 2;Métier 3;Score 3',
    )
    const top = board.entries[0]!.top
    expect(lines[1]).toBe(
      [
        '"2nde B; 12 mars"',
        fixer,
        'courte',
        content().questionnaire.version,
        'bac-pro',
        'fits',
        '"Support, ""niveau 1, 2"""',
        top[0]!.score,
        top[1]!.roleId,
        top[1]!.score,
        top[2]!.roleId,
        top[2]!.score,
      ].join(';'),
    )
    expect(lines[2]).toBe(
      `"2nde B; 12 mars";${codeOf('skipper')};courte;${content().questionnaire.version};adulte;not-informative;;;;;;`,
    )
    expect(lines[3]).toBe('"2nde B; 12 mars";ABC;;;;unreadable;;;;;;')
    expect(buildClassCsv(board.entries, labels('en'), ',').split('\r\n')[0]).toBe(
      'Class,Code,Length,Version,Level,Result,Job 1,Score 1,Job 2,Score 2,Job 3,Score 3',
    )
  })
})
