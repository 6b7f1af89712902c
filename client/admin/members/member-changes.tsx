import { commonText } from '#surveys/i18n/common'
import type { Locale } from '#surveys/i18n/locales'
import { membersText } from '#surveys/i18n/members'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import type { MemberChange, MemberView } from './use-members.ts'

type Text = (typeof membersText)['en']

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
