import { adminText } from '#surveys/i18n/admin'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { doubleText } from '#surveys/i18n/double-materiality'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { Link } from '../../shared/router.tsx'
import { Choice, ChoiceGroup } from '../components/fields.tsx'
import { NamePeriodFields } from '../components/name-period-fields.tsx'
import { Layout } from '../layout.tsx'
import { organisationsWhere, useSession } from '../session.tsx'
import { SourceFields } from './new-assessment-source.tsx'
import { type NewAssessmentValues, useNewAssessment } from './use-new-assessment.ts'

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

/** Name, period, method, and the library or earlier assessment to start from. */
function NewAssessmentForm(props: { organisations: { id: string; name: string }[] }) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const { values, set, errors, busy, submit } = useNewAssessment(props.organisations)
  return (
    <Layout>
      <form class="card narrow-card" onSubmit={submit} noValidate>
        <h1>{t.newTitle}</h1>
        <p class="lead">{t.newLead}</p>
        <ErrorSummary
          title={commonText[locale].errorSummaryTitle}
          errors={summarise(errors, ORDER)}
        />
        <NamePeriodFields values={values} errors={errors} onInput={set} />
        <MethodChoice method={values.method} onChange={set} />
        <SourceFields
          values={values}
          errors={errors}
          organisations={props.organisations}
          onChange={set}
        />
        <button type="submit" class="button" disabled={busy}>
          {busy ? t.creating : t.create}
        </button>
      </form>
    </Layout>
  )
}

/** Stakeholder matrix or double materiality; each comes with its own library. */
function MethodChoice(props: {
  method: NewAssessmentValues['method']
  onChange(patch: Partial<NewAssessmentValues>): void
}) {
  const dm = doubleText[useLocale().locale]
  return (
    <ChoiceGroup id="method" legend={dm.methodLegend}>
      <Choice
        type="radio"
        name="method"
        value="matrix"
        label={dm.methodMatrix}
        checked={props.method === 'matrix'}
        onChange={() => props.onChange({ method: 'matrix', library: 'hkex-33' })}
      />
      <p class="hint">{dm.methodMatrixHint}</p>
      <Choice
        type="radio"
        name="method"
        value="double"
        label={dm.methodDouble}
        checked={props.method === 'double'}
        onChange={() => props.onChange({ method: 'double', library: 'esrs' })}
      />
      <p class="hint">{dm.methodDoubleHint}</p>
    </ChoiceGroup>
  )
}
