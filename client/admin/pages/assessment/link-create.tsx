import { useState } from 'preact/hooks'
import { linksText } from '#surveys/i18n/assessment-links'
import { commonText } from '#surveys/i18n/common'
import { CreateLinksBody, LINK_KINDS, type LinkKind } from '#surveys/schemas/links'
import { call, server } from '../../../shared/api.ts'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { Field } from '../../../shared/components/field.tsx'
import { summarise, validateForm } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useChange } from '../../../shared/use-change.ts'
import type { Group, NewLink } from '../../assessment-types.ts'
import { Choice, ChoiceGroup, SelectField } from '../../components/fields.tsx'

/** Links just made (or re-issued): the only moment their tokens are known. */
export interface CreatedBatch {
  group: string
  kind: LinkKind
  links: Pick<NewLink, 'id' | 'url'>[]
  /** An open link shown again from the list, not just made. */
  again?: boolean
}

const ORDER = ['group', 'kind', 'count', 'maxResponses', 'expiresAt']

const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text))

/** `datetime-local` gives local time without a zone; the API wants an instant. */
const instant = (local: string) => (local ? new Date(local).toISOString() : null)

export function CreateLinksForm(props: {
  assessmentId: string
  groups: Group[]
  onCreated(batch: CreatedBatch): void
}) {
  const { locale } = useLocale()
  const t = linksText[locale]
  const common = commonText[locale]
  const [values, setValues] = useState({
    group: props.groups[0]?.key ?? '',
    kind: 'single-use' as LinkKind,
    count: '10',
    maxResponses: '',
    expiresAt: '',
  })
  const { errors, setErrors, busy, run } = useChange()
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch })
  const single = values.kind === 'single-use'

  const submit = async (event: Event) => {
    event.preventDefault()
    const body = {
      group: values.group,
      kind: values.kind,
      count: single ? (optionalNumber(values.count) ?? Number.NaN) : 1,
      expiresAt: instant(values.expiresAt),
      ...(single ? {} : { maxResponses: optionalNumber(values.maxResponses) }),
    }
    const checked = validateForm(CreateLinksBody, body)
    if (!checked.ok) return setErrors(checked.errors)
    const param = { id: props.assessmentId }
    await run(async () => {
      const created = await call(
        server.assessments[':id'].links.$post({ param, json: checked.value }),
      )
      props.onCreated({ group: values.group, kind: values.kind, links: created.links })
    })
  }

  return (
    <form class="card" aria-labelledby="create-links-title" onSubmit={submit} noValidate>
      <h3 id="create-links-title">{t.createTitle}</h3>
      <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, ORDER)} />
      <SelectField
        id="group"
        label={t.group}
        value={values.group}
        error={errors.group}
        options={props.groups.map((g) => ({ value: g.key, label: g.names[locale] }))}
        onChange={(group) => set({ group })}
      />
      <ChoiceGroup id="kind" legend={t.kind} error={errors.kind}>
        {LINK_KINDS.map((kind) => (
          <Choice
            key={kind}
            type="radio"
            name="kind"
            value={kind}
            label={t[`kind_${kind}`]}
            checked={values.kind === kind}
            onChange={() => set({ kind })}
          />
        ))}
        <p class="hint">{t[`kind_${values.kind}Hint`]}</p>
      </ChoiceGroup>
      <div class="field-row">
        {single ? (
          <Field
            id="count"
            label={t.count}
            hint={t.countHint}
            inputMode="numeric"
            value={values.count}
            error={errors.count}
            onInput={(e) => set({ count: e.currentTarget.value })}
          />
        ) : (
          <Field
            id="maxResponses"
            label={t.maxResponses}
            inputMode="numeric"
            value={values.maxResponses}
            error={errors.maxResponses}
            onInput={(e) => set({ maxResponses: e.currentTarget.value })}
          />
        )}
        <Field
          id="expiresAt"
          type="datetime-local"
          label={t.expiresAt}
          value={values.expiresAt}
          error={errors.expiresAt}
          onInput={(e) => set({ expiresAt: e.currentTarget.value })}
        />
      </div>
      <button type="submit" class="button" disabled={busy}>
        {busy ? t.creating : t.create}
      </button>
    </form>
  )
}
