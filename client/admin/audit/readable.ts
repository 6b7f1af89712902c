import {
  ASPECT_NAMES,
  ASSESSMENT_STATUSES,
  type Aspect,
  AXIS_NAMES,
  type Axis,
  ROLES,
} from '#surveys/domain/model'
import { DEFAULT_STAKEHOLDER_GROUPS } from '#surveys/domain/stakeholders'
import { adminText } from '#surveys/i18n/admin'
import { assessmentText } from '#surveys/i18n/assessment'
import { linksText } from '#surveys/i18n/assessment-links'
import { auditText } from '#surveys/i18n/audit'
import { auditFieldText } from '#surveys/i18n/audit-fields'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import { doubleText } from '#surveys/i18n/double-materiality'
import { LOCALE_NAMES, type Locale, parseLocale } from '#surveys/i18n/locales'
import { matrixText } from '#surveys/i18n/matrix'
import { membersText } from '#surveys/i18n/members'
import { hkexAspect } from '#surveys/reports/disclosure-tables'
import { formatDate } from '../../shared/dates.ts'

// Audit entries keep codes (statuses, roles, link kinds, axes, modes…) and ISO dates, so the log
// stays the same whatever the reader's language; here they become words in that language.

/** A code's label from a catalog, or the code itself when the catalog does not know it. */
export function labelOf(labels: Record<string, unknown>, code: string): string {
  const label = labels[code]
  return typeof label === 'string' ? label : code
}

const has = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)

/** A word from a catalog under `prefix + value`, if the catalog has it. */
function word(labels: Record<string, unknown>, prefix: string, value: string) {
  const label = labels[`${prefix}${value}`]
  return typeof label === 'string' ? label : undefined
}

type Reader = (value: string, locale: Locale, parent: string | undefined) => string | undefined

/** Coded values by the field they are in (its last key). */
const CODES: Record<string, Reader> = {
  status: (v, l) => (has(ASSESSMENT_STATUSES, v) ? adminText[l][`status_${v}`] : undefined),
  role: (v, l) => (has(ROLES, v) ? membersText[l][`role_${v}`] : undefined),
  decision: (v, l) =>
    v === 'approve'
      ? confirmationPageText[l].approve
      : v === 'return'
        ? confirmationPageText[l].returnIt
        : undefined,
  kind: (v, l) => word(linksText[l], 'short_', v),
  axes: (v, l) => (v in AXIS_NAMES ? AXIS_NAMES[v as Axis][l] : undefined),
  aspect: (v, l, parent) =>
    parent === 'hkex'
      ? hkexAspect(v, l)
      : v in ASPECT_NAMES
        ? ASPECT_NAMES[v as Aspect][l]
        : undefined,
  mode: (v, l, parent) =>
    word(assessmentText[l], parent === 'borderline' ? 'borderline_' : 'mode_', v),
  rule: (v, l) => word(assessmentText[l], 'rule_', v),
  defaultLocale: (v) => localeName(v),
  locale: (v) => localeName(v),
  method: (v, l) =>
    v === 'matrix'
      ? doubleText[l].methodMatrix
      : v === 'double'
        ? doubleText[l].methodDouble
        : undefined,
  library: (v, l) =>
    v === 'hkex-33'
      ? doubleText[l].libraryHkex
      : v.startsWith('esrs')
        ? doubleText[l].libraryEsrs
        : undefined,
  type: (v, l) => word(doubleText[l], 'type_', v),
  horizons: (v, l) => word(doubleText[l], 'horizon_', v),
  valueChain: (v, l) => word(doubleText[l], 'stage_', v),
  group: (v, l) => groupName(v, l),
  // A group's key: a default group's by its name; one a team made up stays as they wrote it.
  key: (v, l) => groupName(v, l),
  computedTier: (v, l) => word(matrixText[l], 'tier_', v),
}

function groupName(key: string, locale: Locale) {
  return DEFAULT_STAKEHOLDER_GROUPS.find((group) => group.key === key)?.names[locale]
}

function localeName(value: string) {
  const locale = parseLocale(value)
  return locale ? LOCALE_NAMES[locale] : undefined
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A field's name: "threshold" → "Threshold"; a language key → the language's name. */
export function fieldLabel(key: string, locale: Locale): string {
  const label = auditFieldText[locale][key as keyof (typeof auditFieldText)[Locale]]
  if (typeof label === 'string') return label
  return localeName(key) ?? key
}

/** A dot path as people read it: "Settings › Threshold › Method". */
export function pathLabel(path: string, locale: Locale): string {
  return path
    .split('.')
    .map((key) => fieldLabel(key, locale))
    .join(' › ')
}

/**
 * A value as people read it: codes named, booleans as yes/no, dates in the browser's locale,
 * lists joined, records inside lists (an override: issue, material, reason) as "Label: value".
 * @example readableValue('settings.rule', 'both', 'en') // 'it is above the threshold on both axes'
 */
export function readableValue(field: string, value: unknown, locale: Locale): string {
  const t = auditText[locale]
  if (value === undefined || value === null || value === '') return t.notSet
  if (typeof value === 'boolean') return value ? t.yes : t.no
  if (Array.isArray(value)) {
    if (value.length === 0) return t.none
    return value.map((item) => readableValue(field, item, locale)).join(t.listSeparator)
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, inner]) => {
        const label = fieldLabel(key, locale)
        return `${label}: ${readableValue(`${field}.${key}`, inner, locale)}`
      })
      .join(t.pairSeparator)
  }
  if (typeof value !== 'string') return String(value)
  const keys = field.split('.')
  const coded = CODES[keys.at(-1) ?? '']?.(value, locale, keys.at(-2))
  if (coded !== undefined) return coded
  if (INSTANT.test(value)) return formatDate(value, locale)
  if (DAY.test(value)) return formatDate(value, locale, 'day')
  return value
}
