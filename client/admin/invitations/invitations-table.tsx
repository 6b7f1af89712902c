import { invitationsText } from '#surveys/i18n/invitations'
import type { Locale } from '#surveys/i18n/locales'
import { PersonCells, PersonHeads } from '../components/person-cells.tsx'
import type { InvitationRow } from './use-invitations.ts'

/** Who was invited: their message's status, whether they responded (never what), reminders. */
export function InvitationsTable(props: {
  locale: Locale
  invitations: InvitationRow[]
  groupName(key: string): string
}) {
  const t = invitationsText[props.locale]
  return (
    <div class="table-wrap">
      <table class="table stacked-table">
        <caption class="visually-hidden">{t.listTitle}</caption>
        <thead>
          <tr>
            <PersonHeads labels={t} />
            <th scope="col">{t.status}</th>
            <th scope="col">{t.responded}</th>
            <th scope="col" class="number">
              {t.reminders}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.invitations.map((row) => (
            <tr key={row.contactId}>
              <PersonCells
                labels={t}
                name={row.name}
                email={row.email}
                group={props.groupName(row.group)}
                language={row.language}
              />
              <td data-label={t.status}>
                <span class={`badge badge--${row.status}`}>{t[`status_${row.status}`]}</span>
              </td>
              <td data-label={t.responded}>{row.responded ? t.yes : t.no}</td>
              <td class="number" data-label={t.reminders}>
                {row.reminders}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
