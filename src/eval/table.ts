import { langs } from '../lang.js'
import { goldKinds } from './kinds.js'
import type { Score, ScoreTable, Scores } from './score.js'

const rateColumns = ['P', 'R', 'F1', 'TP', 'FP', 'FN'] as const

/**
 * The scores as a plain-text table: one section for all languages, then one
 * per language (rows without any item left out), each with a row per kind
 * and a micro-average, strict and lenient side by side.
 */
export function formatTable(scores: Scores): string {
  const sections = [
    section('all languages', scores.strict.all, scores.lenient.all, false),
    ...langs.map((lang) => section(lang, scores.strict.languages[lang], scores.lenient.languages[lang], true))
  ]
  const header = ['', ...rateColumns, ...rateColumns]
  const rows: string[][] = []
  for (const { title, lines } of sections) {
    rows.push([title])
    rows.push(...lines)
  }
  return `${render([header, ...rows])}\n(${scores.files} gold file(s); P precision, R recall, – nothing to divide by)\n`
}

function section(title: string, strict: ScoreTable, lenient: ScoreTable, skipEmpty: boolean): { title: string; lines: string[][] } {
  const lines: string[][] = []
  for (const kind of goldKinds) {
    const a = strict.kinds[kind]
    const b = lenient.kinds[kind]
    if (a === undefined || b === undefined) continue
    if (skipEmpty && isEmpty(a) && isEmpty(b)) continue
    lines.push([`  ${kind}`, ...cells(a), ...cells(b)])
  }
  lines.push(['  micro', ...cells(strict.micro), ...cells(lenient.micro)])
  return { title: `${title}:`, lines }
}

function isEmpty(score: Score): boolean {
  return score.tp + score.fp + score.fn === 0
}

function cells(score: Score): string[] {
  return [rate(score.precision), rate(score.recall), rate(score.f1), String(score.tp), String(score.fp), String(score.fn)]
}

function rate(value: number | null): string {
  return value === null ? '–' : value.toFixed(3)
}

/**
 * Left-aligned first column, right-aligned numbers, ` | ` before each mode's
 * columns, the modes named above them; a title row (one cell) is not padded.
 */
function render(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row.length > 1 ? (row[column] ?? '').length : 0))))
  const separator = (column: number) => (column === 0 ? '' : (column - 1) % rateColumns.length === 0 ? ' | ' : '  ')
  const line = (row: readonly string[]) =>
    row.map((cell, column) => separator(column) + (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('')
  const modeWidth = line(['', ...rateColumns]).length - widths[0]! - 3
  const modes = `${'kind'.padEnd(widths[0]!)} | ${'strict'.padEnd(modeWidth)} | lenient`
  return [modes, ...rows.map((row) => (row.length === 1 ? row[0]! : line(row)))].join('\n')
}
