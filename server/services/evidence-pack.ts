import { listGroups, listIssues } from '#db/queries/assessments'
import { findApproval, findConfirmation, findLatestConfirmation } from '#db/queries/confirmations'
import { listLinkIssues } from '#db/queries/evidence'
import { type FieldedQuestionnaire, fieldedQuestionnaire } from '#surveys/domain/questionnaire'
import type { SealedResponses } from '#surveys/domain/sealed-responses'
import type { Snapshot } from '#surveys/domain/snapshot'
import { csvHeader } from '#surveys/reports/csv'
import {
  methodologyMarkdown,
  questionnaireMarkdown,
  readmeText,
} from '#surveys/reports/evidence-documents'
import { doubleResultCsv, iroScoresCsv, irosCsv } from '#surveys/reports/evidence-double'
import {
  aggregatesCsv,
  checksumLine,
  decisionsCsv,
  linksCsv,
  type PackFile,
  packFiles,
  RESPONSES_HEADER,
  responseRows,
} from '#surveys/reports/evidence-pack'
import { exportFileName } from '#surveys/reports/file-names'
import type { AppDeps, SessionUser } from '../context.ts'
import { conflict, notFound } from '../errors.ts'
import { assessmentFor, CAN } from './access.ts'
import { auditLogCsv } from './audit.ts'
import { yieldToEventLoop } from './chunking.ts'
import { packFigures } from './evidence-figures.ts'
import { methodText, methodTextModeB } from './method-text.ts'
import {
  ResponseDigest,
  readDigest,
  readSealedResponses,
  sameResponses,
  sealedUpTo,
} from './sealed-responses.ts'
import { openSnapshot } from './snapshots.ts'
import { type ZipEntry, zipStream } from './zip-stream.ts'

/** Responses per piece of responses.csv pushed into the zip (~3,300 rows, ~170 kB). */
const CSV_PIECE = 50

/**
 * GET /api/assessments/:id/evidence-pack: one zip for an assurance provider with the method and
 * parameters, the questionnaire as fielded, the confirmed snapshot and its hash, exactly the
 * responses that version sealed, the sealed aggregates, the links issued, the decisions, the
 * audit log and the matrix figure (issue 11 §4); a double-materiality version adds its sealed
 * register, scores, result and matrix (packFiles). Any member may download it once a version is
 * confirmed; `version` picks an earlier one (default the latest).
 *
 * The responses are read twice, a chunk at a time: first to check them against the snapshot's
 * digest (a mismatch is 409 and nothing is sent), then into the zip as it streams, hashed again
 * on the way, so memory stays bounded and a pack never holds responses its version did not seal.
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
  const sealed = snapshot.responses
  if (!sealed) {
    throw conflict(
      'responses_not_sealed',
      `Version ${stored.version} was confirmed before responses were sealed, so no pack can prove which responses it holds. Confirm a new version to make one.`,
    )
  }
  const checked = await readDigest(deps.database, assessmentId, sealedUpTo(sealed))
  if (!sameResponses(checked.result(), sealed)) throw responsesChanged(stored.version)

  const names = packFiles(snapshot)
  const [decided, auditLog, links, questionnaire, method, methodB, figures] = await Promise.all([
    findApproval(db, stored.id),
    auditLogCsv(db, { assessmentId }),
    snapshot.links ?? listLinkIssues(db, assessmentId),
    questionnaireOf(deps, assessmentId, snapshot),
    methodText(),
    snapshot.doubleMateriality ? methodTextModeB() : '',
    packFigures(snapshot, assessment.status, names),
  ])
  const approval = decided
    ? {
        decision: decided.approval.decision,
        decidedAt: decided.approval.createdAt.toISOString(),
        decidedBy: { name: decided.decidedByName ?? '', email: decided.decidedByEmail },
        selfApproved: decided.approval.decidedBy === stored.confirmedBy,
        appointedByConfirmer: decided.approval.appointedByConfirmer,
      }
    : null
  const double = snapshot.doubleMateriality
  const files: Partial<Record<PackFile, ZipEntry['data']>> = {
    'README.txt': readmeText(snapshot, {
      hash: stored.hash,
      generatedAt: generatedAt.toISOString(),
      approval,
      ratings: checked.ratings,
      latestVersion: latest.version,
      linksSealed: snapshot.links !== undefined,
    }),
    'methodology.md': methodologyMarkdown(snapshot, method, methodB),
    'questionnaire.md': questionnaireMarkdown(questionnaire, {
      sealed: snapshot.questionnaire !== undefined,
    }),
    'snapshot.json': stored.snapshot,
    'snapshot.sha256': checksumLine(stored.hash),
    'responses.csv': responsesCsv(deps, assessmentId, sealed, stored.version),
    'aggregates.csv': aggregatesCsv(snapshot),
    'links.csv': linksCsv(links),
    'decisions.csv': decisionsCsv(snapshot),
    'audit-log.csv': auditLog,
    // Double materiality: the sealed register, scores and result, from the snapshot only.
    ...(double && {
      'iros.csv': irosCsv(snapshot, double),
      'iro-scores.csv': iroScoresCsv(double),
      'double-materiality.csv': doubleResultCsv(snapshot, double),
    }),
    ...figures,
  }
  const entries = names.map((name): ZipEntry => {
    const data = files[name]
    if (data === undefined) throw new Error(`The evidence pack has no ${name} to write.`)
    // PNG is compressed already.
    return { name, level: name.endsWith('.png') ? 0 : 6, data }
  })
  return {
    body: zipStream(entries, generatedAt),
    contentType: 'application/zip',
    filename: exportFileName(
      `${assessment.name} evidence pack v${stored.version}`,
      generatedAt.toISOString().slice(0, 10),
      'zip',
    ),
  }
}

function responsesChanged(version: number) {
  return conflict(
    'responses_changed',
    `The stored responses no longer match those version ${version} sealed (count, last id or digest differ), so no evidence pack was made. The data has been altered outside the application; the audit trail and the database's logs may show how.`,
  )
}

/**
 * responses.csv, a chunk of responses at a time, hashed again as it goes: if the rows differ
 * from the seal now (they matched a moment ago), the stream is aborted rather than finished.
 */
async function* responsesCsv(
  deps: AppDeps,
  assessmentId: number,
  sealed: SealedResponses,
  version: number,
): AsyncGenerator<string> {
  yield csvHeader(RESPONSES_HEADER)
  const digest = new ResponseDigest()
  for await (const chunk of readSealedResponses(deps.database, assessmentId, sealedUpTo(sealed))) {
    digest.add(chunk)
    // Pieces of a few hundred kB: writing and deflating one holds the event loop briefly.
    for (let at = 0; at < chunk.responses.length; at += CSV_PIECE) {
      let text = ''
      for (const response of chunk.responses.slice(at, at + CSV_PIECE)) {
        text += responseRows(response)
      }
      yield text
      await yieldToEventLoop()
    }
  }
  if (!sameResponses(digest.result(), sealed)) throw responsesChanged(version)
}

/** The questionnaire sealed with the snapshot; for older snapshots, the assessment's as it is. */
async function questionnaireOf(
  deps: AppDeps,
  assessmentId: number,
  snapshot: Snapshot,
): Promise<FieldedQuestionnaire> {
  if (snapshot.questionnaire) return snapshot.questionnaire
  const { db } = deps.database
  const [issues, groups] = await Promise.all([
    listIssues(db, assessmentId),
    listGroups(db, assessmentId),
  ])
  return fieldedQuestionnaire({ scaleMax: snapshot.settings.scaleMax, groups, issues })
}
