import { AXES, AXIS_NAMES, type Axis } from '#surveys/domain/model'
import { groupsText } from '#surveys/i18n/assessment-groups'
import { commonText } from '#surveys/i18n/common'
import type { LocalizedText } from '#surveys/i18n/locales'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { Field } from '../../../shared/components/field.tsx'
import { type FieldErrors, summarise } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { Choice, ChoiceGroup, LocalizedFields, TextAreaField } from '../../components/fields.tsx'
import { type GroupFormProps, ORDER, TEXT_FIELDS, useGroupForm } from './use-group-form.ts'

/** A group's share of the total weight, 0..1. */
export const shareOf = (weight: number, total: number) => (total > 0 ? weight / total : 0)

export const formatShare = (share: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share)

/** One stakeholder group's form, or, without `group`, the form that adds one. */
export function GroupForm(props: GroupFormProps) {
  const { locale } = useLocale()
  const t = groupsText[locale]
  const common = commonText[locale]
  const { group, editable } = props
  const form = useGroupForm(props)
  const { values, set, weight, others, needsReason, prefix, errors, busy, submit } = form
  const textErrors = Object.keys(errors).some((k) => TEXT_FIELDS.some((f) => k.startsWith(f)))
  const summary = summarise(errors, [...ORDER, 'reason']).map((e) => ({
    ...e,
    ...(e.field ? { field: `${prefix}-${e.field}` } : {}),
  }))
  return (
    <form class="card group-card" aria-labelledby={`${prefix}-title`} onSubmit={submit} noValidate>
      <h3 id={`${prefix}-title`}>{group ? group.names[locale] : t.addTitle}</h3>
      {!group && <p class="hint">{t.addLead}</p>}
      <ErrorSummary title={common.errorSummaryTitle} errors={summary} />
      <LocalizedFields
        id={`${prefix}-names`}
        name="names"
        label={t.names}
        value={values.names}
        errors={errors}
        readOnly={!editable}
        onInput={form.setNames}
      />
      <div class="field-row">
        {!group && (
          <Field
            id={`${prefix}-key`}
            label={t.key}
            hint={t.keyHint}
            value={values.key}
            error={errors.key}
            onInput={(e) => form.setKey(e.currentTarget.value)}
          />
        )}
        <Field
          id={`${prefix}-weight`}
          label={t.weight}
          hint={
            Number.isFinite(weight)
              ? t.shareOf(formatShare(shareOf(weight, others + weight), locale))
              : t.weightHint
          }
          inputMode="decimal"
          value={values.weight}
          error={errors.weight}
          readOnly={!editable}
          onInput={(e) => set({ weight: e.currentTarget.value })}
        />
      </div>
      <AxesChoice
        id={`${prefix}-axes`}
        axes={values.axes}
        error={errors.axes}
        editable={editable}
        onChange={(axes) => set({ axes })}
      />
      <GroupTexts
        prefix={prefix}
        values={values}
        errors={errors}
        open={!group || textErrors}
        editable={editable}
        onInput={set}
      />
      {editable && needsReason && (
        <TextAreaField
          id={`${prefix}-reason`}
          label={t.reason}
          value={values.reason}
          error={errors.reason}
          rows={2}
          onInput={(reason) => set({ reason })}
        />
      )}
      {editable && (
        <button type="submit" class="button" disabled={busy}>
          {busy ? common.saving : group ? t.save : t.add}
        </button>
      )}
    </form>
  )
}

/** Which axes the group rates. */
function AxesChoice(props: {
  id: string
  axes: Axis[]
  error: string | undefined
  editable: boolean
  onChange(axes: Axis[]): void
}) {
  const { locale } = useLocale()
  return (
    <ChoiceGroup id={props.id} legend={groupsText[locale].axes} error={props.error}>
      {AXES.map((axis) => (
        <Choice
          key={axis}
          type="checkbox"
          label={AXIS_NAMES[axis][locale]}
          checked={props.axes.includes(axis)}
          disabled={!props.editable}
          onChange={(e) =>
            props.onChange(
              AXES.filter((a) => (a === axis ? e.currentTarget.checked : props.axes.includes(a))),
            )
          }
        />
      ))}
    </ChoiceGroup>
  )
}

type Texts = Record<(typeof TEXT_FIELDS)[number], LocalizedText>

/** The group's expectations and channels in three languages, folded away once the group exists. */
function GroupTexts(props: {
  prefix: string
  values: Texts
  errors: FieldErrors
  open: boolean
  editable: boolean
  onInput(patch: Partial<Texts>): void
}) {
  const { locale } = useLocale()
  const t = groupsText[locale]
  return (
    <details class="group-texts" open={props.open}>
      <summary>{t.textsTitle}</summary>
      {TEXT_FIELDS.map((field) => (
        <LocalizedFields
          key={field}
          id={`${props.prefix}-${field}`}
          name={field}
          label={t[field]}
          value={props.values[field]}
          errors={props.errors}
          multiline
          readOnly={!props.editable}
          onInput={(text) => props.onInput({ [field]: text })}
        />
      ))}
    </details>
  )
}
