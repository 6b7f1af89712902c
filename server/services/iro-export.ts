import { listIros } from '#db/queries/iros'
import { doubleText } from '#surveys/i18n/double-materiality'
import { CSV_CONTENT_TYPE, csvDocument, fixed } from '#surveys/reports/csv'
import { exportFileName } from '#surveys/reports/file-names'
import type { IroExportQuery } from '#surveys/schemas/iros'
import type { AppDeps, SessionUser } from '../context.ts'
import type { Download } from '../download.ts'
import { assessmentFor, CAN } from './access.ts'
import { getDoubleMateriality } from './double-materiality.ts'

/**
 * GET …/iros.csv: the IRO register with each IRO's score, one row per IRO, through the one CSV
 * writer; headings, topic names and labels in `lang`. Unscored is an empty cell, never 0.
 */
export async function iroRegisterCsv(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  { lang }: IroExportQuery,
): Promise<Download> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  const result = await getDoubleMateriality(deps, user, assessmentId)
  const iros = await listIros(deps.database.db, assessmentId)
  const t = doubleText[lang]
  const scored = new Map(result.topics.flatMap((topic) => topic.iros.map((iro) => [iro.id, iro])))
  const topics = new Map(result.topics.map((topic) => [topic.issueId, topic]))
  const header = [
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
  ]
  const rows = iros.map((iro) => {
    const topic = topics.get(String(iro.issueId))
    const score = scored.get(String(iro.id))
    return [
      topic?.code,
      topic?.names?.[lang],
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
      fixed(score?.impact ?? null, 2),
      fixed(score?.financial ?? null, 2),
      score?.material ? t.yes : t.no,
    ]
  })
  const date = deps.clock.now().toISOString().slice(0, 10)
  return {
    body: csvDocument(header, rows),
    contentType: CSV_CONTENT_TYPE,
    filename: exportFileName(assessment.name, `iros-${date}`, 'csv'),
  }
}
