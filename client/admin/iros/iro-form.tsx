import { IRO_TYPES } from '#surveys/domain/iros'
import { doubleText } from '#surveys/i18n/double-materiality'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import type { Issue } from '../assessment-types.ts'
import { SelectField, TextAreaField } from '../components/fields.tsx'
import { IroFormActions } from './iro-form-actions.tsx'
import { IroFormChoices } from './iro-form-choices.tsx'
import { detailFields, IroFormDetails } from './iro-form-details.tsx'
import type { AffectedGroup, IroFormBody, IroValues } from './iro-values.ts'
import { useIroForm } from './use-iro-form.ts'

const ORDER = ['issueId', 'type', 'actual', 'horizons', 'valueChain', 'description']

/**
 * The one IRO form: adding an impact, risk or opportunity under a topic, or editing one
 * (`initial` its values). Field ids start with `idPrefix`, so the add form and an edit dialog
 * can be on the page together.
 */
export function IroForm(props: {
  idPrefix: string
  title: string
  issues: Issue[]
  groups: readonly AffectedGroup[]
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
  const order = [...ORDER, ...detailFields(values)]
  return (
    <form class="stack" onSubmit={submit} noValidate>
      <h3 id={id('title')}>{props.title}</h3>
      <ErrorSummary title={props.title} errors={summarise(errors, order)} onSelect={focus} />
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
      <IroFormChoices id={id} values={values} errors={errors} set={set} />
      <TextAreaField
        id={id('description')}
        label={t.description}
        value={values.description}
        error={errors.description}
        onInput={(description) => set({ description })}
      />
      <IroFormDetails id={id} groups={props.groups} values={values} errors={errors} set={set} />
      <IroFormActions
        error={errors._}
        busy={busy}
        done={done}
        submitLabel={props.submitLabel}
        busyLabel={props.busyLabel}
        doneLabel={props.doneLabel}
        onCancel={props.onCancel}
        cancelLabel={props.cancelLabel}
      />
    </form>
  )
}
