import * as v from 'valibot'
import { LocalizedText } from '../i18n/locales.ts'
import { MAX_LIST_ENTRIES, withoutBidiControls } from '../reports/plain-text.ts'

/** The two dimensions of the materiality matrix. */
export const AXES = ['impact', 'stakeholder'] as const
export const Axis = v.picklist(AXES, 'Use impact or stakeholder.')
export type Axis = v.InferOutput<typeof Axis>

/** The four aspects of the HKEX ESG Reporting Guide the default issues fall under. */
export const ASPECTS = ['environmental', 'employment', 'operating', 'community'] as const
export const Aspect = v.picklist(ASPECTS, 'Use environmental, employment, operating or community.')
export type Aspect = v.InferOutput<typeof Aspect>

/** `assessor`: an internal expert who scores the IROs of double-materiality assessments. */
export const ROLES = ['admin', 'analyst', 'reviewer', 'approver', 'viewer', 'assessor'] as const
export const Role = v.picklist(ROLES)
export type Role = v.InferOutput<typeof Role>

/** How an assessment decides materiality: the stakeholder matrix (Mode A) or double materiality. */
export const ASSESSMENT_METHODS = ['matrix', 'double'] as const
export const AssessmentMethod = v.picklist(ASSESSMENT_METHODS, 'Use matrix or double.')
export type AssessmentMethod = v.InferOutput<typeof AssessmentMethod>

export const ASSESSMENT_STATUSES = ['draft', 'open', 'closed', 'confirmed', 'approved'] as const
export const AssessmentStatus = v.picklist(ASSESSMENT_STATUSES)
export type AssessmentStatus = v.InferOutput<typeof AssessmentStatus>

/** HKEX ESG Reporting Guide mapping: an aspect (A1–A4, B1–B8) and the KPIs it covers. */
export const HkexMapping = v.object({
  aspect: v.pipe(v.string(), v.regex(/^(A[1-4]|B[1-8])$/, 'Use an HKEX aspect such as A2 or B6.')),
  kpis: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^(A[1-4]|B[1-8])(\.\d+)?$/, 'Use a KPI such as A2.2.'))),
    v.maxLength(MAX_LIST_ENTRIES, `List at most ${MAX_LIST_ENTRIES} KPIs.`),
  ),
})
export type HkexMapping = v.InferOutput<typeof HkexMapping>

/** A candidate ESG issue as it appears in an issue library. */
export const IssueDefinition = v.object({
  code: v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^[A-Za-z0-9._-]{1,16}$/, 'Use 1–16 letters, digits, dots or dashes.'),
  ),
  aspect: Aspect,
  names: LocalizedText,
  descriptions: LocalizedText,
  hkex: HkexMapping,
  /** GRI topic standards, e.g. "GRI 305: Emissions 2016". */
  gri: v.pipe(
    v.array(v.pipe(v.string(), withoutBidiControls, v.trim(), v.minLength(1), v.maxLength(120))),
    v.maxLength(MAX_LIST_ENTRIES, `List at most ${MAX_LIST_ENTRIES} GRI standards.`),
  ),
})
export type IssueDefinition = v.InferOutput<typeof IssueDefinition>

/** A stakeholder group as defined in the default set. */
export const StakeholderGroupDefinition = v.object({
  key: v.pipe(
    v.string(),
    v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'Use lower-case letters, digits and dashes.'),
  ),
  names: LocalizedText,
  expectations: LocalizedText,
  channels: LocalizedText,
  weight: v.pipe(v.number(), v.minValue(0, 'A weight cannot be negative.')),
  axes: v.pipe(
    v.array(Axis),
    v.minLength(1, 'A group rates at least one axis.'),
    v.maxLength(AXES.length, 'Name each axis once.'),
  ),
})
export type StakeholderGroupDefinition = v.InferOutput<typeof StakeholderGroupDefinition>

/** The names of aspects, for tables and legends. */
export const ASPECT_NAMES: Record<Aspect, LocalizedText> = {
  environmental: { en: 'Environmental', 'zh-Hant': '環境', 'zh-Hans': '环境' },
  employment: {
    en: 'Employment and labour practices',
    'zh-Hant': '僱傭及勞工常規',
    'zh-Hans': '雇佣及劳工常规',
  },
  operating: { en: 'Operating practices', 'zh-Hant': '營運常規', 'zh-Hans': '营运常规' },
  community: { en: 'Community investment', 'zh-Hant': '社區投資', 'zh-Hans': '社区投资' },
}

/** Axis titles, verbatim from the source report. */
export const AXIS_NAMES: Record<Axis, LocalizedText> = {
  impact: {
    en: 'Significance of economic, environmental and social impacts',
    'zh-Hant': '經濟、環境和社會影響的重要性',
    'zh-Hans': '经济、环境和社会影响的重要性',
  },
  stakeholder: {
    en: "Influence on stakeholders' assessments and decisions",
    'zh-Hant': '對持份者評估和決策的影響',
    'zh-Hans': '对持份者评估和决策的影响',
  },
}
