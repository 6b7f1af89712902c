/**
 * The documents of the evidence pack: README.txt (what the pack is and how to check it),
 * methodology.md (this assessment's parameters, then surveys/METHOD.md word for word) and
 * questionnaire.md (the questionnaire as fielded, in every language offered). English, for an
 * assurance provider; the questionnaire quotes every language.
 */

import type { Axis } from '../domain/model.ts'
import type { FieldedQuestionnaire } from '../domain/questionnaire.ts'
import type { BorderlineSettings } from '../domain/settings.ts'
import { borderlineOf, type Snapshot } from '../domain/snapshot.ts'
import { LOCALE_NAMES } from '../i18n/locales.ts'
import {
  DOUBLE_MATERIALITY_README,
  doubleFigureReadme,
  doubleMethodologyMarkdown,
} from './evidence-double.ts'
import { packFiles } from './evidence-pack.ts'

/** What the pack records about itself beyond the snapshot. */
export interface PackInfo {
  hash: string
  /** When the pack was made (ISO timestamp). */
  generatedAt: string
  /** The board's decision on this version, if any, with who made it and how it is flagged. */
  approval: {
    decision: 'approve' | 'return'
    decidedAt: string
    decidedBy: { name: string; email: string }
    /** Decided by the person who confirmed it. */
    selfApproved: boolean
    /** Decided by someone the confirmer made an approver (or admin) after confirming. */
    appointedByConfirmer: boolean
  } | null
  /** Ratings in responses.csv (the responses are snapshot.responses.count). */
  ratings: number
  /** The latest version when this pack is of an earlier one. */
  latestVersion: number
  /** False for a version sealed before links were recorded: links.csv then lists them as now. */
  linksSealed: boolean
}

/** The Board line of README.txt, and a flag on the next line when the decision was not independent. */
function decisionLines(approval: NonNullable<PackInfo['approval']>): string[] {
  const verb = approval.decision === 'approve' ? 'Approved' : 'Returned'
  const who = `${approval.decidedBy.name} <${approval.decidedBy.email}>`
  const head = `${verb} on ${approval.decidedAt.slice(0, 10)} by ${who}.`
  if (approval.selfApproved) {
    return [head, 'FLAG: self-approved - decided by the person who confirmed this version.']
  }
  if (approval.appointedByConfirmer) {
    return [
      head,
      'FLAG: the decider was made an approver by the person who confirmed this version,',
      'after the confirmation; not an independent review (see audit-log.csv).',
    ]
  }
  return [head]
}

/** README.txt: what the pack is, its files, and how to check it. */
export function readmeText(snapshot: Snapshot, info: PackInfo): string {
  const { assessment, responses } = snapshot
  const period = [assessment.periodStart, assessment.periodEnd].filter(Boolean).join(' to ')
  const approval = info.approval ? decisionLines(info.approval) : ['Not yet decided by the board.']
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
    `Board:         ${approval[0]}`,
    ...approval.slice(1).map((line) => `               ${line}`),
    `SHA-256:       ${info.hash}`,
    `Responses:     ${responses.count} sealed, digest ${responses.digest}`,
    `Generated:     ${info.generatedAt}`,
    '',
    'This pack lets an assurance provider check how the material issues were determined: the',
    "method and its parameters, the questionnaire as fielded, the stakeholders' anonymised",
    "answers, the scores computed from them, management's decisions with their reasons, and",
    'every recorded change.',
    '',
    'FILES',
    '  README.txt        this file',
    '  methodology.md    the parameters of this assessment and the method, every edge rule',
    '  questionnaire.md  the questions, scale labels, groups and issue descriptions as fielded,',
    '                    in every language offered',
    '  snapshot.json     the confirmed result exactly as stored (canonical JSON, RFC 8785)',
    '  snapshot.sha256   its SHA-256, in sha256sum format',
    `  responses.csv     exactly the ${responses.count} responses this version sealed, ${info.ratings} ratings,`,
    "                    with each response's language and quality flags",
    '  aggregates.csv    per issue, axis and group: weight, eligible, n, mean, sd, "don\'t know",',
    '                    as sealed in snapshot.json',
    info.linksSealed
      ? '  links.csv         survey links issued per group and day, as sealed at the confirmation'
      : '  links.csv         survey links issued per group and day, as they stand now (this version was sealed before links were recorded)',
    "  decisions.csv     management's decision on every issue, overrides and rationales;",
    '                    "shared reason" is yes where one reason was written for several',
    '                    issues decided together and stored on each (no: written for that',
    '                    issue alone; empty: no reason); "shared": true in snapshot.json',
    ...(snapshot.doubleMateriality ? DOUBLE_MATERIALITY_README : []),
    '  audit-log.csv     every recorded change to the assessment, oldest last',
    ...(snapshot.doubleMateriality
      ? doubleFigureReadme(packFiles(snapshot).includes('matrix.png'))
      : ['  matrix.png        the materiality matrix of the confirmed scores']),
    '',
    'CHECK THE SNAPSHOT',
    '  sha256sum -c snapshot.sha256        (or: sha256sum snapshot.json)',
    '  The hash must equal the one above and the one the application shows for this version.',
    '  Each version records the hash of the version before it ("previousHash"), so versions',
    '  form a chain.',
    '',
    'CHECK THE RESPONSES',
    '  responses.csv holds the responses of this version and no others: the application checks',
    '  them against the digest sealed in snapshot.json ("responses") before it sends the pack,',
    '  and refuses (HTTP 409) when they differ. To check it yourself: for each row of',
    '  responses.csv in file order, write one line',
    '      response,group,flags,issue code,axis,score',
    '  ending in a line feed (LF), the fields exactly as in the file (an empty score is "don\'t',
    '  know"); the SHA-256 of all those lines, in UTF-8, is responses.digest in snapshot.json,',
    '  and the number of distinct responses is responses.count. Responses are numbered in the',
    '  order they were stored; ratings are ordered by issue code (byte order), then axis.',
    '',
    'ANONYMISATION',
    '  responses.csv holds no names, e-mail addresses, comments, survey links, tokens or',
    '  network addresses. "response" is a sequence number in order of submission, not a',
    '  database id. Only the date of submission is given, not the time: a time of day together',
    '  with a small stakeholder group could single a respondent out, and the date is enough to',
    "  show each answer was given within the survey period. Respondents' comments are not in",
    '  the pack.',
    '',
    'CSV files are UTF-8 with a byte-order mark and CRLF line ends (RFC 4180). Text cells that',
    'a spreadsheet would run as a formula start with an apostrophe.',
  ])
}

/**
 * methodology.md: this assessment's parameters and how to recompute from the pack, followed by
 * `method` — the text of surveys/METHOD.md, which states every formula and edge rule. A
 * double-materiality snapshot first gets its formula, thresholds and `methodB`
 * (surveys/METHOD-MODE-B.md) in full.
 */
export function methodologyMarkdown(snapshot: Snapshot, method: string, methodB = ''): string {
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
    `# Methodology — ${snapshot.assessment.name}, version ${snapshot.version}`,
    '',
    'The parameters of this assessment come first; the method itself, with every formula and',
    'edge rule, follows in full ("The scoring method", the repository\'s `surveys/METHOD.md`).',
    'A program written from this file alone reproduces the scores, tiers and ranks in',
    '`snapshot.json` from `responses.csv`.',
    '',
    ...(snapshot.doubleMateriality
      ? doubleMethodologyMarkdown(snapshot.doubleMateriality, methodB)
      : []),
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
    `| Responses sealed | ${snapshot.responses.count} |`,
    '',
    '### Stakeholder groups',
    '',
    'In the order the sums over groups run (METHOD section 10).',
    '',
    '| Group | Name | Weight | Axes rated | Invited | Responded |',
    '| --- | --- | --- | --- | --- | --- |',
    ...groups.map(
      (g) =>
        `| \`${g.key}\` | ${g.names.en} | ${g.weight} | ${g.axes.join(', ')} | ${g.invited ?? 'open link'} | ${g.responded} |`,
    ),
    '',
    '## Recomputing from this pack',
    '',
    '1. From `responses.csv`, keep the rows whose group rates that axis (see the groups',
    `   table)${settings.excludeFlagged ? ' and whose `flagged` is `no`' : ''}. An empty score is "don't know": it counts`,
    '   towards "don\'t know", not towards n.',
    '2. Per (issue code, axis, group) compute n, Σx, Σx², the mean and the sample standard',
    "   deviation (METHOD section 2). They equal `aggregates.csv`, which is the snapshot's own",
    '   record of the numbers the scores were computed from.',
    '3. Apply sections 3–8 of the method below with the weights and parameters above. The',
    '   results equal `impact.score`, `stakeholder.score`, `priority`, `tier` and `rank` of every',
    "   issue in `snapshot.json` (and the scores in `decisions.csv`). The application's test",
    '   suite does exactly this on a real assessment.',
    '',
    '---',
    '',
    method.trimEnd(),
  ])
}

/** questionnaire.md: every question, label, group and issue description, per language. */
export function questionnaireMarkdown(
  questionnaire: FieldedQuestionnaire,
  options: { sealed: boolean },
): string {
  const { scale } = questionnaire
  const note = options.sealed
    ? 'As sealed in `snapshot.json` ("questionnaire") when this version was confirmed.'
    : 'This version was sealed before the questionnaire was recorded: this is the wording the assessment has now (audit-log.csv records any change).'
  return lines([
    '# The questionnaire as fielded',
    '',
    note,
    `Languages offered: ${questionnaire.locales.map((l) => `${LOCALE_NAMES[l]} (\`${l}\`)`).join(', ')}.`,
    `Each issue is rated on the axes its group rates, on a scale of ${scale.min}–${scale.max}, or "don't know / not applicable".`,
    '',
    '## Groups and the axes they rate',
    '',
    ...questionnaire.groups.map((g) => `- \`${g.key}\`: ${g.axes.join(', ')}`),
    '',
    ...questionnaire.locales.flatMap((locale) => [
      `## ${LOCALE_NAMES[locale]} (\`${locale}\`)`,
      '',
      '### Questions',
      '',
      ...questionnaire.axes.map(
        (axis) => `- \`${axis.key}\` — ${axis.name[locale]}: ${axis.question[locale]}`,
      ),
      '',
      '### Scale',
      '',
      ...scale.labels.map((label) => `- ${label.value}: ${label.label[locale]}`),
      `- no score: ${scale.dontKnow[locale]}`,
      '',
      '### Groups',
      '',
      ...questionnaire.groups.map((g) => `- \`${g.key}\`: ${g.names[locale]}`),
      '',
      '### Issues',
      '',
      ...questionnaire.issues.flatMap((issue) => [
        `- **${issue.code}** ${issue.names[locale]} (${issue.aspect}): ${issue.descriptions[locale]}`,
      ]),
      '',
    ]),
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
