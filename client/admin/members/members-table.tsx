import { ROLES, type Role } from '#surveys/domain/model'
import { membersText } from '#surveys/i18n/members'
import { formatDate } from '../../shared/dates.ts'
import { useLocale } from '../../shared/locale.tsx'
import { MemberButtons } from './member-changes.tsx'
import type { MemberChange, MembersData, MemberView } from './use-members.ts'

/** The organisation's people: role (a select for admins), since when, and an admin's actions. */
export function MembersTable(props: {
  data: MembersData
  meId: string | undefined
  isAdmin: boolean
  busy: boolean
  changeRole(member: MemberView, role: Role): void
  ask(member: MemberView): (change: MemberChange) => void
}) {
  const { locale } = useLocale()
  const t = membersText[locale]
  return (
    <div class="table-wrap">
      <table class="table members-table stacked-table">
        <caption class="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.since}</th>
            {props.isAdmin && <th scope="col">{t.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {props.data.members.map((member) => (
            <tr key={member.userId}>
              <th scope="row">
                {member.name} {member.userId === props.meId && <span class="hint">{t.you}</span>}
                {!member.active && <span class="badge badge--inactive">{t.inactive}</span>}
              </th>
              <td class="email" data-label={t.email}>
                {member.email}
              </td>
              <td class="wide-cell" data-label={t.role}>
                {props.isAdmin ? (
                  <select
                    aria-label={t.roleFor(member.name)}
                    value={member.role}
                    onChange={(e) => props.changeRole(member, e.currentTarget.value as Role)}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t[`role_${role}`]}
                      </option>
                    ))}
                  </select>
                ) : (
                  t[`role_${member.role}`]
                )}
              </td>
              <td data-label={t.since}>{formatDate(member.since, locale, 'date')}</td>
              {props.isAdmin && (
                <td class="wide-cell" data-label={t.actions}>
                  {member.userId !== props.meId && (
                    <MemberButtons
                      member={member}
                      t={t}
                      busy={props.busy}
                      onChange={props.ask(member)}
                    />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
