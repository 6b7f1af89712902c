/**
 * The evidence pack's files of a double-materiality assessment (issue 15 §8): the IRO register,
 * every assessor's scores, the result per topic and IRO, and the formula with its thresholds, all
 * from the snapshot's `doubleMateriality` (never the live register). English, like the pack.
 */

import type { DoubleMaterialitySettings } from '../domain/double-materiality.ts'
import { HORIZONS } from '../domain/iros.ts'
import type { Snapshot } from '../domain/snapshot.ts'
import type { SnapshotDoubleMateriality, SnapshotTopic } from '../domain/snapshot-double.ts'
import type { IroResult } from '../scoring/double-materiality.ts'
import { type CsvCell, csvDocument, fixed } from './csv.ts'

/** The pack's extra files for double materiality, after decisions.csv. */
export const DOUBLE_MATERIALITY_FILES = [
  'iros.csv',
  'iro-scores.csv',
  'double-materiality.csv',
] as const
export type DoubleMaterialityFile = (typeof DOUBLE_MATERIALITY_FILES)[number]

/** The double-materiality matrix of the sealed result, last in the pack. */
export const DOUBLE_MATERIALITY_FIGURE = 'double-materiality.png'

/** Their lines in README.txt's list of files. */
export const DOUBLE_MATERIALITY_README = [
  '  iros.csv          the IRO register as sealed: every impact, risk and opportunity with its',
  '                    type, actual/potential, human rights, value chain, horizons, evidence',
  '                    and owner, and its sealed scores',
  "  iro-scores.csv    every assessor's scores of every IRO, one row per assessor and IRO",
  '  double-materiality.csv  per topic: impact (I_t) and financial (F_t) materiality, the',
  "                    computed proposal and management's decision; in versions sealed",
  '                    with them, the stakeholder views beside I_t and F_t (SV_I, SV_F, on',
  '                    1–5), their answers, differences and whether a reason was required',
]

/**
 * README.txt's lines on the figures of a double-materiality pack: the survey's matrix when it
 * is in the pack (`survey`), else why it is not, then the double-materiality matrix.
 */
export function doubleFigureReadme(survey: boolean): string[] {
  return [
    ...(survey
      ? [
          "  matrix.png        the stakeholder survey's matrix of the sealed responses: an input",
          "                    the assessors had beside their own scores, not the decision's basis",
        ]
      : ['  (no matrix.png: this version sealed no stakeholder survey response to plot)']),
    '  double-materiality.png  the double-materiality matrix of the sealed result: each',
    "                    topic's impact (across) against its financial materiality (up), the",
    '                    thresholds dashed; its numbers are those of double-materiality.csv',
  ]
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no')
const score = (value: number | null | undefined) => fixed(value ?? null, 4)

function iroResults(double: SnapshotDoubleMateriality): Map<string, IroResult> {
  return new Map(double.topics.flatMap((topic) => topic.iros.map((iro) => [iro.id, iro])))
}

function topicCodes(snapshot: Snapshot): Map<string, { code: string; name: string }> {
  return new Map(
    snapshot.issues.map((issue) => [issue.id, { code: issue.code, name: issue.names.en }]),
  )
}

export const IROS_HEADER = [
  'iro',
  'topic code',
  'topic (en)',
  'type',
  'actual',
  'human rights',
  'value chain',
  'horizons',
  'description',
  'affected stakeholders',
  'evidence',
  'owner',
  'assessors',
  'severity',
  'impact',
  'financial',
  'material',
  'disagreement',
]

/** iros.csv: the sealed register, one row per IRO, with its sealed result; unscored is empty. */
export function irosCsv(snapshot: Snapshot, double: SnapshotDoubleMateriality): string {
  const results = iroResults(double)
  const topics = topicCodes(snapshot)
  return csvDocument(
    IROS_HEADER,
    double.iros.map((iro) => {
      const result = results.get(iro.id)
      const topic = topics.get(iro.issueId)
      return [
        iro.id,
        topic?.code,
        topic?.name,
        iro.type,
        iro.actual ? 'actual' : 'potential',
        yesNo(iro.humanRights),
        iro.valueChain.join('; '),
        iro.horizons.join('; '),
        iro.description,
        iro.affectedStakeholders.join('; '),
        iro.evidence.map((entry) => [entry.url, entry.note].filter(Boolean).join(' ')).join('; '),
        iro.owner,
        result?.assessors ?? 0,
        score(result?.severity),
        score(result?.impact),
        score(result?.financial),
        result ? yesNo(result.material) : null,
        result ? yesNo(result.disagreement) : null,
      ]
    }),
  )
}

const HORIZON_COLUMNS = HORIZONS.flatMap((h) => [`${h} magnitude`, `${h} likelihood`])

export const IRO_SCORES_HEADER = [
  'iro',
  'assessor',
  'assessor e-mail',
  'scale',
  'scope',
  'irremediability',
  'likelihood',
  ...HORIZON_COLUMNS,
  'saved (UTC)',
]

/** iro-scores.csv: every assessor's own scores (integers 1–5; empty = not scored, never 0). */
export function iroScoresCsv(double: SnapshotDoubleMateriality): string {
  return csvDocument(
    IRO_SCORES_HEADER,
    double.scores.map((row) => [
      row.iroId,
      row.assessor.name,
      row.assessor.email,
      row.scores.scale,
      row.scores.scope,
      row.scores.irremediability,
      row.scores.likelihood,
      ...HORIZONS.flatMap((h) => [
        row.scores.horizons?.[h]?.magnitude,
        row.scores.horizons?.[h]?.likelihood,
      ]),
      row.updatedAt,
    ]),
  )
}

export const DOUBLE_RESULT_HEADER = [
  'topic code',
  'topic (en)',
  'impact (I_t)',
  'financial (F_t)',
  'impact material',
  'financially material',
  'computed material',
  'computed tier',
  'decided material',
  'rationale',
]

/** The stakeholder views' columns, in versions that sealed them (issue 15.6). */
export const STAKEHOLDER_VIEW_HEADER = [
  'impact view (SV_I)',
  'impact view answers',
  'impact difference (I_t − SV_I)',
  'financial view (SV_F)',
  'financial view answers',
  'financial difference (F_t − SV_F)',
  'view rationale required',
]

function viewCells(views: SnapshotTopic['stakeholderViews']): CsvCell[] {
  if (!views) return STAKEHOLDER_VIEW_HEADER.map(() => null)
  return [
    score(views.impact.score),
    views.impact.n,
    score(views.impact.difference),
    score(views.financial.score),
    views.financial.n,
    score(views.financial.difference),
    yesNo(views.rationaleRequired),
  ]
}

/**
 * double-materiality.csv: each topic's sealed result beside management's decision, and the
 * stakeholder views beside the scores when the version sealed them (older versions' files keep
 * their columns).
 */
export function doubleResultCsv(snapshot: Snapshot, double: SnapshotDoubleMateriality): string {
  const topics = topicCodes(snapshot)
  const decisions = new Map(snapshot.decisions.map((d) => [d.issueId, d]))
  const viewsSealed = double.topics.some((topic) => topic.stakeholderViews !== undefined)
  return csvDocument(
    viewsSealed ? [...DOUBLE_RESULT_HEADER, ...STAKEHOLDER_VIEW_HEADER] : DOUBLE_RESULT_HEADER,
    double.topics.map((topic) => {
      const decision = decisions.get(topic.issueId)
      const views = viewsSealed ? viewCells(topic.stakeholderViews) : []
      return [
        topic.code,
        topics.get(topic.issueId)?.name,
        score(topic.impact),
        score(topic.financial),
        yesNo(topic.impactMaterial),
        yesNo(topic.financialMaterial),
        yesNo(topic.material),
        decision?.computedTier,
        decision ? yesNo(decision.material) : null,
        decision?.rationale ?? null,
        ...views,
      ]
    }),
  )
}

/** The formula and thresholds in force, as methodology.md states them. */
export function formulaLines(settings: DoubleMaterialitySettings): string[] {
  if (settings.formula === 'mode-b') {
    return [
      '| Formula | `mode-b` (surveys/METHOD-MODE-B.md §3) |',
      `| Impact threshold T_I | ${settings.thresholds.impact} |`,
      `| Financial threshold T_F | ${settings.thresholds.financial} |`,
    ]
  }
  return [
    '| Formula | `severity-likelihood` (surveys/METHOD-MODE-B.md §4) |',
    ...Object.entries(settings.thresholds).map(
      ([type, value]) => `| Threshold, ${type} | ${value} |`,
    ),
  ]
}

/** methodology.md's part on double materiality: parameters, recomputation, then the method. */
export function doubleMethodologyMarkdown(double: SnapshotDoubleMateriality, method: string) {
  const material = double.topics.filter((topic) => topic.material).length
  return [
    "## Double materiality (this assessment's method)",
    '',
    "The proposal management decided on is each topic's `material` below, computed from the",
    "assessors' scores of the IRO register; the stakeholder survey, where one was run, is an",
    'input beside it. The formula was locked when the assessment opened.',
    '',
    '| Parameter | Value |',
    '| --- | --- |',
    ...formulaLines(double.settings),
    `| IROs | ${double.iros.length} |`,
    `| Assessor scores | ${double.scores.length} |`,
    `| Topics | ${double.topics.length} (${material} computed material) |`,
    '',
    '### Recomputing from this pack',
    '',
    '1. From `iro-scores.csv`, per IRO and component take the mean of the assessors who scored',
    '   it (an empty cell is not scored and is left out; it is never 0).',
    "2. Apply the formula below to the means with the IRO's attributes in `iros.csv`. The",
    "   results equal `impact` and `financial` of `iros.csv`; each topic's highest equal",
    '   `double-materiality.csv` and `doubleMateriality.topics` in `snapshot.json`.',
    '',
    '---',
    '',
    method.trimEnd(),
    '',
    '---',
    '',
  ]
}
