/**
 * The questionnaire as respondents saw it, in every language offered: the question stem of each
 * axis, the scale's labels, the groups and the issues with their descriptions. The survey API
 * presents one language of it; a confirmation seals all of it into the snapshot, so the evidence
 * pack and the disclosure quote the wording that was fielded, not today's.
 */

import type { Catalog } from '../i18n/catalog.ts'
import { LOCALES, type Locale, type LocalizedText } from '../i18n/locales.ts'
import { questionnaireText } from '../i18n/questionnaire.ts'
import { surveyText } from '../i18n/survey.ts'
import { type Aspect, AXES, AXIS_NAMES, type Axis } from './model.ts'

/** One labelled point of the scale (its ends and its middle). */
export interface ScaleLabel {
  value: number
  label: LocalizedText
}

export interface FieldedQuestionnaire {
  /** The languages a respondent could choose. */
  locales: Locale[]
  scale: { min: 1; max: number; labels: ScaleLabel[]; dontKnow: LocalizedText }
  axes: { key: Axis; name: LocalizedText; question: LocalizedText }[]
  groups: { key: string; names: LocalizedText; axes: Axis[] }[]
  /** In the order the survey shows them. */
  issues: { code: string; aspect: Aspect; names: LocalizedText; descriptions: LocalizedText }[]
}

export interface QuestionnaireSource {
  scaleMax: number
  groups: readonly { key: string; names: LocalizedText; axes: readonly Axis[] }[]
  issues: readonly {
    code: string
    aspect: Aspect
    names: LocalizedText
    descriptions: LocalizedText
  }[]
}

/** The same text in every language, from one of the catalogs of UI strings. */
function everyLocale<T>(text: Catalog<T>, pick: (text: Catalog<T>['en']) => string): LocalizedText {
  return { en: pick(text.en), 'zh-Hant': pick(text['zh-Hant']), 'zh-Hans': pick(text['zh-Hans']) }
}

/**
 * The labelled points of a 1…max scale: "Not important", the midpoint, "Very important".
 * @example scaleLabels(5).map((l) => l.value) // [1, 3, 5]
 */
export function scaleLabels(max: number): ScaleLabel[] {
  return [
    { value: 1, label: everyLocale(questionnaireText, (t) => t.scaleLow) },
    { value: (max + 1) / 2, label: everyLocale(questionnaireText, (t) => t.scaleMid) },
    { value: max, label: everyLocale(questionnaireText, (t) => t.scaleHigh) },
  ]
}

/** The question stem of an axis in every language. */
export function axisQuestion(axis: Axis): LocalizedText {
  return everyLocale(questionnaireText, (t) =>
    axis === 'impact' ? t.impactQuestion : t.stakeholderQuestion,
  )
}

/** The whole questionnaire of an assessment, in every language offered. */
export function fieldedQuestionnaire(source: QuestionnaireSource): FieldedQuestionnaire {
  return {
    locales: [...LOCALES],
    scale: {
      min: 1,
      max: source.scaleMax,
      labels: scaleLabels(source.scaleMax),
      dontKnow: everyLocale(surveyText, (t) => t.dontKnow),
    },
    axes: AXES.map((key) => ({ key, name: AXIS_NAMES[key], question: axisQuestion(key) })),
    groups: source.groups.map(({ key, names, axes }) => ({ key, names, axes: [...axes] })),
    issues: source.issues.map(({ code, aspect, names, descriptions }) => ({
      code,
      aspect,
      names,
      descriptions,
    })),
  }
}
