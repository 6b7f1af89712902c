import { invitationsText } from '#surveys/i18n/invitations'
import type { Locale } from '#surveys/i18n/locales'
import { Link } from '../../shared/router.tsx'
import type { Group } from '../assessment-types.ts'
import type { ActiveContact } from './use-invitations.ts'
import { useInviteForm } from './use-invite-form.ts'

/** Choose whole groups or contacts by hand, and invite them in one go. */
export function InviteForm(props: {
  locale: Locale
  assessmentId: string
  groups: Group[]
  contacts: ActiveContact[]
  onInvited(sentence: string): void
}) {
  const t = invitationsText[props.locale]
  const state = useInviteForm(props)
  const groupName = new Map(props.groups.map((group) => [group.key, group.names[props.locale]]))
  const inGroup = (key: string) => props.contacts.filter((c) => c.group === key).length
  if (props.contacts.length === 0) {
    return (
      <section class="card stack" aria-labelledby="invite-title">
        <h3 id="invite-title">{t.inviteTitle}</h3>
        <p>{t.noContacts}</p>
        <p>
          <Link href="/settings/contacts">{t.toContacts}</Link>
        </p>
      </section>
    )
  }
  return (
    <section class="card" aria-labelledby="invite-title">
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault()
          state.invite()
        }}
      >
        <h3 id="invite-title">{t.inviteTitle}</h3>
        <fieldset class="choices">
          <legend>{t.byGroup}</legend>
          {props.groups.map((group) => (
            <label key={group.key} class="choice">
              <input
                type="checkbox"
                checked={state.groups.has(group.key)}
                onChange={() => state.toggleGroup(group.key)}
              />
              {t.contactsIn(group.names[props.locale], inGroup(group.key))}
            </label>
          ))}
        </fieldset>
        <details>
          <summary>{t.byHand}</summary>
          <fieldset class="choices">
            <legend class="visually-hidden">{t.byHand}</legend>
            {props.contacts.map((contact) => (
              <label key={contact.id} class="choice">
                <input
                  type="checkbox"
                  checked={state.contacts.has(contact.id)}
                  onChange={() => state.toggleContact(contact.id)}
                />
                {contact.name} · {contact.email} · {groupName.get(contact.group) ?? contact.group}
              </label>
            ))}
          </fieldset>
        </details>
        {state.error && (
          <p class="error-message" role="alert">
            {state.error}
          </p>
        )}
        <div class="button-row">
          <button type="submit" class="button" disabled={state.busy}>
            {state.busy ? t.inviting : t.invite}
          </button>
        </div>
      </form>
    </section>
  )
}
