import * as v from 'valibot'
import {
  MaterialityRule,
  type ScoringSettings,
  type ThresholdSettings,
} from '../domain/settings.ts'
import { Locale } from '../i18n/locales.ts'

/** Query strings carry numbers as text. */
const decimal = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^\d+(\.\d+)?$/, 'Use a number.'),
    v.transform(Number),
    v.minValue(min, `Use ${min} to ${max}.`),
    v.maxValue(max, `Use ${min} to ${max}.`),
  )

const GROUP_KEY = /^[a-z][a-z0-9-]{0,39}$/
const WEIGHT_ENTRY = /^([a-z][a-z0-9-]{0,39}):(\d+(\.\d+)?)$/

/** `government:2,customers:0.5` → { government: 2, customers: 0.5 }. */
const Weights = v.pipe(
  v.string(),
  v.check(
    (text) => text.split(',').every((entry) => WEIGHT_ENTRY.test(entry)),
    'Use key:weight pairs separated by commas, e.g. government:2,customers:1.',
  ),
  v.transform((text) =>
    Object.fromEntries(
      text.split(',').map((entry) => {
        const [key, weight] = entry.split(':')
        return [key!, Number(weight)]
      }),
    ),
  ),
  v.check(
    (weights) => Object.values(weights).every((weight) => weight <= 100),
    'Use weights from 0 to 100.',
  ),
)

/**
 * GET /api/assessments/:id/matrix (and the exports): one group's view, the language of names,
 * and what-if settings that recompute the matrix without saving anything.
 */
export const MatrixQuery = v.pipe(
  v.object({
    group: v.optional(v.pipe(v.string(), v.regex(GROUP_KEY, 'Use a group key.'))),
    locale: v.optional(Locale),
    rule: v.optional(MaterialityRule),
    threshold: v.optional(v.picklist(['percentile', 'absolute', 'topN'], 'Use a threshold mode.')),
    p: v.optional(decimal(0, 1)),
    impact: v.optional(decimal(1, 7)),
    stakeholder: v.optional(decimal(1, 7)),
    n: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^\d{1,4}$/, 'Use a whole number.'),
        v.transform(Number),
        v.minValue(1, 'Keep at least one issue.'),
      ),
    ),
    weights: v.optional(Weights),
  }),
  v.forward(
    v.check((q) => q.threshold !== 'percentile' || q.p !== undefined, 'Give p with a percentile.'),
    ['p'],
  ),
  v.forward(
    v.check(
      (q) => q.threshold !== 'absolute' || (q.impact !== undefined && q.stakeholder !== undefined),
      'Give impact and stakeholder thresholds.',
    ),
    ['impact'],
  ),
  v.forward(
    v.check((q) => q.threshold !== 'topN' || q.n !== undefined, 'Give n with topN.'),
    ['n'],
  ),
)
export type MatrixQuery = v.InferOutput<typeof MatrixQuery>

/** What-if choices as the page holds them; undefined keeps the assessment's own setting. */
export interface WhatIf {
  rule?: ScoringSettings['rule'] | undefined
  threshold?: ThresholdSettings | undefined
  weights?: Readonly<Record<string, number>> | undefined
}

/** True when the query asks for anything other than the saved settings. */
export function isWhatIf(query: MatrixQuery): boolean {
  return query.rule !== undefined || query.threshold !== undefined || query.weights !== undefined
}

/** The threshold a query asks for, if any. */
export function thresholdOf(query: MatrixQuery): ThresholdSettings | undefined {
  if (query.threshold === 'percentile') return { mode: 'percentile', p: query.p ?? 0.75 }
  if (query.threshold === 'absolute') {
    return { mode: 'absolute', impact: query.impact ?? 3.5, stakeholder: query.stakeholder ?? 3.5 }
  }
  if (query.threshold === 'topN') return { mode: 'topN', n: query.n ?? 5 }
  return undefined
}

/** A matrix request's query, field by field: MatrixQuery's input, what a typed client sends. */
export type MatrixQueryInput = v.InferInput<typeof MatrixQuery>

/**
 * The query for a view and its what-if choices (the inverse of MatrixQuery).
 * @example matrixQuery({ group: 'customers' }, { rule: 'either' }) // { group: 'customers', rule: 'either' }
 */
export function matrixQuery(
  view: { group?: string | undefined; locale?: Locale | undefined },
  whatIf: WhatIf = {},
): MatrixQueryInput {
  const query: MatrixQueryInput = {}
  if (view.group) query.group = view.group
  if (view.locale) query.locale = view.locale
  if (whatIf.rule) query.rule = whatIf.rule
  const { threshold, weights } = whatIf
  if (threshold) {
    query.threshold = threshold.mode
    if (threshold.mode === 'percentile') query.p = String(threshold.p)
    if (threshold.mode === 'absolute') {
      query.impact = String(threshold.impact)
      query.stakeholder = String(threshold.stakeholder)
    }
    if (threshold.mode === 'topN') query.n = String(threshold.n)
  }
  if (weights && Object.keys(weights).length > 0) {
    query.weights = Object.entries(weights)
      .map(([key, weight]) => `${key}:${weight}`)
      .join(',')
  }
  return query
}

/**
 * The same as a query string.
 * @example matrixSearch({ group: 'customers' }, { rule: 'either' }) // 'group=customers&rule=either'
 */
export function matrixSearch(
  view: { group?: string | undefined; locale?: Locale | undefined },
  whatIf: WhatIf = {},
) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(matrixQuery(view, whatIf))) {
    if (value !== undefined) params.set(key, value)
  }
  return params.toString()
}
