import { useEffect } from 'preact/hooks'
import { ASPECT_NAMES, ASPECTS, type Aspect } from '#surveys/domain/model'
import { issuesText } from '#surveys/i18n/assessment-issues'
import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'
import { useLocale } from '../../../shared/locale.tsx'
import { CellInput } from './cell-input.tsx'
import { IssueDetails } from './issue-details.tsx'
import { type IssueRowTarget, useIssueRow } from './use-issue-row.ts'

interface RowProps extends IssueRowTarget {
  first: boolean
  last: boolean
  editable: boolean
  /** Drafts may change code, aspect and order, and remove issues. */
  draft: boolean
  /** The control to focus when this row appears: a move button after a move. */
  focusId?: string | undefined
}

type Row = ReturnType<typeof useIssueRow>

/** One issue: a row of inputs tied to its own form, so Enter in any of them saves the row. */
export function IssueRow(props: RowProps) {
  const { locale } = useLocale()
  const t = issuesText[locale]
  const { issue, editable, draft } = props
  const row = useIssueRow(props)
  const { form, errors, set } = row
  const formId = `issue-${issue.id}`
  const id = (field: string) => `${formId}-${field}`
  // A moved issue comes back as a new row: its move button keeps the keyboard focus.
  useEffect(() => {
    const target = props.focusId && document.getElementById(props.focusId)
    if (target && props.focusId?.startsWith(`${formId}-`)) target.focus()
  }, [])
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
      readOnly={!editable || (field === 'code' && !draft)}
      lang={lang}
      onInput={onInput}
    />
  )

  return (
    <tbody class={row.dirty ? 'issue issue--dirty' : 'issue'}>
      <tr>
        <td class="issue-order" data-label={t.order}>
          <span class="issue-position">{issue.position + 1}</span>
          {editable && draft && <MoveButtons {...props} row={row} id={id} />}
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
            disabled={!editable || !draft}
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
          <RowActions {...props} row={row} id={id} formId={formId} />
        </td>
      </tr>
      <tr id={id('details')} class="issue-details" hidden={!row.open}>
        <td colSpan={4 + LOCALES.length}>
          <IssueDetails
            idPrefix={formId}
            form={form}
            formId={formId}
            errors={errors}
            readOnly={!editable}
            label={t.detailsFor(issue.code)}
            onInput={set}
          />
        </td>
      </tr>
    </tbody>
  )
}

interface PartProps extends RowProps {
  row: Row
  id(field: string): string
}

/** Up and down: a draft's order is the questionnaire's. */
function MoveButtons({ issue, first, last, row, id }: PartProps) {
  const t = issuesText[useLocale().locale]
  return (
    <span class="move-buttons">
      <button
        type="button"
        id={id('up')}
        class="icon-button"
        aria-label={t.moveUp(issue.code)}
        disabled={first || row.busy}
        onClick={() => row.move(-1, id('up'))}
      >
        ↑
      </button>
      <button
        type="button"
        id={id('down')}
        class="icon-button"
        aria-label={t.moveDown(issue.code)}
        disabled={last || row.busy}
        onClick={() => row.move(1, id('down'))}
      >
        ↓
      </button>
    </span>
  )
}

/** Save (the row's own form), details, remove, and what is unsaved or went wrong. */
function RowActions({ issue, editable, draft, row, id, formId }: PartProps & { formId: string }) {
  const t = issuesText[useLocale().locale]
  return (
    <>
      <div class="issue-actions">
        <form id={formId} onSubmit={row.save} noValidate>
          {editable && (
            <button
              type="submit"
              class="button button--small"
              aria-label={t.saveIssue(issue.code)}
              disabled={row.busy || !row.dirty}
            >
              {t.save}
            </button>
          )}
        </form>
        <button
          type="button"
          class="button button--quiet button--small"
          aria-expanded={row.open}
          aria-controls={id('details')}
          onClick={() => row.setOpen(!row.open)}
        >
          {t.details}
        </button>
        {editable && draft && (
          <button
            type="button"
            class="button button--quiet button--small"
            aria-label={t.removeIssue(issue.code)}
            onClick={row.remove}
          >
            {t.remove}
          </button>
        )}
        {row.dirty && <span class="unsaved">{t.unsaved}</span>}
      </div>
      {row.errors._ && <p class="error-message">{row.errors._}</p>}
    </>
  )
}
