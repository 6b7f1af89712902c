import { useState } from 'preact/hooks'
import { AXES, AXIS_NAMES, type Axis } from '#surveys/domain/model'
import { groupsText } from '#surveys/i18n/assessment-groups'
import { commonText } from '#surveys/i18n/common'
import { CreateGroupBody, UpdateGroupBody } from '#surveys/schemas/groups'
import { ApiError, call, server } from '../../../shared/api.ts'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { Field } from '../../../shared/components/field.tsx'
import { summarise, validateForm } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useChange } from '../../../shared/use-change.ts'
import { type AssessmentDetail, type Group, isLocked } from '../../assessment-types.ts'
import {
  Choice,
  ChoiceGroup,
  EMPTY_TEXT,
  LocalizedFields,
  TextAreaField,
} from '../../components/fields.tsx'

/** A group's share of the total weight, 0..1. */
export const shareOf = (weight: number, total: number) => (total > 0 ? weight / total : 0)

export const formatShare = (share: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share)

const ORDER = ['names.en', 'names.zh-Hant', 'names.zh-Hans', 'key', 'weight', 'axes']
const TEXT_FIELDS = ['expectations', 'channels']

function initial(group: Group | undefined) {
  return {
    key: group?.key ?? '',
    names: group?.names ?? EMPTY_TEXT,
    weight: String(group?.weight ?? 1),
    axes: group?.axes ?? (['impact', 'stakeholder'] as Axis[]),
    expectations: group?.expectations ?? EMPTY_TEXT,
    channels: group?.channels ?? EMPTY_TEXT,
    reason: '',
  }
}

/** A key from an English name: "Local NGOs" → "local-ngos". */
const keyFrom = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, 'g-$1')
    .slice(0, 40)

/** One stakeholder group's form, or, without `group`, the form that adds one. */
export function GroupForm(props: {
  assessment: AssessmentDetail
  group?: Group
  total: number
  editable: boolean
  onSaved(): void
}) {
  const { locale } = useLocale()
  const t = groupsText[locale]
  const common = commonText[locale]
  const { group, editable } = props
  const [values, setValues] = useState(() => initial(group))
  const [keyEdited, setKeyEdited] = useState(false)
  const { errors, setErrors, busy, run } = useChange((error, fallback) =>
    error instanceof ApiError && error.code === 'setting_locked'
      ? { reason: t.lockedNotice }
      : fallback,
  )
  const prefix = group ? `group-${group.id}` : 'new-group'
  const weight = values.weight.trim() === '' ? Number.NaN : Number(values.weight)
  const scoringChanged =
    !group || weight !== group.weight || values.axes.join() !== group.axes.join()
  const needsReason = isLocked(props.assessment) && scoringChanged
  const others = props.total - (group?.weight ?? 0)
  const set = (patchValue: Partial<typeof values>) => setValues({ ...values, ...patchValue })

  const submit = async (event: Event) => {
    event.preventDefault()
    const body = {
      names: values.names,
      weight,
      axes: values.axes,
      expectations: values.expectations,
      channels: values.channels,
      ...(group ? {} : { key: values.key }),
      ...(needsReason && values.reason ? { reason: values.reason } : {}),
    }
    const id = props.assessment.id
    const routes = server.assessments[':id'].groups
    let request: () => Promise<unknown>
    if (group) {
      const checked = validateForm(UpdateGroupBody, body)
      if (!checked.ok) return setErrors(checked.errors)
      const param = { id, groupId: group.id }
      request = () => call(routes[':groupId'].$patch({ param, json: checked.value }))
    } else {
      const checked = validateForm(CreateGroupBody, body)
      if (!checked.ok) return setErrors(checked.errors)
      request = () => call(routes.$post({ param: { id }, json: checked.value }))
    }
    if (!(await run(request))) return
    if (!group) setValues(initial(undefined))
    props.onSaved()
  }

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
        onInput={(names) =>
          set({ names, ...(group || keyEdited ? {} : { key: keyFrom(names.en) }) })
        }
      />
      <div class="field-row">
        {!group && (
          <Field
            id={`${prefix}-key`}
            label={t.key}
            hint={t.keyHint}
            value={values.key}
            error={errors.key}
            onInput={(e) => {
              setKeyEdited(true)
              set({ key: e.currentTarget.value })
            }}
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
      <ChoiceGroup id={`${prefix}-axes`} legend={t.axes} error={errors.axes}>
        {AXES.map((axis) => (
          <Choice
            key={axis}
            type="checkbox"
            label={AXIS_NAMES[axis][locale]}
            checked={values.axes.includes(axis)}
            disabled={!editable}
            onChange={(e) =>
              set({
                axes: AXES.filter((a) =>
                  a === axis ? e.currentTarget.checked : values.axes.includes(a),
                ),
              })
            }
          />
        ))}
      </ChoiceGroup>
      <details class="group-texts" open={!group || textErrors}>
        <summary>{t.textsTitle}</summary>
        {(['expectations', 'channels'] as const).map((field) => (
          <LocalizedFields
            key={field}
            id={`${prefix}-${field}`}
            name={field}
            label={t[field]}
            value={values[field]}
            errors={errors}
            multiline
            readOnly={!editable}
            onInput={(text) => set({ [field]: text })}
          />
        ))}
      </details>
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
