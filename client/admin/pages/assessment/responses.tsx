import { responsesText } from '#surveys/i18n/assessment-responses'
import { commonText } from '#surveys/i18n/common'
import { Empty, ErrorState, Loading } from '../../../shared/components/states.tsx'
import { formatDate } from '../../../shared/dates.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useResource } from '../../../shared/use-resource.ts'
import type { AssessmentTabProps, GroupProgress } from '../../assessment-types.ts'
import { fetchProgress } from '../../remote.ts'

const POLL_MS = 10_000

/** Survey progress per group, a bar each, refreshed every ten seconds without a reload. */
export function ResponsesTab({ assessment }: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = responsesText[locale]
  const common = commonText[locale]
  const progress = useResource(() => fetchProgress(assessment.id), [assessment.id], POLL_MS)
  if (progress.state === 'loading') return <Loading label={common.loading} />
  if (progress.state === 'error') {
    return <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={progress.reload} />
  }
  const { groups, totals, checkedAt } = progress.data
  const time = formatDate(checkedAt, locale, 'time')
  const nothing = groups.every((g) => g.invited === 0 && g.openLinks === 0 && g.completed === 0)
  return (
    <div class="stack">
      <div>
        <h2>{t.title}</h2>
        <p class="lead">{t.lead}</p>
      </div>
      {nothing ? (
        <Empty title={t.none}>
          <p>{t.noneBody}</p>
        </Empty>
      ) : (
        <>
          <dl class="totals" aria-label={t.totals}>
            <Total label={t.invited} value={totals.invited} />
            <Total label={t.started} value={totals.started} />
            <Total label={t.completed} value={totals.completed} />
            {totals.completionRate !== null && (
              <Total label={t.rate} value={percent(totals.completionRate, locale)} />
            )}
          </dl>
          <ul class="progress-list">
            {groups.map((group) => (
              <GroupBar key={group.id} group={group} openScale={openScale(groups)} />
            ))}
          </ul>
        </>
      )}
      <p class="hint" aria-busy={progress.refreshing}>
        {t.checkedAt(time)}
      </p>
    </div>
  )
}

const percent = (rate: number | null, locale: string) =>
  rate === null
    ? '—'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate)

function Total(props: { label: string; value: number | string }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </div>
  )
}

/** Groups answering only through open links have no invitations to be a share of: their bars
 * are drawn against the busiest such group instead. */
const openScale = (groups: GroupProgress[]) =>
  Math.max(1, ...groups.filter((g) => g.invited === 0).map((g) => g.completed + g.started))

/**
 * One group: completed and started invitations as a stacked bar (or, answering through open
 * links only, its responses against the busiest such group), the numbers in words, and
 * responses per day.
 */
function GroupBar({ group, openScale }: { group: GroupProgress; openScale: number }) {
  const { locale } = useLocale()
  const t = responsesText[locale]
  const invitations = group.invited > 0
  const of = invitations ? group.invited : openScale
  const done = invitations ? group.completedSingleUse : group.completed
  const started = invitations ? group.startedSingleUse : group.started
  return (
    <li class="progress-group">
      <div class="progress-head">
        <h3>{group.names[locale]}</h3>
        <span>
          {invitations
            ? t.rateOf(percent(group.completionRate, locale))
            : group.openLinks > 0
              ? t.responsesCount(group.completed)
              : t.noInvitations}
        </span>
      </div>
      <div class="progress-bar" aria-hidden="true">
        <span class="progress-done" style={{ width: `${(done / of) * 100}%` }} />
        <span class="progress-started" style={{ width: `${(started / of) * 100}%` }} />
      </div>
      <p class="progress-numbers">
        {t.invited} {group.invited} · {t.started} {group.started} · {t.completed} {group.completed}
        {group.openLinks > 0 && <> · {t.openLinks(group.openLinks, group.completedOpen)}</>}
      </p>
      <PerDay days={group.perDay} />
    </li>
  )
}

/** The last two weeks with responses, as words: "2 Dec 4 · 3 Dec 9". */
function PerDay({ days }: { days: GroupProgress['perDay'] }) {
  const { locale } = useLocale()
  const t = responsesText[locale]
  if (days.length === 0) return null
  const recent = days.slice(-14)
  return (
    <p class="progress-days">
      {t.perDay}{' '}
      {recent.map((d, i) => (
        <span key={d.day}>
          {i > 0 && ' · '}
          <span class="progress-day">{formatDate(d.day, locale, 'dayMonth')}</span>{' '}
          <strong>{d.count}</strong>
        </span>
      ))}
    </p>
  )
}
