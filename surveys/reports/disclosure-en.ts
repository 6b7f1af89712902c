import { ASPECT_NAMES, AXIS_NAMES } from '../domain/model.ts'
import type { IssueSource } from '../domain/snapshot.ts'
import { materialChanges } from '../domain/year-over-year.ts'
import type { DisclosureFacts } from './disclosure-facts.ts'
import { type Format, series } from './disclosure-format.ts'
import {
  candidateTable,
  griTable,
  groupTable,
  judgementTable,
  materialTable,
  type TableLabels,
} from './disclosure-tables.ts'
import type { Templates } from './disclosure-templates.ts'

const labels: TableLabels = {
  number: 'No.',
  issue: 'Issue',
  aspect: 'Subject area',
  group: 'Stakeholder group',
  invited: 'Invited',
  responses: 'Valid responses',
  rate: 'Response rate',
  weight: 'Weight',
  channels: 'Engagement channels',
  openLink: 'Open link',
  proposed: 'Proposed result',
  decision: 'Management decision',
  reason: 'Reason',
  hkexAspect: 'ESG Reporting Guide aspect',
  kpis: 'KPIs',
  griStandards: 'GRI topic standards',
  none: '—',
  tier: { material: 'Material', review: 'For management review', 'not-material': 'Not material' },
  material: 'Material',
  notMaterial: 'Not material',
  writtenIn: {
    en: ' (written in English)',
    'zh-Hant': ' (written in Traditional Chinese)',
    'zh-Hans': ' (written in Simplified Chinese)',
  },
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** Numbers up to ten in words, as report prose writes them. */
const spell = (n: number, format: Format) => WORDS[n] ?? format.count(n)
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many)
const issues = (n: number, format: Format) => `${spell(n, format)} ${plural(n, 'issue', 'issues')}`

const guide = (f: DisclosureFacts) =>
  f.reportingCode ? 'ESG Reporting Code' : 'ESG Reporting Guide'

const SOURCES: Record<IssueSource, (f: DisclosureFacts) => string> = {
  'hkex-guide': (f) =>
    `the Stock Exchange's ${guide(f)} (Appendix C2 to the Main Board Listing Rules)`,
  'stakeholder-engagement': () => 'the results of communication with stakeholders',
  'business-context': () => "the Group's actual circumstances",
  'gri-standards': () => 'the GRI Standards',
  'industry-peers': () => 'industry practice and peer benchmarking',
}

const sources = (f: DisclosureFacts) =>
  series(
    f.sources.map((source, i) => `(${i + 1}) ${SOURCES[source](f)}`),
    '; ',
    '; and ',
  )

const period = (f: DisclosureFacts, format: Format) =>
  f.periodEnd ? ` for the year ended ${format.day(f.periodEnd)}` : ''

const axes = (format: Format) =>
  `${format.quote(AXIS_NAMES.impact.en)} and ${format.quote(AXIS_NAMES.stakeholder.en)}`

function ordinal(p: number): string {
  const n = Math.round(p * 100)
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

function thresholdRule(f: DisclosureFacts, format: Format): string {
  const { threshold } = f
  if (threshold.mode === 'topN') {
    const cut =
      f.cutPriority === null
        ? ''
        : `; the lowest priority score among them was ${format.score(f.cutPriority)}`
    return `The ${spell(threshold.n, format)} issues with the highest priority score, the mean of their scores on the two dimensions, were proposed as material${cut}.`
  }
  const rule = {
    both: 'An issue was proposed as material when its scores on both dimensions reached the thresholds.',
    either:
      'An issue was proposed as material when its score on either dimension reached the threshold.',
    impactOnly:
      'An issue was proposed as material when its score on significance of impacts reached the threshold.',
  }[f.rule]
  const values = `${format.score(f.thresholds.impact)} for significance of impacts and ${format.score(f.thresholds.stakeholder)} for influence on stakeholders`
  if (threshold.mode === 'absolute')
    return `${rule} The thresholds were fixed before the survey opened: ${values}.`
  return `${rule} Each threshold was set at the ${ordinal(threshold.p)} percentile of all issues' scores on that dimension, and no lower than ${format.score((f.scaleMax + 1) / 2)}, the midpoint of the scale: ${values}.`
}

function ruleInBrief(f: DisclosureFacts, format: Format): string {
  const { threshold } = f
  if (threshold.mode === 'topN')
    return `the ${spell(threshold.n, format)} topics with the highest combined score`
  if (threshold.mode === 'percentile') {
    const where = {
      both: 'on both dimensions',
      either: 'on either dimension',
      impactOnly: 'on significance of impacts',
    }[f.rule]
    return `topics scoring at or above the ${ordinal(threshold.p)} percentile ${where}`
  }
  const impact = `${format.score(f.thresholds.impact)} on significance of impacts`
  if (f.rule === 'impactOnly') return `topics scoring at least ${impact}`
  const joiner = f.rule === 'both' ? 'and' : 'or'
  return `topics scoring at least ${impact} ${joiner} ${format.score(f.thresholds.stakeholder)} on influence on stakeholders`
}

/** The scale in the words respondents saw: on a scale of 1 (“Not important”) to 5 (…), with 3 … */
function scale(f: DisclosureFacts, format: Format): string {
  const [low, ...rest] = f.scale.labels
  const high = rest.pop()
  if (!low || !high) return `on a scale of 1 to ${f.scaleMax}`
  const point = (l: typeof low) => `${l.value} (${format.quote(l.label.en)})`
  const middle = rest.map((l) => `${l.value} labelled ${format.quote(l.label.en)}`)
  return `on a scale of ${point(low)} to ${point(high)}${middle.length > 0 ? `, with ${format.list(middle)}` : ''}`
}

/** "government and regulators; …; and community and public": the names contain "and". */
const groupNames = (f: DisclosureFacts) =>
  series(
    f.groups.map((group) => group.names.en.toLowerCase()),
    '; ',
    '; and ',
  )

function board(f: DisclosureFacts, format: Format): string {
  if (!f.approval) return "The results are pending the Board's approval."
  const on = format.date(f.approval.approvedAt)
  // Not the Board: the person who confirmed approved too, so nobody else reviewed the result.
  if (f.approvedBy === 'confirmer')
    return `As only one person in the Group is authorised to approve the assessment, the results were approved on ${on} by the same person who confirmed them, without review by a second person.`
  if (f.approvedBy === 'appointee')
    return `The results were approved on ${on} by a person whom the person who confirmed them appointed as an approver after confirming them; they were not reviewed by an independently appointed approver.`
  return `The Board reviewed and approved the results of the materiality assessment on ${on}.`
}

/** When the final list was approved, and by whom, for GRI 3-1. */
function finalList(f: DisclosureFacts, format: Format): string {
  if (!f.approval) return "the final list is pending the Board's approval"
  const on = format.date(f.approval.approvedAt)
  if (f.approvedBy === 'confirmer')
    return `the final list was approved on ${on} by the person who confirmed it`
  if (f.approvedBy === 'appointee')
    return `the final list was approved on ${on} by an approver whom the person who confirmed it appointed after confirming it`
  return `the Board approved the final list on ${on}`
}

/** "On 3 December 2026, the Group" when the survey opened and closed on one day. */
function surveyWindow(f: DisclosureFacts, format: Format): string {
  const { openedAt, closedAt } = f.survey
  if (!openedAt || !closedAt) return 'The Group'
  const [from, to] = [format.date(openedAt), format.date(closedAt)]
  return from === to ? `On ${from}, the Group` : `Between ${from} and ${to}, the Group`
}

export const en: Templates = {
  overview: (f, format) => ({
    title: 'Materiality assessment',
    paragraphs: [
      `To decide which environmental, social and governance (ESG) issues to focus on and report, the Group carried out a materiality assessment${period(f, format)} with reference to the Environmental, Social and Governance Reporting ${f.reportingCode ? 'Code' : 'Guide'} (the “${guide(f)}”) in Appendix C2 to the Main Board Listing Rules of The Stock Exchange of Hong Kong Limited (the “Stock Exchange”). The assessment followed three steps: identification, prioritisation, and confirmation and review.`,
    ],
    table: {
      head: ['Step', 'Description'],
      rows: [
        [
          'Step 1: Identification',
          `${format.count(f.issueCount)} potential material issues were identified based on ${sources(f)}.`,
        ],
        [
          'Step 2: Prioritisation',
          `Through a survey of ${spell(f.groups.length, format)} stakeholder groups, which received ${format.count(f.responded)} valid responses, the issues were ranked on two dimensions: ${axes(format)}.`,
        ],
        [
          'Step 3: Confirmation and review',
          `Management reviewed and confirmed the material issues on ${format.date(f.confirmedAt)}. ${board(f, format)}`,
        ],
      ],
    },
  }),

  identify: (f, format) => ({
    title: 'Step 1: Identification',
    paragraphs: [
      `The Group identified ${format.count(f.issueCount)} candidate ESG issues based on ${sources(f)}. They fall under ${spell(f.aspects.length, format)} ${plural(f.aspects.length, 'subject area', 'subject areas')}: ${format.list(f.aspects.map(({ aspect, issues: list }) => `${ASPECT_NAMES[aspect].en} (${format.count(list.length)})`))}.`,
    ],
    table: candidateTable(f, 'en', labels),
  }),

  stakeholders: (f, format) => {
    const paragraphs = [
      `Stakeholders' views are central to the Group's choice of material issues. ${surveyWindow(f, format)} invited its ${spell(f.groups.length, format)} stakeholder groups to rate each candidate issue in an online survey, available in English, Traditional Chinese and Simplified Chinese, and received ${format.count(f.responded)} valid responses.`,
      f.equalWeights
        ? "Each group carries the same weight in the results, whatever its number of respondents, so that no single group's views dominate."
        : "The groups' weights were set before the survey opened and are shown below; a group's weight does not depend on its number of respondents.",
    ]
    if (f.silentGroups.length > 0) {
      const n = f.silentGroups.length
      paragraphs.push(
        `No valid responses were received from ${format.list(f.silentGroups.map((g) => g.names.en))}; the results therefore do not reflect ${plural(n, 'its', 'their')} views.`,
      )
    }
    if (f.groups.some((group) => group.invited === null))
      paragraphs.push(
        'Response rates are shown for groups invited individually; groups invited through an open link have no fixed number of invitees.',
      )
    return {
      title: 'Stakeholder engagement',
      paragraphs,
      table: groupTable(f, 'en', format, labels),
    }
  },

  prioritise: (f, format) => ({
    title: 'Step 2: Prioritisation',
    paragraphs: [
      `Respondents rated each issue on two dimensions, ${axes(format)}, ${scale(f, format)}. ${format.quote(f.scale.dontKnow.en)} answers were recorded separately and not counted as scores.`,
      `For each issue and dimension, the Group calculated the mean rating of each stakeholder group and combined the group means into a weighted average using the group weights, so that a large group does not outweigh a small one. A group's ratings were counted for an issue only when at least ${spell(f.nMin, format)} of its respondents rated it.`,
      thresholdRule(f, format),
      `Issues lying within a narrow band around a threshold${f.rule === 'both' && f.threshold.mode !== 'topN' ? ', above the threshold on only one dimension' : ''}, rated by groups carrying less than half of the total weight, or without sufficient ratings were not classified automatically but referred to management for decision in Step 3.`,
      `The results are shown in the materiality matrix in Figure 1, in which each issue is plotted by its scores on the two dimensions${f.threshold.mode === 'topN' ? '' : ' and the threshold lines divide the matrix into quadrants'}.`,
    ],
    figure: { id: 'matrix', caption: 'Figure 1: Materiality matrix' },
  }),

  confirm: (f, format) => {
    const overrides = f.overrideCount
    const referred = f.judgements.length - overrides
    const parts = [
      overrides > 0 && `departed from the proposed result for ${issues(overrides, format)}`,
      referred > 0 &&
        `decided ${issues(referred, format)} that the scores referred to its judgement`,
    ].filter(Boolean)
    return {
      title: 'Step 3: Confirmation and review',
      paragraphs: [
        `On ${format.date(f.confirmedAt)}, the Group's management reviewed the ranked results and the proposed classification of each issue, and confirmed ${spell(f.material.length, format)} material ${plural(f.material.length, 'issue', 'issues')}.`,
        parts.length === 0
          ? 'Management confirmed the proposed result without changes.'
          : `Management ${parts.join(' and ')}. The reason for each of these decisions is set out below.`,
        board(f, format),
        'The Group will review its material issues annually and refine the assessment where there is room for improvement.',
      ],
      ...(f.judgements.length > 0 ? { table: judgementTable(f, 'en', labels) } : {}),
    }
  },

  material: (f, format) => {
    const n = f.material.length
    const found = `Based on the assessment results, the Group identified ${spell(n, format)} material ${plural(n, 'issue', 'issues')}`
    const lead =
      n === 0
        ? 'No issue was confirmed as material.'
        : f.approvedBy === 'confirmer' || f.approvedBy === 'appointee'
          ? `${found}. In order of importance, they are as follows:`
          : f.approval
            ? `${found}. Following the Board's review, the material issues, in order of importance, are as follows:`
            : `${found}, subject to the Board's approval. In order of importance, they are as follows:`
    return {
      title: 'Material issues',
      paragraphs: [
        lead,
        `The Group reports its management approach and performance on each of these issues in the relevant sections of this report, with reference to the aspects and key performance indicators (KPIs) of the ${guide(f)} shown.`,
      ],
      table: materialTable(f, 'en', { ...labels, hkexAspect: `${guide(f)} aspect` }),
    }
  },

  'gri-3-1': (f, format) => ({
    title: 'GRI 3-1 Process to determine material topics',
    paragraphs: [
      `The Group determined its material topics in three steps. First, it identified ${format.count(f.issueCount)} candidate topics based on ${sources(f)}. Second, it surveyed its ${spell(f.groups.length, format)} stakeholder groups (${groupNames(f)}) and received ${format.count(f.responded)} valid responses; respondents rated each topic's significance of economic, environmental and social impacts and its influence on stakeholders' assessments and decisions on a ${spell(f.scaleMax, format)}-point scale. The group means were combined ${f.equalWeights ? 'with equal weights' : 'with weights set before the survey opened'}, and ${ruleInBrief(f, format)} were proposed as material. Third, management reviewed the proposed list, decided on the topics referred to it and recorded the reason for each departure from the proposed result; ${finalList(f, format)}.`,
    ],
  }),

  'gri-3-2': (f, format) => ({
    title: 'GRI 3-2 List of material topics',
    paragraphs: [
      f.material.length === 0
        ? `The Group has no material topics${period(f, format)}.`
        : `The Group's material topics${period(f, format)} are listed below in order of importance.`,
      en.changes(f.comparison, format),
    ],
    table: griTable(f, 'en', labels),
  }),

  changes(comparison, format) {
    if (!comparison)
      return 'This is the first materiality assessment the Group has carried out on this basis, so there are no changes from a previous reporting period to report.'
    const { entered, left, stayed } = materialChanges(comparison)
    const scale =
      comparison.basis === 'normalised'
        ? ` As the rating scale changed from ${comparison.previousScaleMax} to ${comparison.currentScaleMax} points, scores were compared on a common scale of 0 to 1.`
        : ''
    if (entered.length === 0 && left.length === 0)
      return `The list of material topics is unchanged from the previous reporting period.${scale}`
    const names = (list: typeof entered) => format.list(list.map((i) => format.quote(i.names.en)))
    const clauses = [
      entered.length > 0 &&
        `${names(entered)} ${plural(entered.length, 'was', 'were')} added to the list of material topics`,
      left.length > 0 &&
        `${names(left)} ${plural(left.length, 'was', 'were')} removed from ${entered.length > 0 ? 'it' : 'the list of material topics'}`,
    ].filter(Boolean)
    const rest =
      stayed === 0
        ? '.'
        : stayed === 1
          ? '; the other material topic remains unchanged.'
          : `; the other ${spell(stayed, format)} material topics remain unchanged.`
    return `Compared with the previous reporting period, ${clauses.join(' and ')}${rest}${scale}`
  },
}
