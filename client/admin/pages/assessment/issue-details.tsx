import { issuesText } from '#surveys/i18n/assessment-issues'
import { LOCALE_NAMES, LOCALES } from '#surveys/i18n/locales'
import type { FieldErrors } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { describedBy, FieldShell } from '../../components/fields.tsx'
import type { IssueForm } from './issue-form.ts'

/** An issue's descriptions and its HKEX and GRI mappings; `formId` ties them to a row's form. */
export function IssueDetails(props: {
  idPrefix: string
  formId?: string
  form: IssueForm
  errors: FieldErrors
  readOnly: boolean
  label: string
  onInput(patch: Partial<IssueForm>): void
}) {
  const t = issuesText[useLocale().locale]
  const { form, errors } = props
  const id = (field: string) => `${props.idPrefix}-${field}`
  const control = (field: string, hint?: string) => ({
    id: id(field),
    name: field,
    form: props.formId,
    readOnly: props.readOnly,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describedBy({ id: id(field), hint, error: errors[field] }),
  })
  return (
    <fieldset class="issue-details-grid">
      <legend class="visually-hidden">{props.label}</legend>
      {LOCALES.map((locale) => {
        const field = `descriptions.${locale}`
        return (
          <FieldShell
            key={locale}
            id={id(field)}
            label={`${t.descriptions} (${LOCALE_NAMES[locale]})`}
            error={errors[field]}
          >
            <textarea
              {...control(field)}
              lang={locale}
              rows={3}
              value={form.descriptions[locale]}
              onInput={(e) =>
                props.onInput({
                  descriptions: { ...form.descriptions, [locale]: e.currentTarget.value },
                })
              }
            />
          </FieldShell>
        )
      })}
      <FieldShell
        id={id('hkexAspect')}
        label={t.hkexAspect}
        hint={t.hkexAspectHint}
        error={errors.hkexAspect}
      >
        <input
          {...control('hkexAspect', t.hkexAspectHint)}
          type="text"
          value={form.hkexAspect}
          onInput={(e) => props.onInput({ hkexAspect: e.currentTarget.value })}
        />
      </FieldShell>
      <FieldShell id={id('kpis')} label={t.kpis} hint={t.kpisHint} error={errors.kpis}>
        <input
          {...control('kpis', t.kpisHint)}
          type="text"
          value={form.kpis}
          onInput={(e) => props.onInput({ kpis: e.currentTarget.value })}
        />
      </FieldShell>
      <FieldShell id={id('gri')} label={t.gri} hint={t.griHint} error={errors.gri}>
        <textarea
          {...control('gri', t.griHint)}
          rows={2}
          value={form.gri}
          onInput={(e) => props.onInput({ gri: e.currentTarget.value })}
        />
      </FieldShell>
    </fieldset>
  )
}
