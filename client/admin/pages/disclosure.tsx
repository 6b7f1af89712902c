import { useEffect, useState } from 'preact/hooks'
import { nameIn } from '#surveys/domain/settings'
import { assessmentText } from '#surveys/i18n/assessment'
import { commonText } from '#surveys/i18n/common'
import { disclosureText } from '#surveys/i18n/disclosure'
import { type Locale, parseLocale } from '#surveys/i18n/locales'
import type { DisclosureView } from '#surveys/schemas/confirmation-view'
import { ApiError, call, server } from '../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { Link } from '../../shared/router.tsx'
import { useResource } from '../../shared/use-resource.ts'
import { EvidencePackLink } from '../confirmation/evidence-pack-link.tsx'
import { fetchAssessment } from '../remote.ts'
import '../disclosure/disclosure.css'
import { usePrintFooter } from '../disclosure/print-footer.ts'
import { ReportLanguage } from '../disclosure/report-language.tsx'
import { ReportSection } from '../disclosure/report-section.tsx'
import { useCopy } from '../disclosure/use-copy.ts'
import { Layout } from '../layout.tsx'

// ?report= keeps the report's language across a reload; ?locale= is the page's own language.
const REPORT_PARAM = 'report'

/**
 * /assessments/:id/disclosure: the materiality section of the ESG report, written from the
 * confirmed snapshot in a chosen language, to copy section by section or print to PDF.
 */
export function DisclosurePage(props: { params: Record<string, string> }) {
  const id = props.params.id ?? ''
  const { locale } = useLocale()
  const t = disclosureText[locale]
  const common = commonText[locale]
  const [chosen, setChosen] = useState<Locale | undefined>(() =>
    parseLocale(new URLSearchParams(location.search).get(REPORT_PARAM)),
  )
  const assessment = useResource(() => fetchAssessment(id), [id])
  const draft = useResource(
    () =>
      call(
        server.assessments[':id'].disclosure.$get({
          param: { id },
          query: chosen ? { locale: chosen } : {},
        }),
      ),
    [id, chosen],
  )
  const detail = assessment.state === 'ready' ? assessment.data : undefined
  const view = draft.state === 'ready' ? draft.data : undefined
  const reportLocale = chosen ?? view?.locale ?? detail?.settings.defaultLocale ?? 'en'
  // The printed pages carry the name in the report's language, like the rest of the print.
  usePrintFooter(view?.name)
  useEffect(() => {
    document.title = `${t.title} · ${common.appName}`
  }, [t, common])
  const choose = (next: Locale) => {
    setChosen(next)
    const url = new URL(location.href)
    url.searchParams.set(REPORT_PARAM, next)
    history.replaceState(history.state, '', url)
  }

  return (
    <Layout>
      <p class="breadcrumb no-print">
        <Link href={`/assessments/${id}`}>{t.backToAssessment}</Link>
      </p>
      <header class="report-header no-print">
        <h1>{t.title}</h1>
        {detail && <p class="lead report-name">{nameIn(detail.name, detail.settings, locale)}</p>}
        <p class="hint">{t.lead}</p>
      </header>
      {draft.state === 'error' ? (
        <DraftError error={draft.error} id={id} onRetry={draft.reload} />
      ) : (
        <>
          <ReportLanguage
            value={reportLocale}
            legend={t.reportLanguage}
            hint={t.reportLanguageHint}
            onChange={choose}
          />
          {draft.state === 'loading' && <Loading label={common.loading} />}
          {view && <Report view={view} assessmentId={id} />}
        </>
      )}
    </Layout>
  )
}

/** The draft itself: approval banner, version, copy and print buttons, the sections. */
function Report(props: { view: DisclosureView; assessmentId: string }) {
  const { view } = props
  const { locale } = useLocale()
  const t = disclosureText[locale]
  const { copied, message, copy } = useCopy(view.locale, t.copyFailed)
  return (
    <>
      <div class="button-row report-actions no-print">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => copy('all', view.sections, t.copiedAll)}
        >
          {copied === 'all' ? t.copied : t.copyAll}
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          {t.print}
        </button>
        <EvidencePackLink
          assessmentId={props.assessmentId}
          version={view.version}
          locale={locale}
        />
      </div>
      <p class="visually-hidden no-print" role="status" aria-live="polite">
        {message}
      </p>
      {!view.approved && (
        <div class="notice notice--warning report-banner no-print" role="note">
          <strong>{t.pendingTitle}</strong>
          <p>{t.pendingBody}</p>
        </div>
      )}
      <p class="report-meta no-print">
        {t.version(view.version)} · {t.hash} <code>{view.hash}</code>
      </p>
      <article class="report" lang={view.locale}>
        <PrintHead view={view} />
        {view.sections.map((section) => (
          <ReportSection
            key={section.id}
            section={section}
            matrix={view.matrix}
            double={view.doubleMateriality}
            copyLabel={copied === section.id ? t.copied : t.copy}
            onCopy={() => copy(section.id, [section], t.copiedSection(section.title))}
          />
        ))}
      </article>
    </>
  )
}

/**
 * What heads the printed report, in the report's language rather than the page's: a PDF of a
 * Chinese report has no English in it but the names and codes people typed.
 */
function PrintHead(props: { view: DisclosureView }) {
  const { view } = props
  const t = disclosureText[view.locale]
  return (
    <header class="report-print-head" data-testid="print-head">
      <p class="report-print-title">{t.title}</p>
      <p class="report-print-name">{view.name}</p>
      {!view.approved && (
        <div class="report-banner">
          <strong>{t.pendingTitle}</strong>
          <p>{t.pendingBody}</p>
        </div>
      )}
      <p class="report-meta">
        {t.version(view.version)} · {t.hash} <code>{view.hash}</code>
      </p>
    </header>
  )
}

/** Not confirmed yet: where to go; unknown or not the user's: say so; anything else: retry. */
function DraftError(props: { error: unknown; id: string; onRetry(): void }) {
  const { locale } = useLocale()
  const t = disclosureText[locale]
  const { error } = props
  if (error instanceof ApiError && error.status === 409) {
    return (
      <Empty title={t.notConfirmedTitle}>
        <p>{t.notConfirmedBody}</p>
        <Link class="button" href={`/assessments/${props.id}/confirmation`}>
          {t.goToConfirmation}
        </Link>
      </Empty>
    )
  }
  if (error instanceof ApiError && [403, 404].includes(error.status)) {
    return <ErrorState message={assessmentText[locale].notFound} />
  }
  return (
    <ErrorState
      message={t.loadFailed}
      retryLabel={commonText[locale].retry}
      onRetry={props.onRetry}
    />
  )
}
