import { invitationsText } from '#surveys/i18n/invitations'
import type { Locale } from '#surveys/i18n/locales'
import { formatDate } from '../../shared/dates.ts'
import { formatLocale } from '../../shared/locale.tsx'
import type { InvitationTimeline } from './use-invitations.ts'

/**
 * Reminders and their effect: one row per stretch of days (after the invitations, then after each
 * day reminders went out) with the reminders sent, the responses of all groups, per day, and per
 * group — as the API gives them, a count under the minimum only as "fewer than".
 */
export function TimelineTable(props: {
  locale: Locale
  timeline: InvitationTimeline
  groupName(key: string): string
}) {
  const t = invitationsText[props.locale]
  const { minimumResponses: min, periods, total, groups } = props.timeline
  const tag = formatLocale(props.locale)
  const date = (value: string) => formatDate(value, props.locale, 'day')
  const count = (value: number | null | undefined) => (value == null ? t.fewer(min) : value)
  return (
    <section class="stack" aria-labelledby="timeline-title">
      <div>
        <h3 id="timeline-title">{t.timelineTitle}</h3>
        <p class="hint">{t.timelineLead(min)}</p>
      </div>
      <div class="table-wrap">
        <table class="table stacked-table">
          <thead>
            <tr>
              <th scope="col">{t.stretch}</th>
              <th scope="col" class="number">
                {t.remindersSent}
              </th>
              <th scope="col" class="number">
                {t.allGroups}
              </th>
              <th scope="col" class="number">
                {t.perDay}
              </th>
              {groups.map((group) => (
                <th key={group.group} scope="col" class="number">
                  {props.groupName(group.group)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period, i) => {
              const all = total.responded[i]
              return (
                <tr key={period.from}>
                  <th scope="row">
                    {period.from === period.to
                      ? date(period.from)
                      : `${date(period.from)} – ${date(period.to)}`}
                  </th>
                  <td class="number" data-label={t.remindersSent}>
                    {period.reminders}
                  </td>
                  <td class="number" data-label={t.allGroups}>
                    {count(all)}
                  </td>
                  <td class="number" data-label={t.perDay}>
                    {all == null
                      ? '–'
                      : (all / period.days).toLocaleString(tag, {
                          maximumFractionDigits: 1,
                        })}
                  </td>
                  {groups.map((group) => (
                    <td key={group.group} class="number" data-label={props.groupName(group.group)}>
                      {count(group.responded[i])}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
