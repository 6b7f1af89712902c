/**
 * The files of the evidence pack (issue 5 §5) that are pure text: the CSVs' rows and the
 * methodology and read-me documents, all built from the confirmed snapshot and anonymised rows.
 * The pack is for an assurance provider, so it is written in English.
 */

import { AXES } from '../domain/model.ts'
import type { SealedResponse } from '../domain/sealed-responses.ts'
import type { LinkIssue, Snapshot } from '../domain/snapshot.ts'
import { compareCodes } from '../scoring/ranking.ts'
import { csvDocument, csvRow } from './csv.ts'
import {
  DOUBLE_MATERIALITY_FIGURE,
  DOUBLE_MATERIALITY_FILES,
  type DoubleMaterialityFile,
} from './evidence-double.ts'

/** The files of a stakeholder matrix's pack, in the order the zip lists them. */
export const EVIDENCE_FILES = [
  'README.txt',
  'methodology.md',
  'questionnaire.md',
  'snapshot.json',
  'snapshot.sha256',
  'responses.csv',
  'aggregates.csv',
  'links.csv',
  'decisions.csv',
  'audit-log.csv',
  'matrix.png',
] as const
export type EvidenceFile = (typeof EVIDENCE_FILES)[number]
export type PackFile = EvidenceFile | DoubleMaterialityFile | typeof DOUBLE_MATERIALITY_FIGURE

/**
 * The files of a version's pack, in zip order. A double-materiality version adds its sealed
 * register, scores and result after decisions.csv and its matrix as double-materiality.png; the
 * survey's matrix.png stays when it sealed survey responses (an input), and is left out when
 * none were (an empty plot). README.txt lists exactly these.
 */
export function packFiles(snapshot: Snapshot): PackFile[] {
  if (!snapshot.doubleMateriality) return [...EVIDENCE_FILES]
  const survey = snapshot.responses.count > 0
  const files: PackFile[] = EVIDENCE_FILES.filter((name) => survey || name !== 'matrix.png')
  files.splice(files.indexOf('decisions.csv') + 1, 0, ...DOUBLE_MATERIALITY_FILES)
  return [...files, DOUBLE_MATERIALITY_FIGURE]
}

export const RESPONSES_HEADER = [
  'response',
  'group',
  'language',
  'flags',
  'flagged',
  'issue code',
  'axis',
  'score',
  'submitted (UTC date)',
]

/**
 * The rows of one sealed response in responses.csv, one per rating in canonical order; an empty
 * score is "don't know". Streamed after csvHeader(RESPONSES_HEADER), a chunk at a time.
 */
export function responseRows(response: SealedResponse): string {
  const flags = response.flags.join(';')
  const flagged = response.flags.length > 0 ? 'yes' : 'no'
  let text = ''
  for (const rating of response.ratings) {
    text += csvRow([
      response.number,
      response.groupKey,
      response.locale,
      flags,
      flagged,
      rating.issueCode,
      rating.axis,
      rating.score,
      response.submittedOn,
    ])
  }
  return text
}

export const AGGREGATES_HEADER = [
  'issue code',
  'axis',
  'group',
  'weight',
  'eligible',
  'n',
  'mean',
  'sd',
  "don't know",
]

/**
 * aggregates.csv, from the snapshot: per (issue, axis, source group) the weight, whether the group
 * counted (eligible), the answers n, mean, sample standard deviation (n − 1; 0 at n = 1, METHOD.md
 * §2) and "don't know" count the sealed scores were computed from.
 */
export function aggregatesCsv(snapshot: Snapshot): string {
  const issues = [...snapshot.issues].sort((a, b) => compareCodes(a.code, b.code))
  return csvDocument(
    AGGREGATES_HEADER,
    issues.flatMap((issue) =>
      AXES.flatMap((axis) =>
        issue[axis].groups.map((group) => [
          issue.code,
          axis,
          group.key,
          group.weight,
          group.eligible ? 'yes' : 'no',
          group.n,
          // As sealed: summarise (scoring/statistics.ts) made them, so sd is 0 at n = 1.
          group.mean,
          group.sd,
          group.dontKnow,
        ]),
      ),
    ),
  )
}

export const LINKS_HEADER = [
  'issued (UTC date)',
  'group',
  'kind',
  'links',
  'response cap',
  'expires (UTC date)',
  'revoked by confirmation',
]

/** links.csv: the survey links issued per group over time, as they stood at the confirmation. */
export function linksCsv(rows: readonly LinkIssue[]): string {
  return csvDocument(
    LINKS_HEADER,
    rows.map((row) => [
      row.issuedOn,
      row.groupKey,
      row.kind,
      row.links,
      row.maxResponses,
      row.expiresOn,
      row.revoked,
    ]),
  )
}

export const DECISIONS_HEADER = [
  'rank',
  'issue code',
  'issue (en)',
  'impact',
  'stakeholder',
  'priority',
  'computed tier',
  'material',
  'override',
  'rationale',
  'shared reason',
  'position in final order',
]

/** decisions.csv: management's decision on every issue, in rank order, with the scores. */
export function decisionsCsv(snapshot: Snapshot): string {
  const decisions = new Map(snapshot.decisions.map((d) => [d.issueId, d]))
  return csvDocument(
    DECISIONS_HEADER,
    snapshot.issues.map((issue) => {
      const decision = decisions.get(issue.id)
      const position = snapshot.order.indexOf(issue.id)
      return [
        issue.rank,
        issue.code,
        issue.names.en,
        issue.impact.score,
        issue.stakeholder.score,
        issue.priority,
        decision?.computedTier ?? issue.tier,
        decision ? (decision.material ? 'yes' : 'no') : null,
        decision ? (decision.override ? 'yes' : 'no') : null,
        decision?.rationale ?? null,
        // A reason written once for several issues decided together (absent in older versions).
        decision?.rationale ? (decision.shared ? 'yes' : 'no') : null,
        position === -1 ? null : position + 1,
      ]
    }),
  )
}

/** snapshot.sha256 in `sha256sum` format, so `sha256sum -c snapshot.sha256` checks it. */
export function checksumLine(hash: string): string {
  return `${hash}  snapshot.json\n`
}
