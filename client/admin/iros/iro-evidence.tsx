import { useEffect, useRef } from 'preact/hooks'
import { iroDetailsText } from '#surveys/i18n/iro-details'
import { Field } from '../../shared/components/field.tsx'
import type { FieldErrors } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { ChoiceGroup, TextAreaField } from '../components/fields.tsx'
import { type EvidenceRow, evidenceRow } from './iro-values.ts'

/**
 * The evidence behind an IRO: rows of a link and a note, added and removed here, each row's
 * errors on it (`evidence.2.url`). A new row takes focus at its link; after a removal, "Add"
 * does, so focus is never lost.
 */
export function IroEvidence(props: {
  id(field: string): string
  rows: EvidenceRow[]
  errors: FieldErrors
  set(rows: EvidenceRow[]): void
}) {
  const { locale } = useLocale()
  const t = iroDetailsText[locale]
  const { id, rows, errors, set } = props
  const addRef = useRef<HTMLButtonElement>(null)
  const focus = useRef<'last' | 'add'>()
  useEffect(() => {
    if (focus.current === 'last')
      document.getElementById(id(`evidence.${rows.length - 1}.url`))?.focus()
    if (focus.current === 'add') addRef.current?.focus()
    focus.current = undefined
  }, [rows.length])
  const change = (index: number, patch: Partial<EvidenceRow>) =>
    set(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))
  return (
    <ChoiceGroup
      id={id('evidence')}
      legend={t.evidence}
      hint={t.evidenceHint}
      error={errors.evidence}
    >
      <div class="iro-evidence">
        {rows.map((row, index) => {
          const field = (name: string) => `evidence.${index}${name}`
          return (
            <ChoiceGroup
              key={row.key}
              id={id(field(''))}
              legend={t.evidenceRow(index + 1)}
              error={errors[field('')]}
            >
              <Field
                id={id(field('.url'))}
                label={t.link}
                hint={t.linkHint}
                type="url"
                inputMode="url"
                autoComplete="url"
                value={row.url}
                error={errors[field('.url')]}
                onInput={(e) => change(index, { url: e.currentTarget.value })}
              />
              <TextAreaField
                id={id(field('.note'))}
                label={t.note}
                rows={2}
                value={row.note}
                error={errors[field('.note')]}
                onInput={(note) => change(index, { note })}
              />
              <button
                type="button"
                class="button button--secondary button--small"
                onClick={() => {
                  focus.current = 'add'
                  set(rows.filter((_, i) => i !== index))
                }}
              >
                {t.removeEvidence(index + 1)}
              </button>
            </ChoiceGroup>
          )
        })}
      </div>
      <button
        ref={addRef}
        type="button"
        class="button button--secondary button--small"
        onClick={() => {
          focus.current = 'last'
          set([...rows, evidenceRow()])
        }}
      >
        {t.addEvidence}
      </button>
    </ChoiceGroup>
  )
}
