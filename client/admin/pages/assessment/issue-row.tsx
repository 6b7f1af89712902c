import { useEffect, useState } from 'preact/hooks'
import { ASPECT_NAMES, ASPECTS, type Aspect } from '#surveys/domain/model'
import { issuesText } from '#surveys/i18n/assessment-issues'
import { commonText } from '#surveys/i18n/common'
import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'
import { UpdateIssueBody } from '#surveys/schemas/issues'
import { del, patch } from '../../../shared/api.ts'
import { errorsFromApi, type FieldErrors, validateForm } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import type { Issue } from '../../assessment-types.ts'
import { IssueDetails } from './issue-details.tsx'
import { formErrors, type IssueForm, issueBody, issueForm } from './issue-form.ts'

interface RowProps {
  assessmentId: string
  issue: Issue
  first: boolean
  last: boolean
  editable: boolean
  /** Drafts may change code, aspect and order, and remove issues. */
  draft: boolean
  /** The control to focus when this row appears: a move button after a move. */
  focusId?: string | undefined
  /** After a save, move or removal; `focusId` is the control to focus once the list reloads. */
  onChanged(focusId?: string): void
}

/** One issue: a row of inputs tied to its own form, so Enter in any of them saves the row. */
export function IssueRow(props: RowProps) {
  const { locale } = useLocale()
  const t = issuesText[locale]
  const common = commonText[locale]
  const { issue, editable, draft } = props
  const [form, setForm] = useState(() => issueForm(issue))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const formId = `issue-${issue.id}`
  const id = (field: string) => `${formId}-${field}`
  const dirty = JSON.stringify(form) !== JSON.stringify(issueForm(issue))
  const url = `/api/assessments/${props.assessmentId}/issues/${issue.id}`
  // A moved issue comes back as a new row: its move button keeps the keyboard focus.
  useEffect(() => {
    const target = props.focusId && document.getElementById(props.focusId)
    if (target && props.focusId?.startsWith(`${formId}-`)) target.focus()
  }, [])

  const send = async (body: Record<string, unknown>, focusId?: string) => {
    setBusy(true)
    try {
      await patch(url, body)
      setErrors({})
      props.onChanged(focusId)
    } catch (error) {
      setErrors(formErrors(errorsFromApi(error, common.networkError)))
    } finally {
      setBusy(false)
    }
  }
  const save = (event: Event) => {
    event.preventDefault()
    const checked = validateForm(UpdateIssueBody, issueBody(form))
    if (!checked.ok) {
      const found = formErrors(checked.errors)
      if (Object.keys(found).some((key) => !key.startsWith('names.') && key !== 'code'))
        setOpen(true)
      return setErrors(found)
    }
    send(checked.value)
  }
  const remove = async () => {
    if (!confirm(t.confirmRemove(issue.code))) return
    try {
      await del(url)
      props.onChanged()
    } catch (error) {
      setErrors(formErrors(errorsFromApi(error, common.networkError)))
    }
  }
  const set = (patchValue: Partial<IssueForm>) => setForm({ ...form, ...patchValue })
  const readOnly = !editable
  const cellInput = (
    field: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    lang?: Locale,
  ) => (
    <CellInput
      multiline={field !== 'code'}
      id={id(field)}
      form={formId}
      label={`${label}: ${issue.code}`}
      value={value}
      error={errors[field]}
      readOnly={readOnly || (field === 'code' && !draft)}
      lang={lang}
      onInput={onInput}
    />
  )

  return (
    <tbody class={dirty ? 'issue issue--dirty' : 'issue'}>
      <tr>
        <td class="issue-order" data-label={t.order}>
          <span class="issue-position">{issue.position + 1}</span>
          {editable && draft && (
            <span class="move-buttons">
              <button
                type="button"
                id={id('up')}
                class="icon-button"
                aria-label={t.moveUp(issue.code)}
                disabled={props.first || busy}
                onClick={() => send({ position: issue.position - 1 }, id('up'))}
              >
                ↑
              </button>
              <button
                type="button"
                id={id('down')}
                class="icon-button"
                aria-label={t.moveDown(issue.code)}
                disabled={props.last || busy}
                onClick={() => send({ position: issue.position + 1 }, id('down'))}
              >
                ↓
              </button>
            </span>
          )}
        </td>
        <td class="issue-code" data-label={t.code}>
          {cellInput('code', t.code, form.code, (code) => set({ code }))}
        </td>
        <td class="issue-aspect" data-label={t.aspect}>
          <select
            id={id('aspect')}
            form={formId}
            aria-label={`${t.aspect}: ${issue.code}`}
            value={form.aspect}
            disabled={readOnly || !draft}
            onChange={(e) => set({ aspect: e.currentTarget.value as Aspect })}
          >
            {ASPECTS.map((aspect) => (
              <option key={aspect} value={aspect}>
                {ASPECT_NAMES[aspect][locale]}
              </option>
            ))}
          </select>
        </td>
        {LOCALES.map((l) => (
          <td key={l} class="issue-name" data-label={t.nameIn(LOCALE_NAMES[l])}>
            {cellInput(
              `names.${l}`,
              t.nameIn(LOCALE_NAMES[l]),
              form.names[l],
              (text) => set({ names: { ...form.names, [l]: text } }),
              l,
            )}
          </td>
        ))}
        <td class="issue-actions-cell">
          <div class="issue-actions">
            <form id={formId} onSubmit={save} noValidate>
              {editable && (
                <button
                  type="submit"
                  class="button button--small"
                  aria-label={t.saveIssue(issue.code)}
                  disabled={busy || !dirty}
                >
                  {t.save}
                </button>
              )}
            </form>
            <button
              type="button"
              class="button button--quiet button--small"
              aria-expanded={open}
              aria-controls={id('details')}
              onClick={() => setOpen(!open)}
            >
              {t.details}
            </button>
            {editable && draft && (
              <button
                type="button"
                class="button button--quiet button--small"
                aria-label={t.removeIssue(issue.code)}
                onClick={remove}
              >
                {t.remove}
              </button>
            )}
            {dirty && <span class="unsaved">{t.unsaved}</span>}
          </div>
          {errors._ && <p class="error-message">{errors._}</p>}
        </td>
      </tr>
      <tr id={id('details')} class="issue-details" hidden={!open}>
        <td colSpan={4 + LOCALES.length}>
          <IssueDetails
            idPrefix={formId}
            form={form}
            formId={formId}
            errors={errors}
            readOnly={readOnly}
            label={t.detailsFor(issue.code)}
            onInput={set}
          />
        </td>
      </tr>
    </tbody>
  )
}

/**
 * An input in a table cell: labelled by its column header, its error right under it. A name is
 * a one-line textarea that wraps and grows, so a long name is read whole; Enter still saves.
 */
function CellInput(props: {
  multiline: boolean
  id: string
  form: string
  label: string
  value: string
  error?: string | undefined
  readOnly: boolean
  lang?: Locale | undefined
  onInput(value: string): void
}) {
  const attributes = {
    id: props.id,
    form: props.form,
    lang: props.lang,
    value: props.value,
    readOnly: props.readOnly,
    'aria-label': props.label,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? `${props.id}-error` : undefined,
  }
  return (
    <div class={props.error ? 'cell-field field--error' : 'cell-field'}>
      {props.multiline ? (
        <textarea
          {...attributes}
          rows={1}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return
            e.preventDefault()
            e.currentTarget.form?.requestSubmit()
          }}
          onInput={(e) => props.onInput(e.currentTarget.value.replace(/\s*\n\s*/g, ' '))}
        />
      ) : (
        <input {...attributes} type="text" onInput={(e) => props.onInput(e.currentTarget.value)} />
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      )}
    </div>
  )
}
