import { linksText } from '#surveys/i18n/assessment-links'
import { commonText } from '#surveys/i18n/common'
import { LINK_KINDS } from '#surveys/schemas/links'
import { ErrorSummary } from '../../../shared/components/error-summary.tsx'
import { Field } from '../../../shared/components/field.tsx'
import { summarise } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import type { Group } from '../../assessment-types.ts'
import { Choice, ChoiceGroup, SelectField } from '../../components/fields.tsx'
import { type CreatedBatch, useCreateLinks } from './use-create-links.ts'

const ORDER = ['group', 'kind', 'count', 'maxResponses', 'expiresAt']

/** The form that makes links for one group: single-use in a batch, or one open link. */
export function CreateLinksForm(props: {
  assessmentId: string
  groups: Group[]
  onCreated(batch: CreatedBatch): void
}) {
  const { locale } = useLocale()
  const t = linksText[locale]
  const common = commonText[locale]
  const { values, set, single, errors, busy, submit } = useCreateLinks(props)

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
