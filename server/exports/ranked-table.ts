import { ASPECT_NAMES, type Axis } from '#surveys/domain/model'
import { matrixText } from '#surveys/i18n/matrix'
import { matrixFootnote } from '#surveys/reports/matrix-footnote'
import type { MatrixIssue, MatrixView } from '#surveys/schemas/matrix-view'
import type { Cell, SheetTable } from './sheet-table.ts'

/** The ranked table as exported: rank, code and issue stay in view; the issue's name is wide. */
export type RankedTable = SheetTable

const AXES: readonly Axis[] = ['impact', 'stakeholder']

/** Rank, issue, both scores, priority, tier, flags, then each group's means and counts. */
export function rankedTable(view: MatrixView): RankedTable {
  const t = matrixText[view.locale]
  const axisName = (axis: Axis) => t[axis]
  const fixed = [
    t.rank,
    t.code,
    t.issue,
    t.aspect,
    t.hkex,
    t.impact,
    t.stakeholder,
    t.priority,
    t.tier,
    t.flags,
    ...AXES.map((axis) => `${t.se} · ${axisName(axis)}`),
    ...AXES.map((axis) => `${t.coverage} · ${axisName(axis)}`),
    ...AXES.map((axis) => `${t.spread} · ${axisName(axis)}`),
  ]
  const groups = view.groups.filter((g) => view.group === null || g.key === view.group)
  const groupHeaders = groups.flatMap((group) =>
    AXES.flatMap((axis) => [
      `${group.name} · ${axisName(axis)} · ${t.mean}`,
      `${group.name} · ${axisName(axis)} · ${t.n}`,
    ]),
  )
  const decimalColumns = [5, 6, 7, 10, 11, 12, 13, 14, 15]
  groups.forEach((_, g) => {
    decimalColumns.push(fixed.length + g * 4, fixed.length + g * 4 + 2)
  })
  return {
    title: [view.assessment.name, t.tableTitle, ...(view.whatIf ? [t.whatIfMark] : [])].join(' — '),
    sheetName: t.sheetTable,
    notesSheetName: t.sheetNotes,
    headers: [...fixed, ...groupHeaders],
    rows: view.issues.map((issue) => [
      ...fixedCells(issue, view),
      ...groups.flatMap((group) => groupCells(issue, group.key)),
    ]),
    decimalColumns,
    notes: footnotes(view),
    frozenColumns: 3,
    widths: { 2: 40, 3: 24 },
  }
}

function fixedCells(issue: MatrixIssue, view: MatrixView): Cell[] {
  const t = matrixText[view.locale]
  return [
    issue.rank,
    issue.code,
    issue.name,
    ASPECT_NAMES[issue.aspect][view.locale],
    issue.hkex.aspect,
    issue.impact,
    issue.stakeholder,
    issue.priority,
    t[`tier_${issue.tier}`],
    issue.flags.map((flag) => t[`flag_${flag}`]).join('; '),
    issue.se.impact,
    issue.se.stakeholder,
    issue.coverage.impact,
    issue.coverage.stakeholder,
    issue.spread.impact,
    issue.spread.stakeholder,
  ]
}

function groupCells(issue: MatrixIssue, key: string): Cell[] {
  return AXES.flatMap((axis) => {
    const score = issue.groups[axis].find((g) => g.key === key)
    return [score?.mean ?? null, score?.n ?? 0]
  })
}

/** Responses per group, weights, thresholds and rule: what the numbers were computed with. */
export function footnotes(view: MatrixView): string[] {
  const note = matrixFootnote(view, matrixText[view.locale])
  return [
    matrixText[view.locale].footnote(note.responses, note.weights, note.thresholds),
    ...(note.whatIf ? [note.whatIf] : []),
  ]
}
