import { AXIS_NAMES } from '../domain/model.ts'
import { type Format, series } from './disclosure-format.ts'
import type { DisclosureWords } from './disclosure-words.ts'

// The words of the English disclosure; disclosure-templates.ts decides which sentence is said.

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** Numbers up to ten in words, as report prose writes them. */
const spell = (n: number, format: Format) => WORDS[n] ?? format.count(n)
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many)
const issues = (n: number, format: Format) => `${spell(n, format)} ${plural(n, 'issue', 'issues')}`

const axes = (format: Format) =>
  `${format.quote(AXIS_NAMES.impact.en)} and ${format.quote(AXIS_NAMES.stakeholder.en)}`

function ordinal(p: number): string {
  const n = Math.round(p * 100)
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** How a double-materiality assessment assessed its topics, after the list they came from. */
const DOUBLE_METHOD =
  "assessed under the double materiality principle of ESRS 1 and reported as ESRS 2 requires, with climate-related risks and opportunities also assessed as IFRS S2 and Part D of the Stock Exchange's ESG Reporting Code require"

const proposed = 'An issue was proposed as material when its'
const atLeast = (impact: string) => `topics scoring at least ${impact} on significance of impacts`

export const en: DisclosureWords = {
  locale: 'en',
  titles: {
    overview: 'Materiality assessment',
    identify: 'Step 1: Identification',
    stakeholders: 'Stakeholder engagement',
    prioritise: 'Step 2: Prioritisation',
    confirm: 'Step 3: Confirmation and review',
    material: 'Material issues',
    'gri-3-1': 'GRI 3-1 Process to determine material topics',
    'gri-3-2': 'GRI 3-2 List of material topics',
  },
  labels: {
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
    sharedReason: ' (shared reason)',
  },
  guide: {
    guide: { name: 'ESG Reporting Guide', short: 'Guide' },
    code: { name: 'ESG Reporting Code', short: 'Code' },
  },
  hkexAspect: (guide) => `${guide} aspect`,
  sources: {
    'hkex-guide': (guide) =>
      `the Stock Exchange's ${guide} (Appendix C2 to the Main Board Listing Rules)`,
    'stakeholder-engagement': () => 'the results of communication with stakeholders',
    'business-context': () => "the Group's actual circumstances",
    'gri-standards': () => 'the GRI Standards',
    'industry-peers': () => 'industry practice and peer benchmarking',
  },
  doubleSource: {
    esrs: () => `the sustainability matters listed in ESRS 1 Appendix A (AR 16), ${DOUBLE_METHOD}`,
    hkex: (guide) =>
      `the issues of the Stock Exchange's ${guide} (Appendix C2 to the Main Board Listing Rules), ${DOUBLE_METHOD}`,
  },
  source: (index, text) => `(${index}) ${text}`,
  sourceJoin: ['; ', '; and '],
  period: (day) => ` for the year ended ${day}`,
  assessedPeriod: (day) => ` for the year ended ${day}`,
  overview: {
    intro: (period, guide) =>
      `To decide which environmental, social and governance (ESG) issues to focus on and report, the Group carried out a materiality assessment${period} with reference to the Environmental, Social and Governance Reporting ${guide.short} (the “${guide.name}”) in Appendix C2 to the Main Board Listing Rules of The Stock Exchange of Hong Kong Limited (the “Stock Exchange”). The assessment followed three steps: identification, prioritisation, and confirmation and review.`,
    head: ['Step', 'Description'],
    steps: ['Step 1: Identification', 'Step 2: Prioritisation', 'Step 3: Confirmation and review'],
    identified: (issueCount, sources, format) =>
      `${format.count(issueCount)} potential material issues were identified based on ${sources}.`,
    ranked: (groups, responded, format) =>
      `Through a survey of ${spell(groups, format)} stakeholder groups, which received ${format.count(responded)} valid responses, the issues were ranked on two dimensions: ${axes(format)}.`,
    confirmed: (date, approval) =>
      `Management reviewed and confirmed the material issues on ${date}. ${approval}`,
  },
  approval: {
    pending: "The results are pending the Board's approval.",
    self: (on) =>
      `As only one person in the Group is authorised to approve the assessment, the results were approved on ${on} by the same person who confirmed them, without review by a second person.`,
    board: (on) =>
      `The Board reviewed and approved the results of the materiality assessment on ${on}.`,
    appointee: (on) =>
      `The results were approved on ${on} by a person whom the person who confirmed them appointed as an approver after confirming them; they were not reviewed by an independently appointed approver.`,
  },
  finalList: {
    pending: "the final list is pending the Board's approval",
    self: (on) => `the final list was approved on ${on} by the person who confirmed it`,
    board: (on) => `the Board approved the final list on ${on}`,
    appointee: (on) =>
      `the final list was approved on ${on} by an approver whom the person who confirmed it appointed after confirming it`,
  },
  identify: (issueCount, sources, aspects, format) =>
    `The Group identified ${format.count(issueCount)} candidate ESG issues based on ${sources}. They fall under ${spell(aspects.length, format)} ${plural(aspects.length, 'subject area', 'subject areas')}: ${format.list(aspects.map(({ name, issues: n }) => `${name} (${format.count(n)})`))}.`,
  surveyWindow: {
    unknown: 'The Group',
    day: (on) => `On ${on}, the Group`,
    range: (from, to) => `Between ${from} and ${to}, the Group`,
  },
  stakeholders: {
    invited: (window, groups, responded, format) =>
      `Stakeholders' views are central to the Group's choice of material issues. ${window} invited its ${spell(groups, format)} stakeholder groups to rate each candidate issue in an online survey, available in English, Traditional Chinese and Simplified Chinese, and received ${format.count(responded)} valid responses.`,
    equalWeights:
      "Each group carries the same weight in the results, whatever its number of respondents, so that no single group's views dominate.",
    setWeights:
      "The groups' weights were set before the survey opened and are shown below; a group's weight does not depend on its number of respondents.",
    silent: (names, format) =>
      `No valid responses were received from ${format.list(names)}; the results therefore do not reflect ${plural(names.length, 'its', 'their')} views.`,
    openLinks:
      'Response rates are shown for groups invited individually; groups invited through an open link have no fixed number of invitees.',
  },
  scale: {
    unlabelled: (max) => `on a scale of 1 to ${max}`,
    point: (value, label, format) => `${value} (${format.quote(label)})`,
    range: (low, high) => `on a scale of ${low} to ${high}`,
    middle: (points, format) =>
      `, with ${format.list(points.map((l) => `${l.value} labelled ${format.quote(l.label)}`))}`,
  },
  prioritise: {
    rated: (scale, dontKnow, format) =>
      `Respondents rated each issue on two dimensions, ${axes(format)}, ${scale}. ${format.quote(dontKnow)} answers were recorded separately and not counted as scores.`,
    method: (nMin, format) =>
      `For each issue and dimension, the Group calculated the mean rating of each stakeholder group and combined the group means into a weighted average using the group weights, so that a large group does not outweigh a small one. A group's ratings were counted for an issue only when at least ${spell(nMin, format)} of its respondents rated it.`,
    referred: (oneDimension) =>
      `Issues lying within a narrow band around a threshold${oneDimension}, rated by groups carrying less than half of the total weight, or without sufficient ratings were not classified automatically but referred to management for decision in Step 3.`,
    oneDimensionOnly: ', above the threshold on only one dimension',
    figure: (quadrants) =>
      `The results are shown in the materiality matrix in Figure 1, in which each issue is plotted by its scores on the two dimensions${quadrants}.`,
    quadrants: ' and the threshold lines divide the matrix into quadrants',
    caption: 'Figure 1: Materiality matrix',
  },
  threshold: {
    topN: (n, cut, format) =>
      `The ${spell(n, format)} issues with the highest priority score, the mean of their scores on the two dimensions, were proposed as material${cut}.`,
    cut: (score) => `; the lowest priority score among them was ${score}`,
    rules: {
      both: () => `${proposed} scores on both dimensions reached the thresholds.`,
      either: () => `${proposed} score on either dimension reached the threshold.`,
      impactOnly: () => `${proposed} score on significance of impacts reached the threshold.`,
    },
    values: (impact, stakeholder) =>
      `${impact} for significance of impacts and ${stakeholder} for influence on stakeholders`,
    absolute: (rule, values) =>
      `${rule} The thresholds were fixed before the survey opened: ${values}.`,
    percentile: (rule, p, midpoint, values) =>
      `${rule} Each threshold was set at the ${ordinal(p)} percentile of all issues' scores on that dimension, and no lower than ${midpoint}, the midpoint of the scale: ${values}.`,
  },
  brief: {
    topN: (n, format) => `the ${spell(n, format)} topics with the highest combined score`,
    percentile: {
      both: (p) => `topics scoring at or above the ${ordinal(p)} percentile on both dimensions`,
      either: (p) => `topics scoring at or above the ${ordinal(p)} percentile on either dimension`,
      impactOnly: (p) =>
        `topics scoring at or above the ${ordinal(p)} percentile on significance of impacts`,
    },
    absolute: {
      both: (impact, stakeholder) =>
        `${atLeast(impact)} and ${stakeholder} on influence on stakeholders`,
      either: (impact, stakeholder) =>
        `${atLeast(impact)} or ${stakeholder} on influence on stakeholders`,
      impactOnly: (impact) => atLeast(impact),
    },
  },
  confirm: {
    confirmed: (date, material, format) =>
      `On ${date}, the Group's management reviewed the ranked results and the proposed classification of each issue, and confirmed ${spell(material, format)} material ${plural(material, 'issue', 'issues')}.`,
    overrides: (n, format) => `departed from the proposed result for ${issues(n, format)}`,
    referred: (n, format) =>
      `decided ${issues(n, format)} that the scores referred to its judgement`,
    unchanged: 'Management confirmed the proposed result without changes.',
    changed: (parts) =>
      `Management ${parts.join(' and ')}. The reason for each of these decisions is set out below.`,
    shared: (n, format) =>
      `For ${issues(n, format)} decided together, management wrote one reason, which is repeated for each of them below and marked as a shared reason.`,
    annual:
      'The Group will review its material issues annually and refine the assessment where there is room for improvement.',
  },
  material: {
    none: 'No issue was confirmed as material.',
    self: (n, format) => `${found(n, format)}. In order of importance, they are as follows:`,
    board: (n, format) =>
      `${found(n, format)}. Following the Board's review, the material issues, in order of importance, are as follows:`,
    pending: (n, format) =>
      `${found(n, format)}, subject to the Board's approval. In order of importance, they are as follows:`,
    approach: (guide) =>
      `The Group reports its management approach and performance on each of these issues in the relevant sections of this report, with reference to the aspects and key performance indicators (KPIs) of the ${guide} shown.`,
  },
  gri31: (p) =>
    `The Group determined its material topics in three steps. First, it identified ${p.format.count(p.issues)} candidate topics based on ${p.sources}. Second, it surveyed its ${spell(p.groups.length, p.format)} stakeholder groups (${series(
      p.groups.map((name) => name.toLowerCase()),
      '; ',
      '; and ',
    )}) and received ${p.format.count(p.responded)} valid responses; respondents rated each topic's significance of economic, environmental and social impacts and its influence on stakeholders' assessments and decisions on a ${spell(p.scaleMax, p.format)}-point scale. The group means were combined ${p.weights}, and ${p.brief} were proposed as material. Third, management reviewed the proposed list, decided on the topics referred to it and recorded the reason for each departure from the proposed result; ${p.finalList}.`,
  gri31Weights: { equal: 'with equal weights', set: 'with weights set before the survey opened' },
  gri32: {
    none: (period) => `The Group has no material topics${period}.`,
    listed: (period) =>
      `The Group's material topics${period} are listed below in order of importance.`,
  },
  changes: {
    first:
      'This is the first materiality assessment the Group has carried out on this basis, so there are no changes from a previous reporting period to report.',
    rescaled: (previous, current) =>
      ` As the rating scale changed from ${previous} to ${current} points, scores were compared on a common scale of 0 to 1.`,
    decisionsOnly:
      ' As one of the two periods was assessed with the stakeholder matrix and the other by double materiality, only the lists of material topics were compared, not the scores.',
    unchanged: (rescaled) =>
      `The list of material topics is unchanged from the previous reporting period.${rescaled}`,
    entered: (names, n) =>
      `${names} ${plural(n, 'was', 'were')} added to the list of material topics`,
    left: (names, n) =>
      `${names} ${plural(n, 'was', 'were')} removed from the list of material topics`,
    leftToo: (names, n) => `${names} ${plural(n, 'was', 'were')} removed from it`,
    noneStayed: '.',
    oneStayed: '; the other material topic remains unchanged.',
    stayed: (n, format) => `; the other ${spell(n, format)} material topics remain unchanged.`,
    sentence: (clauses, rest, rescaled) =>
      `Compared with the previous reporting period, ${clauses.join(' and ')}${rest}${rescaled}`,
  },
}

function found(n: number, format: Format): string {
  return `Based on the assessment results, the Group identified ${spell(n, format)} material ${plural(n, 'issue', 'issues')}`
}
