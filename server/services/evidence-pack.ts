import { renderAsync } from '@resvg/resvg-js'
import { strToU8, type Zippable, zipSync } from 'fflate'
import { listGroups, listIssues } from '#db/queries/assessments'
import { findApproval, findConfirmation, findLatestConfirmation } from '#db/queries/confirmations'
import { listEvidenceRatings } from '#db/queries/evidence'
import { listScoreSums } from '#db/queries/score-sums'
import type { AssessmentStatus } from '#surveys/domain'
import {
  aggregatesCsv,
  checksumLine,
  decisionsCsv,
  type EvidenceAggregate,
  type EvidenceFile,
  methodologyMarkdown,
  readmeText,
  responsesCsv,
} from '#surveys/evidence-pack'
import { exportFileName } from '#surveys/file-names'
import { MATRIX_SVG_WIDTH, renderMatrixSvg } from '#surveys/matrix-svg'
import { snapshotMatrixView } from '#surveys/matrix-view'
import type { Snapshot } from '#surveys/snapshot'
import type { AppDeps, SessionUser } from '../context.ts'
import { conflict, notFound } from '../errors.ts'
import { assessmentFor, CAN } from './access.ts'
import { auditLogCsv } from './audit.ts'
import { foldNewResponses } from './score-fold.ts'
import { openSnapshot } from './snapshots.ts'

/** The matrix PNG is drawn at this multiple of the SVG's size: 3600 px wide. */
const PNG_ZOOM = 2

/**
 * GET /api/assessments/:id/evidence-pack: one zip for an assurance provider with the method and
 * parameters, the confirmed snapshot and its hash, the anonymised responses, the per-group
 * aggregates, the decisions, the audit log and the matrix figure (issue 5 §5). Any member may
 * download it once a version is confirmed; `version` picks an earlier one (default the latest).
 */
export async function buildEvidencePack(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  version: number | undefined,
) {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.read)
  const { db } = deps.database
  const latest = await findLatestConfirmation(db, assessmentId)
  if (!latest) {
    throw conflict('not_confirmed', 'Management has not confirmed this assessment yet.')
  }
  const stored = version === undefined ? latest : await findConfirmation(db, assessmentId, version)
  if (!stored) throw notFound('That version')
  const snapshot = openSnapshot(stored)
  const generatedAt = deps.clock.now()

  await foldNewResponses(deps.database, assessmentId)
  const [ratings, aggregates, decided, auditLog] = await Promise.all([
    listEvidenceRatings(db, assessmentId),
    aggregateRows(deps, assessmentId, snapshot),
    findApproval(db, stored.id),
    auditLogCsv(db, { assessmentId }),
  ])
  const png = await matrixPng(snapshot, assessment.status)
  const approval = decided
    ? {
        decision: decided.approval.decision,
        decidedAt: decided.approval.createdAt.toISOString(),
      }
    : null
  const files: Record<EvidenceFile, Uint8Array> = {
    'README.txt': strToU8(
      readmeText(snapshot, {
        hash: stored.hash,
        generatedAt: generatedAt.toISOString(),
        approval,
        responses: new Set(ratings.map((row) => row.response)).size,
        ratings: ratings.length,
        latestVersion: latest.version,
      }),
    ),
    'methodology.md': strToU8(methodologyMarkdown(snapshot)),
    'snapshot.json': strToU8(stored.snapshot),
    'snapshot.sha256': strToU8(checksumLine(stored.hash)),
    'responses.csv': strToU8(responsesCsv(ratings)),
    'aggregates.csv': strToU8(aggregatesCsv(aggregates)),
    'decisions.csv': strToU8(decisionsCsv(snapshot)),
    'audit-log.csv': strToU8(auditLog),
    'matrix.png': png,
  }
  return {
    body: zip(files, generatedAt),
    contentType: 'application/zip',
    filename: exportFileName(
      `${assessment.name} evidence pack v${stored.version}`,
      generatedAt.toISOString().slice(0, 10),
      'zip',
    ),
  }
}

/** The matrix's running sums per (issue, axis, group), keyed by code and group key. */
async function aggregateRows(
  deps: AppDeps,
  assessmentId: number,
  snapshot: Snapshot,
): Promise<EvidenceAggregate[]> {
  const { db } = deps.database
  const [issues, groups, sums] = await Promise.all([
    listIssues(db, assessmentId),
    listGroups(db, assessmentId),
    listScoreSums(db, assessmentId, snapshot.settings.excludeFlagged),
  ])
  const codes = new Map(issues.map((issue) => [issue.id, issue.code]))
  const keys = new Map(groups.map((group) => [group.id, group.key]))
  return sums.flatMap((row) => {
    const issueCode = codes.get(row.issueId)
    const groupKey = keys.get(row.groupId)
    if (issueCode === undefined || groupKey === undefined) return []
    const { axis, n, sum, sumSquares, dontKnow } = row
    return [{ issueCode, axis, groupKey, n, sum, sumSquares, dontKnow }]
  })
}

/** The confirmed matrix in English, rasterised on white at 3600 px wide. */
async function matrixPng(snapshot: Snapshot, status: AssessmentStatus) {
  const view = snapshotMatrixView(snapshot, status, 'en')
  const svg = renderMatrixSvg(view, {
    title: [snapshot.assessment.name, `Materiality matrix — confirmed version ${snapshot.version}`],
    notes: [
      `Confirmed ${snapshot.confirmedAt.slice(0, 10)} by ${snapshot.confirmedBy.name}; the scores are those of snapshot.json.`,
    ],
  })
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: MATRIX_SVG_WIDTH * PNG_ZOOM },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
  return new Uint8Array(image.asPng())
}

function zip(files: Record<string, Uint8Array>, at: Date): Uint8Array {
  const entries: Zippable = {}
  for (const [name, data] of Object.entries(files)) {
    // PNG is compressed already.
    entries[name] = [data, { mtime: at, level: name.endsWith('.png') ? 0 : 6 }]
  }
  return zipSync(entries)
}
