import { useEffect, useState } from 'preact/hooks'
import { ASPECT_NAMES, ASPECTS } from '#surveys/domain/model'
import { issuesText } from '#surveys/i18n/assessment-issues'
import { commonText } from '#surveys/i18n/common'
import { CreateIssueBody } from '#surveys/schemas/issues'
import { call, server } from '../../../shared/api.ts'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { Field } from '../../../shared/components/field.tsx'
import { summarise, validateForm } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useChange } from '../../../shared/use-change.ts'
import { LocalizedFields, SelectField } from '../../components/fields.tsx'
import { IssueDetails } from './issue-details.tsx'
import {
  EMPTY_ISSUE,
  formErrors,
  ISSUE_FIELD_ORDER,
  type IssueForm,
  issueBody,
} from './issue-form.ts'

/**
 * The form under the table that adds a custom issue at the end. `initial` starts it filled in
 * (a respondent's suggestion) and takes the focus there.
 */
export function AddIssueForm(props: {
  assessmentId: string
  initial?: IssueForm | undefined
  onAdded(): void
}) {
  const { locale } = useLocale()
  const t = issuesText[locale]
  const common = commonText[locale]
  const [form, setForm] = useState(props.initial ?? EMPTY_ISSUE)
  useEffect(() => {
    if (props.initial) document.getElementById('new-issue-code')?.focus()
  }, [])
  const { errors, setErrors, busy, run } = useChange((_error, fallback) => formErrors(fallback))
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch })

  const submit = async (event: Event) => {
    event.preventDefault()
    const checked = validateForm(CreateIssueBody, issueBody(form))
    if (!checked.ok) return setErrors(formErrors(checked.errors))
    const param = { id: props.assessmentId }
    if (
      !(await run(() =>
        call(server.assessments[':id'].issues.$post({ param, json: checked.value })),
      ))
    )
      return
    setForm(EMPTY_ISSUE)
    props.onAdded()
  }

  const summary = summarise(errors, ISSUE_FIELD_ORDER).map((entry) => ({
    ...entry,
    ...(entry.field ? { field: `new-issue-${entry.field}` } : {}),
  }))
  return (
    <form class="card" aria-labelledby="add-issue-title" onSubmit={submit} noValidate>
      <h2 id="add-issue-title">{t.addTitle}</h2>
      <ErrorSummary title={common.errorSummaryTitle} errors={summary} />
      <div class="field-row">
        <Field
          id="new-issue-code"
          label={t.code}
          value={form.code}
          error={errors.code}
          onInput={(e) => set({ code: e.currentTarget.value })}
        />
        <SelectField
          id="new-issue-aspect"
          label={t.aspect}
          value={form.aspect}
          options={ASPECTS.map((aspect) => ({
            value: aspect,
            label: ASPECT_NAMES[aspect][locale],
          }))}
          onChange={(aspect) => set({ aspect })}
        />
      </div>
      <LocalizedFields
        id="new-issue-names"
        name="names"
        label={t.names}
        value={form.names}
        errors={errors}
        onInput={(names) => set({ names })}
      />
      <IssueDetails
        idPrefix="new-issue"
        form={form}
        errors={errors}
        readOnly={false}
        label={t.details}
        onInput={set}
      />
      <button type="submit" class="button" disabled={busy}>
        {busy ? common.saving : t.add}
      </button>
    </form>
  )
}
