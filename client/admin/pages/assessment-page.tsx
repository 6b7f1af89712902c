import { useEffect } from 'preact/hooks'
import { adminText } from '#surveys/i18n/admin'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { ApiError } from '../../shared/api.ts'
import { ErrorState, Loading } from '../../shared/components/states.tsx'
import { formatPeriod } from '../../shared/dates.ts'
import { useLocale } from '../../shared/locale.tsx'
import { Link } from '../../shared/router.tsx'
import { useResource } from '../../shared/use-resource.ts'
import { ASSESSMENT_TABS, tabsFor } from '../assessment-tabs.ts'
import { Layout } from '../layout.tsx'
import { fetchAssessment } from '../remote.ts'

/** /assessments/:id[/:tab]: the assessment's header, its section nav and the chosen section. */
export function AssessmentPage(props: { params: Record<string, string> }) {
  const { locale } = useLocale()
  const t = assessmentText[locale]
  const common = commonText[locale]
  const id = props.params.id ?? ''
  const slug = props.params.tab ?? ''
  const resource = useResource(() => fetchAssessment(id), [id])
  const tab = ASSESSMENT_TABS.find((entry) => entry.slug === slug)
  useEffect(() => {
    if (tab) document.title = `${tab.title(locale)} · ${common.appName}`
  }, [tab, locale])

  if (resource.state === 'loading') {
    return (
      <Layout wide>
        <Loading label={common.loading} />
      </Layout>
    )
  }
  if (resource.state === 'error') {
    const missing = resource.error instanceof ApiError && [403, 404].includes(resource.error.status)
    return (
      <Layout wide>
        <ErrorState
          message={missing ? t.notFound : t.loadFailed}
          retryLabel={common.retry}
          {...(missing ? {} : { onRetry: resource.reload })}
        />
        <Link href="/assessments">{t.backToList}</Link>
      </Layout>
    )
  }
  const assessment = resource.data
  const Page = tab?.page
  return (
    <Layout wide>
      <p class="breadcrumb">
        <Link href="/assessments">{t.backToList}</Link>
      </p>
      <div class="assessment-header">
        <h1>{assessment.name}</h1>
        <span class={`badge badge--${assessment.status}`}>
          {adminText[locale][`status_${assessment.status}`]}
        </span>
        <span class="assessment-period">
          {formatPeriod(assessment.periodStart, assessment.periodEnd, locale) || t.noPeriod}
        </span>
      </div>
      <nav class="section-tabs" aria-label={t.sections}>
        <ul>
          {tabsFor(assessment).map((entry) => (
            <li key={entry.slug}>
              <Link
                href={`/assessments/${assessment.id}${entry.slug ? `/${entry.slug}` : ''}`}
                aria-current={entry === tab ? 'page' : undefined}
              >
                {entry.title(locale)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section class="section-body" aria-label={tab?.title(locale)}>
        {Page ? (
          <Page assessment={assessment} reload={resource.reload} />
        ) : (
          <ErrorState message={common.notFoundBody} />
        )}
      </section>
    </Layout>
  )
}
