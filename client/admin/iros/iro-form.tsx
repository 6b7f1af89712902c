import { HORIZONS, IRO_TYPES, VALUE_CHAIN_STAGES } from '#surveys/domain/iros'
import { doubleText } from '#surveys/i18n/double-materiality'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { Field } from '../../shared/components/field.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import type { Issue } from '../assessment-types.ts'
import { Choice, ChoiceGroup, SelectField, TextAreaField } from '../components/fields.tsx'
import { type IroFormBody, type IroValues, toggled, useIroForm } from './use-iro-form.ts'

const ORDER = ['issueId', 'type', 'actual', 'horizons', 'valueChain', 'description', 'owner']

/**
 * The one IRO form: adding an impact, risk or opportunity under a topic, or editing one
 * (`initial` its values). Field ids start with `idPrefix`, so the add form and an edit dialog
 * can be on the page together.
 */
export function IroForm(props: {
  idPrefix: string
  title: string
  issues: Issue[]
  initial: IroValues
  submitLabel: string
  busyLabel: string
  doneLabel: string
  emptyAfter?: boolean
  send(body: IroFormBody): Promise<unknown>
  onDone(): void
  onCancel?: () => void
  cancelLabel?: string
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const { values, set, submit, done, busy, errors } = useIroForm(props)
  const id = (field: string) => `${props.idPrefix}-${field}`
  const focus = (field: string) => document.getElementById(id(field))?.focus()
  return (
    <form class="stack" onSubmit={submit} noValidate>
      <h3 id={id('title')}>{props.title}</h3>
      <ErrorSummary title={props.title} errors={summarise(errors, ORDER)} onSelect={focus} />
      <SelectField
        id={id('issueId')}
        label={t.topic}
        value={values.issueId}
        error={errors.issueId}
        options={[
          { value: '', label: t.chooseTopic },
          ...props.issues.map((issue) => ({
            value: issue.id,
            label: `${issue.code} ${issue.names[locale]}`,
          })),
        ]}
        onChange={(issueId) => set({ issueId })}
      />
      <SelectField
        id={id('type')}
        label={t.type}
        value={values.type}
        error={errors.type}
        options={IRO_TYPES.map((type) => ({ value: type, label: t[`type_${type}`] }))}
        onChange={(type) => set({ type })}
      />
      <ChoiceGroup id={id('actual')} legend={t.kind} error={errors.actual}>
        {[true, false].map((actual) => (
          <Choice
            key={String(actual)}
            type="radio"
            name="actual"
            label={actual ? t.actual : t.potential}
            checked={values.actual === actual}
            onChange={() => set({ actual })}
          />
        ))}
      </ChoiceGroup>
      <Choice
        type="checkbox"
        name="humanRights"
        label={t.humanRights}
        checked={values.humanRights}
        onChange={(e) => set({ humanRights: e.currentTarget.checked })}
      />
      <ChoiceGroup id={id('horizons')} legend={t.horizons} error={errors.horizons}>
        {HORIZONS.map((horizon) => (
          <Choice
            key={horizon}
            type="checkbox"
            name="horizons"
            label={t[`horizon_${horizon}`]}
            checked={values.horizons.includes(horizon)}
            onChange={() => set({ horizons: toggled(HORIZONS, values.horizons, horizon) })}
          />
        ))}
      </ChoiceGroup>
      <ChoiceGroup id={id('valueChain')} legend={t.valueChain} error={errors.valueChain}>
        {VALUE_CHAIN_STAGES.map((stage) => (
          <Choice
            key={stage}
            type="checkbox"
            name="valueChain"
            label={t[`stage_${stage}`]}
            checked={values.valueChain.includes(stage)}
            onChange={() =>
              set({ valueChain: toggled(VALUE_CHAIN_STAGES, values.valueChain, stage) })
            }
          />
        ))}
      </ChoiceGroup>
      <TextAreaField
        id={id('description')}
        label={t.description}
        value={values.description}
        error={errors.description}
        onInput={(description) => set({ description })}
      />
      <Field
        id={id('owner')}
        label={t.owner}
        value={values.owner}
        error={errors.owner}
        onInput={(e) => set({ owner: e.currentTarget.value })}
      />
      {errors._ && (
        <p class="error-message" role="alert">
          {errors._}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {busy ? props.busyLabel : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="button button--secondary" onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
        )}
        {done && (
          <p class="notice" role="status">
            {props.doneLabel}
          </p>
        )}
      </div>
    </form>
  )
}
