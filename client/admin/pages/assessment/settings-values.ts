import type {
  AssessmentSettings,
  BorderlineSettings,
  ThresholdSettings,
} from '#surveys/domain/settings'
import { LOCALES } from '#surveys/i18n/locales'

// The scoring settings form's state: what the fields hold, and the PATCH body built from it.

export type Mode = ThresholdSettings['mode']
export const MODES: Mode[] = ['percentile', 'absolute', 'topN']

/** Numbers are edited as text, so a half-typed value stays on screen until it is checked. */
export function formValues(settings: AssessmentSettings) {
  const threshold = settings.threshold
  return {
    scaleMax: settings.scaleMax,
    nMin: String(settings.nMin),
    mode: threshold.mode,
    p: String(threshold.mode === 'percentile' ? threshold.p : 0.75),
    impact: String(threshold.mode === 'absolute' ? threshold.impact : 3.5),
    stakeholder: String(threshold.mode === 'absolute' ? threshold.stakeholder : 3.5),
    n: String(threshold.mode === 'topN' ? threshold.n : 10),
    rule: settings.rule,
    band: settings.borderline.mode,
    k: String(settings.borderline.mode === 'se' ? settings.borderline.k : 1.96),
    width: String(settings.borderline.mode === 'fixed' ? settings.borderline.width : 0.25),
    excludeFlagged: settings.excludeFlagged,
    defaultLocale: settings.defaultLocale,
    names: { en: '', 'zh-Hant': '', 'zh-Hans': '', ...settings.names },
    reason: '',
  }
}

export type Values = ReturnType<typeof formValues>

export const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

function thresholdOf(values: Values): ThresholdSettings {
  if (values.mode === 'percentile') return { mode: 'percentile', p: number(values.p) }
  if (values.mode === 'absolute') {
    return {
      mode: 'absolute',
      impact: number(values.impact),
      stakeholder: number(values.stakeholder),
    }
  }
  return { mode: 'topN', n: number(values.n) }
}

function borderlineOf(values: Values): BorderlineSettings {
  if (values.band === 'se') return { mode: 'se', k: number(values.k) }
  if (values.band === 'fixed') return { mode: 'fixed', width: number(values.width) }
  return { mode: 'off' }
}

export const ORDER = [
  'settings.scaleMax',
  'settings.nMin',
  'settings.threshold',
  'settings.threshold.p',
  'settings.threshold.impact',
  'settings.threshold.stakeholder',
  'settings.threshold.n',
  'settings.rule',
  'settings.borderline',
  'settings.borderline.k',
  'settings.borderline.width',
  ...LOCALES.map((locale) => `settings.names.${locale}`),
  'reason',
]

/** The PATCH body; after opening, the reason for the change goes with it. */
export function settingsPatch(values: Values, locked: boolean) {
  return {
    settings: {
      scaleMax: values.scaleMax,
      nMin: number(values.nMin),
      threshold: thresholdOf(values),
      rule: values.rule,
      borderline: borderlineOf(values),
      excludeFlagged: values.excludeFlagged,
      defaultLocale: values.defaultLocale,
      // A cleared field drops that language's name, so the report falls back to the name.
      names: Object.fromEntries(
        LOCALES.flatMap((l) => (values.names[l].trim() ? [[l, values.names[l]]] : [])),
      ),
    },
    ...(locked && values.reason ? { reason: values.reason } : {}),
  }
}
