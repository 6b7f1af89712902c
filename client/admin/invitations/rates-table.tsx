import { invitationsText } from '#surveys/i18n/invitations'
import type { Locale } from '#surveys/i18n/locales'
import type { InvitationRates } from './use-invitations.ts'

/**
 * Response rates per group as the API gives them: a group's counts only once enough people in
 * it responded (the API decides and sends nulls before that); until then only how many were invited.
 */
export function RatesTable(props: {
  locale: Locale
  rates: InvitationRates
  groupName(key: string): string
}) {
  const t = invitationsText[props.locale]
  const min = props.rates.minimumResponses
  const counts = ['opened', 'responded', 'bounced', 'unsubscribed', 'reminders'] as const
  return (
    <section class="stack" aria-labelledby="rates-title">
      <div>
        <h3 id="rates-title">{t.ratesTitle}</h3>
        <p class="hint">{t.ratesLead(min)}</p>
      </div>
      <div class="table-wrap">
        <table class="table stacked-table">
          <thead>
            <tr>
              <th scope="col">{t.group}</th>
              <th scope="col" class="number">
                {t.invited}
              </th>
              {counts.map((key) => (
                <th key={key} scope="col" class="number">
                  {t[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rates.groups.map((group) => (
              <tr key={group.group}>
                <th scope="row">{props.groupName(group.group)}</th>
                <td class="number" data-label={t.invited}>
                  {group.invited}
                </td>
                {group.shown ? (
                  counts.map((key) => (
                    <td key={key} class="number" data-label={t[key]}>
                      {group[key]}
                    </td>
                  ))
                ) : (
                  <td colSpan={counts.length} class="hint wide-cell">
                    {t.hidden(min)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
