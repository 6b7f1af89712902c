import type { Role } from '#surveys/domain/model'
import { commonText } from '#surveys/i18n/common'
import type { Locale } from '#surveys/i18n/locales'
import { membersText } from '#surveys/i18n/members'
import { ApiError, del, post } from '../../shared/api.ts'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'

export interface MemberView {
  userId: string
  name: string
  email: string
  role: Role
  since: string
  active: boolean
}

export type MemberChange = 'remove' | 'deactivate' | 'reactivate'

type Text = (typeof membersText)['en']

/** Sends a removal, deactivation or reactivation; the result is the sentence to announce. */
export async function applyMemberChange(
  organisationId: string,
  change: MemberChange,
  member: MemberView,
  t: Text,
): Promise<string> {
  const path = `/api/organisations/${organisationId}/members/${member.userId}`
  if (change === 'remove') await del(path)
  else await post(`${path}/${change}`)
  const done = { remove: t.removed, deactivate: t.deactivated, reactivate: t.reactivated }
  return done[change](member.name)
}

/** What to tell the admin when a change is refused. */
export function changeError(error: unknown, t: Text): string {
  const code = error instanceof ApiError ? error.code : ''
  if (code === 'last_admin') return t.lastAdmin
  if (code === 'shared_account') return t.sharedAccount
  return t.actionFailed
}

/** A member's row actions: remove, and deactivate or reactivate the account. */
export function MemberButtons(props: {
  member: MemberView
  t: Text
  busy: boolean
  onChange(change: MemberChange): void
}) {
  const { member, t } = props
  const toggle: MemberChange = member.active ? 'deactivate' : 'reactivate'
  return (
    <div class="member-actions">
      <button
        type="button"
        class="button button--secondary button--small"
        aria-label={member.active ? t.deactivateFor(member.name) : t.reactivateFor(member.name)}
        disabled={props.busy}
        onClick={() => props.onChange(toggle)}
      >
        {member.active ? t.deactivate : t.reactivate}
      </button>
      <button
        type="button"
        class="button button--secondary button--small"
        aria-label={t.removeFor(member.name)}
        disabled={props.busy}
        onClick={() => props.onChange('remove')}
      >
        {t.remove}
      </button>
    </div>
  )
}

/** Asks before a removal or a deactivation: both take effect at once. */
export function ConfirmMemberChange(props: {
  locale: Locale
  pending: { change: MemberChange; member: MemberView } | undefined
  organisation: string
  busy: boolean
  onConfirm(): void
  onCancel(): void
}) {
  const t = membersText[props.locale]
  const common = commonText[props.locale]
  const { pending } = props
  const removing = pending?.change === 'remove'
  const name = pending?.member.name ?? ''
  return (
    <ConfirmDialog
      open={!!pending && pending.change !== 'reactivate'}
      title={removing ? t.removeTitle(name, props.organisation) : t.deactivateTitle(name)}
      confirmLabel={removing ? t.remove : t.deactivate}
      cancelLabel={common.cancel}
      busy={props.busy}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      <p>{removing ? t.removeBody : t.deactivateBody}</p>
    </ConfirmDialog>
  )
}
