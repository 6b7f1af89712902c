import { listIros } from '#db/queries/iros'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import type { DmExportQuery } from '#surveys/schemas/iro-files'
import type { IroExportQuery } from '#surveys/schemas/iros'
import { materialUnder } from '#surveys/scoring/dm-what-if'
import type { AppDeps, SessionUser } from '../context.ts'
import type { Download } from '../download.ts'
import type { SheetTable } from '../exports/sheet-table.ts'
import { assessmentFor, CAN } from './access.ts'
import { getDoubleMateriality } from './double-materiality.ts'
import { type ExportFormat, tableDownload } from './exports.ts'

type Result = Awaited<ReturnType<typeof getDoubleMateriality>>

/** What the scores were computed with, for a table's notes. */
function scoreNotes(result: Result, lang: IroExportQuery['lang'], thresholds = result.thresholds) {
  const r = iroRegisterText[lang]
  const modeB = thresholds.impact !== null && thresholds.financial !== null
  return [
    result.formula === 'mode-b' ? r.formula_mode_b : r.formula_preset,
    ...(modeB
      ? [
          r.thresholdsNote(
            thresholds.impact?.toFixed(2) ?? '',
            thresholds.financial?.toFixed(2) ?? '',
          ),
        ]
      : [doubleText[lang].resultLeadPreset]),
    r.unscoredNote,
  ]
}

/**
 * GET …/iros.csv and .xlsx: the IRO register with each IRO's score, one row per IRO, headings,
 * topic names and labels in `lang`. Unscored is an empty cell, never 0. The import reads these
 * columns back (surveys/domain/iro-import.ts).
 */
export async function exportIroRegister(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  { lang }: IroExportQuery,
  format: ExportFormat,
): Promise<Download> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  const result = await getDoubleMateriality(deps, user, assessmentId)
  const iros = await listIros(deps.database.db, assessmentId)
  const t = doubleText[lang]
  const r = iroRegisterText[lang]
  const scored = new Map(result.topics.flatMap((topic) => topic.iros.map((iro) => [iro.id, iro])))
  const topics = new Map(result.topics.map((topic) => [topic.issueId, topic]))
  const table: SheetTable = {
    title: `${assessment.name} — ${r.registerTitle}`,
    sheetName: r.sheetRegister,
    notesSheetName: r.sheetNotes,
    headers: [
      t.csvCode,
      t.topic,
      t.type,
      t.kind,
      t.humanRights,
      t.valueChain,
      t.horizons,
      t.description,
      t.csvAffected,
      t.csvEvidence,
      t.owner,
      t.csvAssessors,
      t.impactScore,
      t.financialScore,
      t.material,
    ],
    rows: iros.map((iro) => {
      const topic = topics.get(String(iro.issueId))
      const score = scored.get(String(iro.id))
      return [
        topic?.code ?? null,
        topic?.names?.[lang] ?? null,
        t[`type_${iro.type}`],
        iro.actual ? t.actual : t.potential,
        iro.humanRights ? t.yes : t.no,
        iro.valueChain.map((stage) => t[`stage_${stage}`]).join('; '),
        iro.horizons.map((horizon) => t[`horizon_${horizon}`]).join('; '),
        iro.description,
        iro.affectedStakeholders.join('; '),
        iro.evidence.map((entry) => [entry.url, entry.note].filter(Boolean).join(' ')).join('; '),
        iro.owner,
        score?.assessors ?? 0,
        score?.impact ?? null,
        score?.financial ?? null,
        score?.material ? t.yes : t.no,
      ]
    }),
    decimalColumns: [12, 13],
    notes: scoreNotes(result, lang),
    frozenColumns: 1,
    widths: { 1: 32, 7: 60, 8: 32, 9: 40 },
  }
  const date = deps.clock.now().toISOString().slice(0, 10)
  return tableDownload(table, format, assessment.name, `iros-${date}`)
}

/**
 * GET …/double-materiality.csv and .xlsx: the matrix as a table, one row per topic with its
 * impact and financial score, whether it is material (under the what-if thresholds when given,
 * Mode B only: they are never saved, and the file says it) and how many IROs it has.
 */
export async function exportDoubleMateriality(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  query: DmExportQuery,
  format: ExportFormat,
): Promise<Download> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  const result = await getDoubleMateriality(deps, user, assessmentId)
  const { lang } = query
  const t = doubleText[lang]
  const r = iroRegisterText[lang]
  const locked = result.thresholds
  const modeB = locked.impact !== null && locked.financial !== null
  const whatIf =
    modeB &&
    ((query.impact !== undefined && query.impact !== locked.impact) ||
      (query.financial !== undefined && query.financial !== locked.financial))
  const thresholds = whatIf
    ? { impact: query.impact ?? locked.impact, financial: query.financial ?? locked.financial }
    : locked
  const table: SheetTable = {
    title: [assessment.name, t.matrixTitle, ...(whatIf ? [r.whatIfMark] : [])].join(' — '),
    sheetName: r.sheetMatrix,
    notesSheetName: r.sheetNotes,
    headers: [t.csvCode, t.topic, t.impactScore, t.financialScore, t.material, r.iroCount],
    rows: result.topics.map((topic) => [
      topic.code,
      topic.names?.[lang] ?? null,
      topic.impact,
      topic.financial,
      materialUnder(topic, thresholds) ? t.yes : t.no,
      topic.iros.length,
    ]),
    decimalColumns: [2, 3],
    notes: [...scoreNotes(result, lang, thresholds), ...(whatIf ? [r.whatIfMark] : [])],
    frozenColumns: 2,
    widths: { 1: 40 },
  }
  const date = deps.clock.now().toISOString().slice(0, 10)
  const stamp = `double-materiality-${date}${whatIf ? '-what-if' : ''}`
  return tableDownload(table, format, assessment.name, stamp)
}
