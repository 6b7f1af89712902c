import type { DoubleWords, RegisterCounts } from './disclosure-double-words.ts'
import type { Format } from './disclosure-format.ts'

const HORIZONS =
  'short term (up to one year), medium term (one to five years) and long term (over five years)'

const n = (count: number, one: string, many: string, format: Format) =>
  `${format.count(count)} ${count === 1 ? one : many}`

function survey(c: RegisterCounts, format: Format): string {
  if (c.responded === 0) {
    return 'No stakeholder survey responses were sealed with this assessment; the assessors scored on the evidence recorded in the register.'
  }
  return `The views of ${n(c.groups, 'stakeholder group', 'stakeholder groups', format)} (${n(c.responded, 'survey response', 'survey responses', format)}) were available to the assessors as an input; they informed the scores and did not decide them.`
}

export const doubleEn: DoubleWords = {
  locale: 'en',
  titles: {
    'iro-1':
      'ESRS 2 IRO-1: Process to identify and assess material impacts, risks and opportunities',
    'sbm-3': 'ESRS 2 SBM-3: Material impacts, risks and opportunities',
    'iro-2': 'ESRS 2 IRO-2: Material topics covered by this report',
    'part-d': 'Climate-related risks and opportunities (HKEX ESG Reporting Code, Part D)',
  },
  labels: {
    code: 'Code',
    topic: 'Topic',
    iro: 'Impact, risk or opportunity',
    type: 'Type',
    kind: 'Actual or potential',
    valueChain: 'Value chain',
    horizons: 'Time horizon',
    impact: 'Impact materiality',
    financial: 'Financial materiality',
    types: {
      'negative-impact': 'Negative impact',
      'positive-impact': 'Positive impact',
      risk: 'Risk',
      opportunity: 'Opportunity',
    },
    actual: 'Actual',
    potential: 'Potential',
    stages: { upstream: 'Upstream', 'own-operations': 'Own operations', downstream: 'Downstream' },
    horizon: { short: 'Short term', medium: 'Medium term', long: 'Long term' },
  },
  formula: {
    modeB: (impact, financial) =>
      `The severity of a negative impact is the mean of its scale, scope and irremediable character, raised to the impact threshold when any of them is at the top of the scale; a positive impact's severity is the mean of its scale and scope. For a potential impact, likelihood can only lower the score, except for potential human-rights impacts, where severity takes precedence. The financial score of a risk or opportunity is, for each time horizon, the square root of magnitude × likelihood, and its highest horizon counts. A topic is material when its highest impact score reaches ${impact} or its highest financial score reaches ${financial}.`,
    preset: (thresholds) =>
      `Severity is the average of the mean and the highest of its components; an impact scores severity × likelihood / 5 and a risk or opportunity magnitude × likelihood / 5. An impact, risk or opportunity is material when it reaches the threshold of its type (${thresholds}), and a topic when one of them is.`,
    typeThreshold: (type, value) => `${type.toLowerCase()} ${value}`,
  },
  iro1: {
    a: (formula) =>
      `(a) Methods and assumptions. The Group recorded its impacts, risks and opportunities in a register under the sustainability matters of ESRS 1 AR 16. Internal assessors scored each on anchored scales of 1 to 5, gross of mitigation. Where several assessors scored the same one, each component is the mean of those who scored it; a missing score is left out and never counted as zero. ${formula}`,
    b: (c, format) =>
      `(b) Impacts on people and the environment. ${n(c.iros, 'impact, risk or opportunity was', 'impacts, risks and opportunities were', format)} identified across ${n(c.topics, 'topic', 'topics', format)}, including ${n(c.negative, 'negative impact', 'negative impacts', format)} and ${n(c.positive, 'positive impact', 'positive impacts', format)}; ${format.count(c.humanRights)} of them ${c.humanRights === 1 ? 'relates' : 'relate'} to human rights. They cover ${c.stages.length > 0 ? format.list(c.stages.map((s) => s.toLowerCase())) : 'no stage'} of the value chain, and the affected stakeholders were recorded for each. ${survey(c, format)} Negative impacts were prioritised by severity (scale, scope and irremediable character) and, where potential, likelihood; positive impacts by scale, scope and likelihood.`,
    c: (c, format) =>
      `(c) Risks and opportunities with financial effects. ${n(c.risks, 'risk', 'risks', format)} and ${n(c.opportunities, 'opportunity', 'opportunities', format)} were assessed by the likelihood and the magnitude of their financial effect, each on a scale of 1 to 5, for each time horizon: ${HORIZONS}. The magnitude bands are set by the Group in terms of its financial results. Sustainability-related risks were prioritised against one another on the same scale and threshold; [describe how they are prioritised relative to other types of risks, including the risk-assessment tools used].`,
    d: (date, overrides, approval, format) =>
      `(d) Decision-making and internal control. Management confirmed the result on ${date}. It decided on every topic and gave a written reason wherever it departed from the scores (${n(overrides, 'decision', 'decisions', format)}) or the scores left the decision to it. The confirmed result is sealed with a SHA-256 hash, and every change is recorded in an audit trail. ${approval}`,
    e: '(e) Integration with risk management: [describe how this process is integrated into the overall risk management process and used to evaluate the overall risk profile].',
    f: '(f) Opportunities: [describe how the identification, assessment and management of opportunities is integrated into the overall management process].',
    g: (c, format) =>
      `(g) Input parameters: the register of ${n(c.iros, 'impact, risk or opportunity', 'impacts, risks and opportunities', format)} with its evidence and owners; ${n(c.scores, 'score sheet', 'score sheets', format)} by ${n(c.assessors, 'assessor', 'assessors', format)}; ${c.responded > 0 ? `${n(c.responded, 'stakeholder survey response', 'stakeholder survey responses', format)}; ` : ''}and the formula and thresholds above, fixed when the assessment opened.`,
    h: (first) =>
      first
        ? '(h) Changes: this is the first double materiality assessment the Group has carried out on this basis. The process is reviewed annually.'
        : '(h) Changes: [describe how the process has changed since the previous reporting period]. The process is reviewed annually.',
  },
  sbm3: {
    lead: (count, format) =>
      `The table lists the ${n(count, 'material impact, risk or opportunity', 'material impacts, risks and opportunities', format)} of the material topics, with where in the value chain and over which time horizon each arises; scores are gross of mitigation.`,
    none: 'No impact, risk or opportunity of a material topic reached its threshold.',
  },
  iro2: {
    lead: (count, format) =>
      `The Group's ${n(count, 'material topic is', 'material topics are', format)} listed below; the disclosure requirements of the corresponding topical standards apply to them.`,
    none: 'No topic was confirmed as material.',
    figure: {
      'mode-b':
        "The double-materiality matrix of the confirmed result: each topic's impact materiality (across) against its financial materiality (up), on the scale of 1 to 5. The lines are the thresholds; a topic that reaches either is material. A topic scored on one axis only is not plotted.",
      'severity-likelihood':
        "The double-materiality matrix of the confirmed result: each topic's impact materiality (across) against its financial materiality (up), from 0 to 5 (severity or magnitude × likelihood / 5). A topic is material when one of its impacts, risks or opportunities reaches the threshold of its type. A topic scored on one axis only is not plotted.",
    },
    climateNotMaterial: (explanations) =>
      `Climate change was concluded not material. As ESRS 2 requires, management's explanation of that conclusion: ${explanations}`,
  },
  changes: {
    formulas: {
      'mode-b': 'the default double materiality formula',
      'severity-likelihood': 'the severity × likelihood preset',
    },
    formulaChanged: (previous, current) =>
      ` The scoring formula changed from ${previous} to ${current}, so the two periods' scores are not strictly comparable.`,
  },
  partD: {
    identified: (topics, count, format) =>
      `Climate-related risks and opportunities were identified in the same process as every other sustainability matter, under ${topics}: ${n(count, 'risk or opportunity was', 'risks and opportunities were', format)} recorded, each with its place in the value chain and its time horizons.`,
    noneIdentified: (topics) =>
      `The same process covered ${topics}; no climate-related risk or opportunity was recorded in the register for this period.`,
    assessed: `Each was assessed by its likelihood and the magnitude of its financial effect, each on a scale of 1 to 5, for each time horizon: ${HORIZONS}.`,
    prioritised: (climate, climateMaterial, all, allMaterial, format) =>
      `They were prioritised against the Group's other risks and opportunities on the same scale and threshold: ${format.count(climateMaterial)} of ${format.count(climate)} climate-related risks and opportunities reached the financial threshold, against ${format.count(allMaterial)} of ${format.count(all)} across all topics.`,
    material: 'Climate change is a material topic for the Group.',
    notMaterial: (explanations) =>
      `Climate change was concluded not material. Management's explanation: ${explanations}`,
  },
  explanation: (topic, reason, writtenIn) => `${topic}: ${reason}${writtenIn}.`,
}
