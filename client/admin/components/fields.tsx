import type { ComponentChildren, JSX } from 'preact'
import { LOCALE_NAMES, LOCALES, type Locale, type LocalizedText } from '#surveys/i18n/locales'
import type { FieldErrors } from '../../shared/form.ts'
import { LineInput } from './line-input.tsx'

interface Described {
  id: string
  hint?: string | undefined
  error?: string | undefined
}

/** aria-describedby for a control's hint and error, as Field does it. */
export const describedBy = ({ id, hint, error }: Described) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined

/** A control's hint and error, with the ids describedBy points at. */
function HintAndError(props: Described) {
  return (
    <>
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      )}
    </>
  )
}

/** The label, hint and error around any control. */
export function FieldShell(
  props: Described & { label: string; children: ComponentChildren; class?: string },
) {
  return (
    <div class={`field${props.error ? ' field--error' : ''} ${props.class ?? ''}`}>
      <label for={props.id}>{props.label}</label>
      <HintAndError {...props} />
      {props.children}
    </div>
  )
}

export function TextAreaField(
  props: Described & {
    label: string
    value: string
    onInput(value: string): void
    rows?: number
    lang?: string
    readOnly?: boolean
  },
) {
  return (
    <FieldShell {...props}>
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rows ?? 3}
        lang={props.lang}
        value={props.value}
        readOnly={props.readOnly}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </FieldShell>
  )
}

/** A name or title: a LineInput (it wraps and grows, so a long name is read whole) in its field. */
export function LineField(
  props: Described & {
    label: string
    value: string
    onInput(value: string): void
    lang?: string
    readOnly?: boolean | undefined
  },
) {
  return (
    <FieldShell {...props}>
      <LineInput
        id={props.id}
        name={props.id}
        lang={props.lang}
        value={props.value}
        readOnly={props.readOnly}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        onInput={props.onInput}
      />
    </FieldShell>
  )
}

export function SelectField<T extends string>(
  props: Described & {
    label: string
    value: T
    options: { value: T; label: string }[]
    onChange(value: T): void
    disabled?: boolean
  },
) {
  return (
    <FieldShell {...props}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props)}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}

/** A group of radio buttons or checkboxes in a fieldset with its legend and error. */
export function ChoiceGroup(props: {
  id: string
  legend: string
  error?: string | undefined
  hint?: string | undefined
  children: ComponentChildren
}) {
  return (
    <fieldset
      id={props.id}
      tabIndex={-1}
      class={`field choices${props.error ? ' field--error' : ''}`}
      aria-describedby={describedBy(props)}
    >
      <legend>{props.legend}</legend>
      <HintAndError {...props} />
      {props.children}
    </fieldset>
  )
}

export function Choice(
  props: Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'label'> & { label: string },
) {
  const { label, ...input } = props
  return (
    <label class="choice">
      <input {...input} />
      <span>{label}</span>
    </label>
  )
}

/**
 * One text in the three languages: an input or textarea per language, ids `${id}.${locale}`,
 * errors from `${name}.${locale}` (the schema's dot paths).
 */
export function LocalizedFields(props: {
  id: string
  name: string
  label: string
  hint?: string
  value: LocalizedText
  errors: FieldErrors
  onInput(value: LocalizedText): void
  multiline?: boolean
  readOnly?: boolean
}) {
  const set = (locale: Locale, text: string) => props.onInput({ ...props.value, [locale]: text })
  return (
    <fieldset class="localized">
      <legend>{props.label}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      <div class="localized-grid">
        {LOCALES.map((locale) => {
          const common = {
            id: `${props.id}.${locale}`,
            label: LOCALE_NAMES[locale],
            error: props.errors[`${props.name}.${locale}`],
            value: props.value[locale],
            lang: locale,
            readOnly: props.readOnly,
          }
          return props.multiline ? (
            <TextAreaField key={locale} {...common} onInput={(text) => set(locale, text)} />
          ) : (
            <LineField key={locale} {...common} onInput={(text) => set(locale, text)} />
          )
        })}
      </div>
    </fieldset>
  )
}

/** An empty text in every language, for new issues and groups. */
export const EMPTY_TEXT: LocalizedText = { en: '', 'zh-Hant': '', 'zh-Hans': '' }
