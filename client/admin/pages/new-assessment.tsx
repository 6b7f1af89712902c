import { useState } from 'preact/hooks'
import { adminText } from '#surveys/i18n/admin'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { doubleText } from '#surveys/i18n/double-materiality'
import { CreateAssessmentBody } from '#surveys/schemas/assessments'
import { call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { summarise, validateForm } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { Link, navigate } from '../../shared/router.tsx'
import { useChange } from '../../shared/use-change.ts'
import { useResource } from '../../shared/use-resource.ts'
import { Choice, ChoiceGroup, SelectField } from '../components/fields.tsx'
import { NamePeriodFields } from '../components/name-period-fields.tsx'
import { Layout } from '../layout.tsx'
import { fetchAssessments } from '../remote.ts'
import { organisationsWhere, useSession } from '../session.tsx'

const ORDER = ['name', 'periodStart', 'periodEnd', 'organisation', 'copyFrom']

/** /assessments/new, for those whose role may create one; everyone else is told why not. */
export function NewAssessmentPage() {
  const { locale } = useLocale()
  const organisations = organisationsWhere(useSession().me, 'edit')
  if (organisations.length > 0) return <NewAssessmentForm organisations={organisations} />
  return (
    <Layout>
      <div class="card narrow-card">
        <h1>{assessmentText[locale].newTitle}</h1>
        <p class="notice">{adminText[locale].cannotCreate}</p>
        <Link href="/assessments">{assessmentText[locale].backToList}</Link>
      </div>
    </Layout>
  )
}

/** Name, period, organisation (when several), and the library or earlier assessment to copy. */
function NewAssessmentForm(props: { organisations: { id: string; name: string }[] }) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const common = commonText[locale]
  const admin = adminText[locale]
  const previous = useResource(fetchAssessments, [])
  const copyFromUrl = new URLSearchParams(location.search).get('copyFrom') ?? ''
  const [values, setValues] = useState({
    name: '',
    periodStart: '',
    periodEnd: '',
    source: copyFromUrl ? 'previous' : 'library',
    copyFrom: copyFromUrl,
    organisation: props.organisations.length === 1 ? (props.organisations[0]?.id ?? '') : '',
    method: 'matrix' as 'matrix' | 'double',
    library: 'hkex-33' as 'hkex-33' | 'esrs',
  })
  const dm = doubleText[locale]
  const { errors, setErrors, busy, run } = useChange()
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch })
  const earlier = previous.state === 'ready' ? previous.data.assessments : []

  const submit = async (event: Event) => {
    event.preventDefault()
    const body = {
      name: values.name,
      periodStart: values.periodStart || null,
      periodEnd: values.periodEnd || null,
      library: values.library,
      method: values.method,
      copyFrom: values.source === 'previous' ? values.copyFrom || undefined : null,
      // A copy belongs where its source does; a fresh one goes where the user chose.
      organisation: values.source === 'library' ? values.organisation || undefined : undefined,
    }
    if (values.source === 'previous' && !values.copyFrom) {
      return setErrors({ copyFrom: t.choosePrevious })
    }
    if (values.source === 'library' && !values.organisation) {
      return setErrors({ organisation: admin.chooseOrganisation })
    }
    const checked = validateForm(CreateAssessmentBody, body)
    if (!checked.ok) return setErrors(checked.errors)
    await run(async () => {
      const created = await call(server.assessments.$post({ json: checked.value }))
      navigate(`/assessments/${created.id}`)
    })
  }

  return (
    <Layout>
      <form class="card narrow-card" onSubmit={submit} noValidate>
        <h1>{t.newTitle}</h1>
        <p class="lead">{t.newLead}</p>
        <ErrorSummary title={common.errorSummaryTitle} errors={summarise(errors, ORDER)} />
        <NamePeriodFields values={values} errors={errors} onInput={set} />
        <ChoiceGroup id="method" legend={dm.methodLegend}>
          <Choice
            type="radio"
            name="method"
            value="matrix"
            label={dm.methodMatrix}
            checked={values.method === 'matrix'}
            onChange={() => set({ method: 'matrix', library: 'hkex-33' })}
          />
          <p class="hint">{dm.methodMatrixHint}</p>
          <Choice
            type="radio"
            name="method"
            value="double"
            label={dm.methodDouble}
            checked={values.method === 'double'}
            onChange={() => set({ method: 'double', library: 'esrs' })}
          />
          <p class="hint">{dm.methodDoubleHint}</p>
        </ChoiceGroup>
        <ChoiceGroup id="source" legend={t.startFrom}>
          <Choice
            type="radio"
            name="source"
            value="library"
            label={t.fromLibrary(values.library === 'esrs' ? dm.libraryEsrs : dm.libraryHkex)}
            checked={values.source === 'library'}
            onChange={() => set({ source: 'library' })}
          />
          <Choice
            type="radio"
            name="source"
            value="previous"
            label={t.fromPrevious}
            checked={values.source === 'previous'}
            disabled={earlier.length === 0}
            onChange={() => set({ source: 'previous' })}
          />
        </ChoiceGroup>
        {values.source === 'library' && (
          <SelectField
            id="library"
            label={dm.libraryLabel}
            value={values.library}
            options={[
              { value: 'hkex-33', label: dm.libraryHkex },
              { value: 'esrs', label: dm.libraryEsrs },
            ]}
            onChange={(library) => set({ library })}
          />
        )}
        {values.source === 'library' && props.organisations.length > 1 && (
          <SelectField
            id="organisation"
            label={admin.organisation}
            value={values.organisation}
            error={errors.organisation}
            options={[
              { value: '', label: admin.chooseOrganisation },
              ...props.organisations.map((o) => ({ value: o.id, label: o.name })),
            ]}
            onChange={(organisation) => set({ organisation })}
          />
        )}
        {values.source === 'previous' && (
          <SelectField
            id="copyFrom"
            label={t.previous}
            value={values.copyFrom}
            error={errors.copyFrom}
            options={[
              { value: '', label: t.choosePrevious },
              ...earlier.map((a) => ({ value: a.id, label: a.name })),
            ]}
            onChange={(copyFrom) => set({ copyFrom })}
          />
        )}
        <button type="submit" class="button" disabled={busy}>
          {busy ? t.creating : t.create}
        </button>
      </form>
    </Layout>
  )
}
