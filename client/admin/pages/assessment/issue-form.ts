import type { Aspect } from '#surveys/domain/model'
import type { LocalizedText } from '#surveys/i18n/locales'
import type { FieldErrors } from '../../../shared/form.ts'
import type { Issue } from '../../assessment-types.ts'
import { EMPTY_TEXT } from '../../components/fields.tsx'

/** An issue as its form edits it: lists as the text a person types. */
export interface IssueForm {
  code: string
  aspect: Aspect
  names: LocalizedText
  descriptions: LocalizedText
  hkexAspect: string
  kpis: string
  gri: string
}

export const EMPTY_ISSUE: IssueForm = {
  code: '',
  aspect: 'environmental',
  names: EMPTY_TEXT,
  descriptions: EMPTY_TEXT,
  hkexAspect: '',
  kpis: '',
  gri: '',
}

export function issueForm(issue: Issue): IssueForm {
  return {
    code: issue.code,
    aspect: issue.aspect,
    names: issue.names,
    descriptions: issue.descriptions,
    hkexAspect: issue.hkex.aspect,
    kpis: issue.hkex.kpis.join(', '),
    gri: issue.gri.join('\n'),
  }
}

const split = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean)

/** The request body the issue schemas check. */
export function issueBody(form: IssueForm) {
  return {
    code: form.code,
    aspect: form.aspect,
    names: form.names,
    descriptions: form.descriptions,
    hkex: { aspect: form.hkexAspect.trim().toUpperCase(), kpis: split(form.kpis, /[,，\s]+/) },
    gri: split(form.gri, /\n/),
  }
}

/** Schema paths to the form's fields: `hkex.kpis.2` is the KPIs box, `gri.0` the GRI box. */
export function formErrors(errors: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {}
  for (const [path, message] of Object.entries(errors)) {
    const field = path.startsWith('hkex.kpis')
      ? 'kpis'
      : path === 'hkex.aspect'
        ? 'hkexAspect'
        : path.startsWith('gri')
          ? 'gri'
          : path
    mapped[field] ??= message
  }
  return mapped
}

export const ISSUE_FIELD_ORDER = [
  'code',
  'aspect',
  'names.en',
  'names.zh-Hant',
  'names.zh-Hans',
  'descriptions.en',
  'descriptions.zh-Hant',
  'descriptions.zh-Hans',
  'hkexAspect',
  'kpis',
  'gri',
]
