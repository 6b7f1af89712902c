import { useState } from 'preact/hooks'
import type { Role } from '#surveys/domain/model'
import type { Locale } from '#surveys/i18n/locales'
import { membersText } from '#surveys/i18n/members'
import { ApiError, call, type Data, server } from '../../shared/api.ts'
import { useAnnouncedChange } from '../../shared/use-change.ts'
import { useResource } from '../../shared/use-resource.ts'
import { useSession } from '../session.tsx'
import type { Added } from './add-member.tsx'

const members = server.organisations[':id'].members

/** GET /api/organisations/:id/members: the organisation, the caller's role, its people. */
export type MembersData = Data<typeof members.$get>

export type MemberView = MembersData['members'][number]

export type MemberChange = 'remove' | 'deactivate' | 'reactivate'

type Text = (typeof membersText)['en']

/** Sends a removal, deactivation or reactivation; the result is the sentence to announce. */
async function applyMemberChange(
  organisationId: string,
  change: MemberChange,
  member: MemberView,
  t: Text,
): Promise<string> {
  const param = { id: organisationId, userId: member.userId }
  const route = members[':userId']
  if (change === 'remove') await call(route.$delete({ param }))
  else if (change === 'deactivate') await call(route.deactivate.$post({ param }))
  else await call(route.reactivate.$post({ param }))
  const done = { remove: t.removed, deactivate: t.deactivated, reactivate: t.reactivated }
  return done[change](member.name)
}

/** What to tell the admin when a change is refused. */
function changeError(error: unknown, t: Text): string {
  const code = error instanceof ApiError ? error.code : ''
  if (code === 'last_admin') return t.lastAdmin
  if (code === 'shared_account') return t.sharedAccount
  return t.actionFailed
}

/**
 * The members page's state: which organisation, its members, and the changes an admin makes
 * (role, removal, deactivation), each announced as one sentence.
 */
export function useMembers(locale: Locale) {
  const t = membersText[locale]
  const { me } = useSession()
  const organisations = me?.organisations ?? []
  const [organisationId, setOrganisationId] = useState(
    () => (organisations.find((o) => o.role === 'admin') ?? organisations[0])?.id ?? '',
  )
  const data = useResource(
    () => call(members.$get({ param: { id: organisationId } })),
    [organisationId],
  )
  const status = useAnnouncedChange((error) => changeError(error, t))
  const [added, setAdded] = useState<Added>()
  const [pending, setPending] = useState<{ change: MemberChange; member: MemberView }>()

  const changeRole = async (member: MemberView, role: Role) => {
    const param = { id: organisationId, userId: member.userId }
    await status.run(
      async () => {
        await call(members[':userId'].$patch({ param, json: { role } }))
        return t.roleChanged(member.name, t[`role_${role}`])
      },
      (error) =>
        error instanceof ApiError && error.code === 'last_admin' ? t.lastAdmin : t.changeFailed,
    )
    data.reload()
  }
  const change = async (next: { change: MemberChange; member: MemberView }) => {
    await status.run(() => applyMemberChange(organisationId, next.change, next.member, t))
    setPending(undefined)
    data.reload()
  }
  // Reactivating gives access back and takes nothing away: no question asked.
  const ask = (member: MemberView) => (kind: MemberChange) =>
    kind === 'reactivate' ? change({ change: kind, member }) : setPending({ change: kind, member })
  const onAdded = (result: Added) => {
    setAdded(result)
    data.reload()
  }

  return {
    me,
    organisations,
    organisationId,
    setOrganisationId,
    data,
    message: status.message,
    added,
    onAdded,
    pending,
    setPending,
    busy: status.busy,
    changeRole,
    change,
    ask,
    isAdmin: data.state === 'ready' && data.data.yourRole === 'admin',
  }
}
