import { useState } from 'preact/hooks'
import { HORIZONS, type Horizon, IRO_TYPES, type IroType } from '#surveys/domain/iros'
import { doubleText } from '#surveys/i18n/double-materiality'
import { CreateIroBody } from '#surveys/schemas/iros'
import { call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { summarise, validateForm } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import type { Issue } from '../assessment-types.ts'
import { Choice, ChoiceGroup, SelectField, TextAreaField } from '../components/fields.tsx'

const ORDER = ['issueId', 'type', 'actual', 'description', 'horizons']

const EMPTY = {
  issueId: '',
  type: 'negative-impact' as IroType,
  actual: false,
  humanRights: false,
  horizons: [] as Horizon[],
  description: '',
}

/** Adds an impact, risk or opportunity under one of the assessment's topics. */
export function AddIroForm(props: { assessmentId: string; issues: Issue[]; onAdded(): void }) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const [values, setValues] = useState(EMPTY)
  const [added, setAdded] = useState(false)
  const { busy, errors, setErrors, run } = useChange()
  const set = (patch: Partial<typeof values>) => {
    setAdded(false)
    setValues({ ...values, ...patch })
  }
  const submit = async (event: Event) => {
    event.preventDefault()
    const checked = validateForm(CreateIroBody, values)
    if (!values.issueId) return setErrors({ issueId: t.chooseTopic })
    if (!checked.ok) return setErrors(checked.errors)
    const ok = await run(() =>
      call(
        server.assessments[':id'].iros.$post({
          param: { id: props.assessmentId },
          json: checked.value,
        }),
      ),
    )
    if (ok) {
      setValues(EMPTY)
      setAdded(true)
      props.onAdded()
    }
  }
  const toggle = (horizon: Horizon) =>
    set({
      horizons: values.horizons.includes(horizon)
        ? values.horizons.filter((h) => h !== horizon)
        : HORIZONS.filter((h) => h === horizon || values.horizons.includes(h)),
    })
  return (
    <form class="card stack" onSubmit={submit} noValidate>
      <h3>{t.addTitle}</h3>
      <ErrorSummary title={t.addTitle} errors={summarise(errors, ORDER)} />
      <SelectField
        id="issueId"
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
        id="type"
        label={t.type}
        value={values.type}
        error={errors.type}
        options={IRO_TYPES.map((type) => ({ value: type, label: t[`type_${type}`] }))}
        onChange={(type) => set({ type })}
      />
      <ChoiceGroup id="actual" legend={t.kind} error={errors.actual}>
        <Choice
          type="radio"
          name="actual"
          label={t.actual}
          checked={values.actual}
          onChange={() => set({ actual: true })}
        />
        <Choice
          type="radio"
          name="actual"
          label={t.potential}
          checked={!values.actual}
          onChange={() => set({ actual: false })}
        />
      </ChoiceGroup>
      <Choice
        type="checkbox"
        name="humanRights"
        label={t.humanRights}
        checked={values.humanRights}
        onChange={(e) => set({ humanRights: e.currentTarget.checked })}
      />
      <ChoiceGroup id="horizons" legend={t.horizons} error={errors.horizons}>
        {HORIZONS.map((horizon) => (
          <Choice
            key={horizon}
            type="checkbox"
            name="horizons"
            label={t[`horizon_${horizon}`]}
            checked={values.horizons.includes(horizon)}
            onChange={() => toggle(horizon)}
          />
        ))}
      </ChoiceGroup>
      <TextAreaField
        id="description"
        label={t.description}
        value={values.description}
        error={errors.description}
        onInput={(description) => set({ description })}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {busy ? t.adding : t.add}
        </button>
        {added && (
          <p class="notice" role="status">
            {t.added}
          </p>
        )}
      </div>
    </form>
  )
}
