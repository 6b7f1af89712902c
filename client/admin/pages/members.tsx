import { useState } from 'preact/hooks'
import { ROLES, type Role } from '#surveys/domain/model'
import { commonText } from '#surveys/i18n/common'
import type { Locale } from '#surveys/i18n/locales'
import { membersText } from '#surveys/i18n/members'
import { ApiError, get, patch } from '../../shared/api.ts'
import { ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { useResource } from '../../shared/use-resource.ts'
import { Layout } from '../layout.tsx'
import { type Added, AddMemberForm } from '../members/add-member.tsx'
import {
  applyMemberChange,
  ConfirmMemberChange,
  changeError,
  MemberButtons,
  type MemberChange,
  type MemberView,
} from '../members/member-changes.tsx'
import { useSession } from '../session.tsx'

interface MembersData {
  organisation: { id: string; name: string }
  yourRole: Role
  members: MemberView[]
}

/** `/settings/members`: the organisation's people and roles; admins add people and change roles. */
export function MembersPage() {
  const { locale } = useLocale()
  const t = membersText[locale]
  const common = commonText[locale]
  const { me } = useSession()
  const organisations = me?.organisations ?? []
  const [organisationId, setOrganisationId] = useState(
    () => (organisations.find((o) => o.role === 'admin') ?? organisations[0])?.id ?? '',
  )
  const data = useResource(
    () => get<MembersData>(`/api/organisations/${organisationId}/members`),
    [organisationId],
  )
  const [message, setMessage] = useState<{ text: string; error?: boolean }>()
  const [added, setAdded] = useState<Added>()
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })

  const changeRole = async (member: MemberView, role: Role) => {
    setMessage(undefined)
    try {
      await patch(`/api/organisations/${organisationId}/members/${member.userId}`, { role })
      setMessage({ text: t.roleChanged(member.name, t[`role_${role}`]) })
    } catch (error) {
      const last = error instanceof ApiError && error.code === 'last_admin'
      setMessage({ text: last ? t.lastAdmin : t.changeFailed, error: true })
    }
    data.reload()
  }

  const [pending, setPending] = useState<{ change: MemberChange; member: MemberView }>()
  const [busy, setBusy] = useState(false)
  const change = async (next: { change: MemberChange; member: MemberView }) => {
    setMessage(undefined)
    setBusy(true)
    try {
      setMessage({ text: await applyMemberChange(organisationId, next.change, next.member, t) })
    } catch (error) {
      setMessage({ text: changeError(error, t), error: true })
    } finally {
      setBusy(false)
      setPending(undefined)
      data.reload()
    }
  }
  // Reactivating gives access back and takes nothing away: no question asked.
  const ask = (member: MemberView) => (kind: MemberChange) =>
    kind === 'reactivate' ? change({ change: kind, member }) : setPending({ change: kind, member })

  const isAdmin = data.state === 'ready' && data.data.yourRole === 'admin'
  return (
    <Layout>
      <div class="page-header">
        <div>
          <h1>{t.title}</h1>
          <p class="lead">{t.lead}</p>
        </div>
        {organisations.length > 1 && (
          <div class="field">
            <label for="organisation">{t.organisation}</label>
            <select
              id="organisation"
              value={organisationId}
              onChange={(e) => setOrganisationId(e.currentTarget.value)}
            >
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div role="status" aria-live="polite">
        {message && <p class={`notice${message.error ? ' notice--danger' : ''}`}>{message.text}</p>}
      </div>
      {data.state === 'loading' && <Loading label={common.loading} />}
      {data.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={data.reload} />
      )}
      {data.state === 'ready' && (
        <>
          <h2 class="section-title">{data.data.organisation.name}</h2>
          <div class="table-wrap">
            <table class="table members-table">
              <caption class="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.email}</th>
                  <th scope="col">{t.role}</th>
                  <th scope="col">{t.since}</th>
                  {isAdmin && <th scope="col">{t.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {data.data.members.map((member) => (
                  <tr key={member.userId}>
                    <th scope="row">
                      {member.name} {member.userId === me?.id && <span class="hint">{t.you}</span>}
                      {!member.active && <span class="badge badge--inactive">{t.inactive}</span>}
                    </th>
                    <td class="email">{member.email}</td>
                    <td>
                      {isAdmin ? (
                        <select
                          aria-label={t.roleFor(member.name)}
                          value={member.role}
                          onChange={(e) => changeRole(member, e.currentTarget.value as Role)}
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
                    <td>{date.format(new Date(member.since))}</td>
                    {isAdmin && (
                      <td>
                        {member.userId !== me?.id && (
                          <MemberButtons member={member} t={t} busy={busy} onChange={ask(member)} />
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ConfirmMemberChange
            locale={locale}
            pending={pending}
            organisation={data.data.organisation.name}
            busy={busy}
            onConfirm={() => pending && change(pending)}
            onCancel={() => setPending(undefined)}
          />
          {added && <AddedNotice added={added} locale={locale} />}
          {isAdmin ? (
            <AddMemberForm
              locale={locale}
              organisationId={organisationId}
              onAdded={(result) => {
                setAdded(result)
                data.reload()
              }}
            />
          ) : (
            <p class="hint">{t.onlyAdmins}</p>
          )}
        </>
      )}
    </Layout>
  )
}

function AddedNotice(props: { added: Added; locale: Locale }) {
  const t = membersText[props.locale]
  const [copied, setCopied] = useState(false)
  const { added } = props
  return (
    <div class="notice temporary-password" role="status">
      <p>{added.newAccount ? t.added(added.name) : t.joined(added.name)}</p>
      {added.temporaryPassword && (
        <>
          <h2>{t.temporaryTitle}</h2>
          <p>{t.temporaryBody}</p>
          <p class="button-row">
            <code class="secret">{added.temporaryPassword}</code>
            <button
              type="button"
              class="button button--quiet"
              onClick={async () => {
                await navigator.clipboard?.writeText(added.temporaryPassword ?? '')
                setCopied(true)
              }}
            >
              {copied ? t.copied : t.copy}
            </button>
          </p>
        </>
      )}
    </div>
  )
}
