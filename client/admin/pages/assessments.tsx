import { adminText } from '#surveys/i18n/admin'
import { commonText } from '#surveys/i18n/common'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { formatDate, formatPeriod } from '../../shared/dates.ts'
import { useLocale } from '../../shared/locale.tsx'
import { Link } from '../../shared/router.tsx'
import { useResource } from '../../shared/use-resource.ts'
import { Layout } from '../layout.tsx'
import { fetchAssessments } from '../remote.ts'
import { organisationsWhere, useSession } from '../session.tsx'

export function AssessmentsPage() {
  const { locale } = useLocale()
  const t = adminText[locale]
  const common = commonText[locale]
  const list = useResource(fetchAssessments, [])
  const mayCreate = organisationsWhere(useSession().me, 'edit').length > 0

  return (
    <Layout>
      <div class="page-header">
        <div>
          <h1>{t.assessments}</h1>
          <p class="lead">{t.assessmentsLead}</p>
        </div>
        {mayCreate && (
          <Link class="button" href="/assessments/new">
            {t.newAssessment}
          </Link>
        )}
      </div>
      {!mayCreate && <p class="notice">{t.cannotCreate}</p>}
      {list.state === 'loading' && <Loading label={common.loading} />}
      {list.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.data.assessments.length === 0 && (
        <Empty title={t.noAssessments}>
          {/* "Create one …" only to those who may; the notice above tells the others why not. */}
          {mayCreate && <p>{t.noAssessmentsBody}</p>}
        </Empty>
      )}
      {list.state === 'ready' && list.data.assessments.length > 0 && (
        <div class="table-wrap">
          <table class="table stacked-table">
            <caption class="visually-hidden">{t.assessments}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.period}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.created}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.assessments.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <Link href={`/assessments/${a.id}`}>{a.name}</Link>
                  </th>
                  <td data-label={t.period}>
                    {formatPeriod(a.periodStart, a.periodEnd, locale) || '—'}
                  </td>
                  <td data-label={t.status}>
                    <span class={`badge badge--${a.status}`}>{t[`status_${a.status}`]}</span>
                  </td>
                  <td data-label={t.created}>{formatDate(a.createdAt, locale, 'date')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  )
}
