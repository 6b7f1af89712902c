/**
 * The files of the evidence pack (issue 5 §5) that are pure text: the CSVs' rows and the
 * methodology and read-me documents, all built from the confirmed snapshot and anonymised rows.
 * The pack is for an assurance provider, so it is written in English.
 */

import { type CsvCell, csvDocument } from './csv.ts'
import type { Axis } from './domain.ts'
import type { BorderlineSettings } from './settings.ts'
import { borderlineOf, type Snapshot } from './snapshot.ts'

/** The files of the pack, in the order the zip lists them. */
export const EVIDENCE_FILES = [
  'README.txt',
  'methodology.md',
  'snapshot.json',
  'snapshot.sha256',
  'responses.csv',
  'aggregates.csv',
  'decisions.csv',
  'audit-log.csv',
  'matrix.png',
] as const
export type EvidenceFile = (typeof EVIDENCE_FILES)[number]

/** One rating of a submitted response, anonymised. */
export interface EvidenceRating {
  /** 1, 2, 3 … in order of submission: not the database id, and nothing else identifies it. */
  response: number
  groupKey: string
  issueCode: string
  axis: Axis
  /** Null for "don't know / not applicable". */
  score: number | null
  /** Flagged for straight-lining or speeding when submitted. */
  flagged: boolean
  /** The UTC day of submission (YYYY-MM-DD), without the time. */
  submittedOn: string
}

/** The sums of one (issue, axis, group), as the matrix's SQL aggregate returns them. */
export interface EvidenceAggregate {
  issueCode: string
  axis: Axis
  groupKey: string
  n: number
  sum: number
  sumSquares: number
  dontKnow: number
}

export const RESPONSES_HEADER = [
  'response',
  'group',
  'issue code',
  'axis',
  'score',
  'flagged',
  'submitted (UTC date)',
]

/** responses.csv: one row per rating; an empty score is "don't know". */
export function responsesCsv(rows: Iterable<EvidenceRating>): string {
  return csvDocument(RESPONSES_HEADER, mapRows(rows, responseRow))
}

function responseRow(row: EvidenceRating): CsvCell[] {
  return [
    row.response,
    row.groupKey,
    row.issueCode,
    row.axis,
    row.score,
    row.flagged ? 'yes' : 'no',
    row.submittedOn,
  ]
}

export const AGGREGATES_HEADER = [
  'issue code',
  'axis',
  'group',
  'n',
  'mean',
  'sd',
  "don't know",
  'sum',
  'sum of squares',
]

/**
 * aggregates.csv: per (issue, axis, group) the answers n, mean, sample standard deviation
 * (n − 1), "don't know" count, and the exact integer sums they come from.
 */
export function aggregatesCsv(rows: readonly EvidenceAggregate[]): string {
  const sorted = [...rows].sort(
    (a, b) =>
      compareCodes(a.issueCode, b.issueCode) ||
      a.axis.localeCompare(b.axis) ||
      a.groupKey.localeCompare(b.groupKey),
  )
  return csvDocument(
    AGGREGATES_HEADER,
    sorted.map((row) => {
      const { mean, sd } = summary(row)
      return [
        row.issueCode,
        row.axis,
        row.groupKey,
        row.n,
        mean,
        sd,
        row.dontKnow,
        row.sum,
        row.sumSquares,
      ]
    }),
  )
}

function summary({ n, sum, sumSquares }: EvidenceAggregate): {
  mean: number | null
  sd: number | null
} {
  if (n === 0) return { mean: null, sd: null }
  if (n < 2) return { mean: sum / n, sd: null }
  return { mean: sum / n, sd: Math.sqrt(Math.max(0, (n * sumSquares - sum * sum) / (n * (n - 1)))) }
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
        position === -1 ? null : position + 1,
      ]
    }),
  )
}

/** snapshot.sha256 in `sha256sum` format, so `sha256sum -c snapshot.sha256` checks it. */
export function checksumLine(hash: string): string {
  return `${hash}  snapshot.json\n`
}

/** What the pack records about itself beyond the snapshot. */
export interface PackInfo {
  hash: string
  /** When the pack was made (ISO timestamp). */
  generatedAt: string
  /** The board's decision on this version, if any. */
  approval: { decision: 'approve' | 'return'; decidedAt: string } | null
  /** Submitted responses and ratings in responses.csv. */
  responses: number
  ratings: number
  /** The latest version when this pack is of an earlier one. */
  latestVersion: number
}

/** README.txt: what the pack is, its files, and how to check it. */
export function readmeText(snapshot: Snapshot, info: PackInfo): string {
  const { assessment } = snapshot
  const period = [assessment.periodStart, assessment.periodEnd].filter(Boolean).join(' to ')
  const approval = info.approval
    ? `${info.approval.decision === 'approve' ? 'Approved' : 'Returned'} by the board on ${info.approval.decidedAt.slice(0, 10)}.`
    : 'Not yet decided by the board.'
  const earlier =
    snapshot.version < info.latestVersion
      ? [
          `NOTE: this is version ${snapshot.version}; version ${info.latestVersion} is the latest.`,
          '',
        ]
      : []
  return lines([
    'EVIDENCE PACK - MATERIALITY ASSESSMENT',
    '',
    ...earlier,
    `Assessment:    ${assessment.name}`,
    `Organisation:  ${assessment.organisation.name}`,
    ...(period ? [`Period:        ${period}`] : []),
    `Confirmed:     version ${snapshot.version}, ${snapshot.confirmedAt} by ${snapshot.confirmedBy.name} <${snapshot.confirmedBy.email}>`,
    `Board:         ${approval}`,
    `SHA-256:       ${info.hash}`,
    `Generated:     ${info.generatedAt}`,
    '',
    'This pack lets an assurance provider check how the material issues were determined: the',
    "method and its parameters, the stakeholders' anonymised answers, the scores computed from",
    "them, management's decisions with their reasons, and every recorded change.",
    '',
    'FILES',
    '  README.txt       this file',
    '  methodology.md   the method, its parameters, and how to recompute every score',
    '  snapshot.json    the confirmed result exactly as stored (canonical JSON, RFC 8785)',
    '  snapshot.sha256  its SHA-256, in sha256sum format',
    `  responses.csv    anonymised answers: ${info.responses} submitted responses, ${info.ratings} ratings`,
    '  aggregates.csv   per issue, axis and group: n, mean, sd, "don\'t know", sums',
    "  decisions.csv    management's decision on every issue, overrides and rationales",
    '  audit-log.csv    every recorded change to the assessment, oldest last',
    '  matrix.png       the materiality matrix of the confirmed scores',
    '',
    'CHECK THE SNAPSHOT',
    '  sha256sum -c snapshot.sha256        (or: sha256sum snapshot.json)',
    '  The hash must equal the one above and the one the application shows for this version.',
    '  Each version records the hash of the version before it ("previousHash"), so versions',
    '  form a chain.',
    '',
    'ANONYMISATION',
    '  responses.csv holds no names, e-mail addresses, comments, survey links, tokens or',
    '  network addresses. "response" is a sequence number in order of submission, not a',
    '  database id. Only the date of submission is given, not the time: a time of day together',
    '  with a small stakeholder group could single a respondent out, and the date is enough to',
    '  show each answer was given within the survey period.',
    '',
    'CSV files are UTF-8 with a byte-order mark and CRLF line ends (RFC 4180). Text cells that',
    'a spreadsheet would run as a formula start with an apostrophe.',
  ])
}

/** methodology.md: the scoring model with this assessment's parameters, and how to recompute. */
export function methodologyMarkdown(snapshot: Snapshot): string {
  const { settings, result } = snapshot
  const K = settings.scaleMax
  const groups = snapshot.groups
  const sources = (axis: Axis) =>
    groups
      .filter((g) => g.axes.includes(axis))
      .map((g) => `\`${g.key}\``)
      .join(', ') || '(none)'
  const material = snapshot.issues.filter((issue) => issue.tier === 'material').length
  return lines([
    `# Methodology — ${snapshot.assessment.name}`,
    '',
    'The materiality matrix places each candidate issue by two scores: the significance of its',
    'economic, environmental and social impacts (x, `impact`) and its influence on',
    "stakeholders' assessments and decisions (y, `stakeholder`). Stakeholders rated each issue",
    'on each axis in an online survey; management then confirmed which issues are material.',
    '',
    '## Parameters of this assessment',
    '',
    '| Parameter | Value |',
    '| --- | --- |',
    `| Scale | 1..${K} (K = ${K}); "don't know / not applicable" is recorded as no score |`,
    `| Minimum answers per group (nMin) | ${settings.nMin} |`,
    `| Rule | \`${settings.rule}\` — ${RULES[settings.rule]} |`,
    `| Threshold | ${thresholdText(settings.threshold, K)} |`,
    `| Borderline band | ${bandText(borderlineOf(settings))} |`,
    `| Thresholds in force | impact ${fixed(result.thresholds.impact)}, stakeholder ${fixed(result.thresholds.stakeholder)}${result.cutPriority === null ? '' : `; top-N cut at priority ${fixed(result.cutPriority)}`} |`,
    `| Flagged responses | ${settings.excludeFlagged ? 'left out of the scores (excludeFlagged = true)' : 'kept in the scores (excludeFlagged = false)'} |`,
    `| axisSources.impact | ${sources('impact')} |`,
    `| axisSources.stakeholder | ${sources('stakeholder')} |`,
    `| Issues | ${snapshot.issues.length} (${material} computed material) |`,
    '',
    '### Stakeholder groups',
    '',
    '| Group | Name | Weight | Axes rated | Invited | Responded |',
    '| --- | --- | --- | --- | --- | --- |',
    ...groups.map(
      (g) =>
        `| \`${g.key}\` | ${g.names.en} | ${g.weight} | ${g.axes.join(', ')} | ${g.invited ?? 'open link'} | ${g.responded} |`,
    ),
    '',
    '## How the scores are computed',
    '',
    'These are the exact definitions (the application\'s design document, "Scoring model",',
    'section 4); `surveys/scoring.ts` implements them in full precision, rounding only for display.',
    '',
    `1. Only submitted responses count. For issue *i*, axis *a* and each group *g* in`,
    "   axisSources[*a*]: *V* = the group's non-null scores, *n* = |*V*|, *m* = mean(*V*),",
    '   *s* = sample standard deviation (denominator *n* − 1). The group is **eligible** when',
    `   *n* ≥ nMin (${settings.nMin}) and its weight is above 0.`,
    '2. **Score** S(*i*,*a*) = Σ_E w_g·m_g / Σ_E w_g over the eligible groups E: a',
    '   group-balanced weighted mean, so a large group adds no weight. No eligible group →',
    '   no score ("insufficient data": not plotted, management decides).',
    '3. **Coverage** C(*i*,*a*) = Σ_E w_g / Σ_{axisSources[*a*]} w_g. **Standard error**',
    '   SE(*i*,*a*) = sqrt(Σ_E ŵ_g²·s_g²/n_g) with ŵ_g = w_g / Σ_E w. **Spread**',
    '   D(*i*,*a*) = max_E m_g − min_E m_g.',
    '4. **Priority** P(*i*) = (S(*i*,impact) + S(*i*,stakeholder)) / 2.',
    '5. **Thresholds** per axis: `percentile` — T_a = max((K+1)/2, Q_p), Q_p the',
    "   linear-interpolation quantile (type 7: spreadsheets' PERCENTILE.INC, numpy's default) of",
    '   the non-null scores on that axis; `absolute` — a fixed value per axis; `topN` — the N',
    '   issues of highest priority are above threshold.',
    '6. **Tier**: `material` when the rule holds and the issue is not borderline; `review` when,',
    '   under `both`, exactly one axis is at or above its threshold, or when it is borderline',
    '   (|S − T_a| ≤ the borderline band above, on an axis the rule reads; `se`: max(0.10, k·SE),',
    '   `fixed`: a set distance, `off`: never), or when coverage < 0.5 on an axis;',
    '   otherwise `not-material`.',
    '7. **Rank** (1 = highest): by P descending; ties by S(impact) desc, then S(stakeholder)',
    '   desc, then the smaller max(D(impact), D(stakeholder)) first, then issue code. Issues',
    '   without a priority have no rank.',
    '8. **Sensitivity** (beside the result, never replacing it): the pooled respondent mean',
    '   (groups ignored) and the equal-weights result; an issue whose tier changes under either',
    '   is flagged `sensitive`. An issue with D ≥ 1.5 on an axis is flagged `contested`.',
    '',
    'Scores and thresholds are compared with a tolerance of 1e-9, so a recomputation in other',
    'software agrees even where binary floating point differs in the last bits.',
    '',
    '## Recomputing from this pack',
    '',
    '1. From `responses.csv`, keep the rows whose group rates that axis (see the groups',
    `   table)${settings.excludeFlagged ? ' and whose `flagged` is `no`' : ''}. An empty score is "don't know": it counts`,
    '   towards "don\'t know", not towards n.',
    '2. Per (issue code, axis, group) compute n, the mean and the sample standard deviation.',
    '   These equal `aggregates.csv`, which the application reads from the same SQL aggregate',
    '   that feeds the matrix.',
    '3. Apply steps 1–7 above with the weights and parameters in the tables. The results equal',
    '   `impact.score`, `stakeholder.score`, `priority`, `tier` and `rank` of every issue in',
    "   `snapshot.json` (and the scores in `decisions.csv`). The application's test suite does",
    '   exactly this on a real assessment.',
    '',
    '## Management decisions',
    '',
    'Management (role reviewer or admin) decided for each issue whether it is material. Any',
    'decision that departs from the computed tier (an override), and every `review` issue, has a',
    'written rationale; `decisions.csv` lists them with the final order of the material issues.',
    'The confirmed snapshot is immutable: a change makes a new version, whose `previousHash` is',
    "this version's hash. `audit-log.csv` records every change to settings, issues, groups,",
    'links, status, decisions and approvals, with who made it and when.',
  ])
}

const RULES = {
  both: 'material when at or above the threshold on both axes (top-right quadrant)',
  either: 'material when at or above the threshold on either axis',
  impactOnly: 'material when at or above the impact threshold (GRI 3: 2021)',
} as const

function thresholdText(threshold: Snapshot['settings']['threshold'], K: number): string {
  switch (threshold.mode) {
    case 'percentile':
      return `\`percentile\`, p = ${threshold.p}: T = max(${(K + 1) / 2}, Q_${threshold.p}) per axis`
    case 'absolute':
      return `\`absolute\`: impact ${threshold.impact}, stakeholder ${threshold.stakeholder}`
    case 'topN':
      return `\`topN\`: the ${threshold.n} issues of highest priority`
  }
}

function bandText(band: BorderlineSettings): string {
  switch (band.mode) {
    case 'se':
      return `\`se\`, k = ${band.k}: |S − T| ≤ max(0.10, ${band.k}·SE(i,a))`
    case 'fixed':
      return `\`fixed\`: |S − T| ≤ ${band.width}`
    case 'off':
      return '`off`: no issue is borderline for being near a threshold'
  }
}

const fixed = (value: number | null) => (value === null ? '—' : String(value))

function lines(values: readonly string[]): string {
  return `${values.join('\n')}\n`
}

function* mapRows<T>(rows: Iterable<T>, map: (row: T) => CsvCell[]): Iterable<CsvCell[]> {
  for (const row of rows) yield map(row)
}

function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true })
}
