import { contactsText } from '#surveys/i18n/contacts'
import { LOCALE_NAMES } from '#surveys/i18n/locales'
import { useLocale } from '../../shared/locale.tsx'
import { type GroupOption, groupName } from './group-name.ts'
import type { ContactView } from './use-contacts.ts'

/** The register: one row per contact, with edit, deactivate or reactivate, and erase. */
export function ContactsTable(props: {
  contacts: ContactView[]
  groups: readonly GroupOption[]
  busy: boolean
  onEdit(contact: ContactView): void
  onToggle(contact: ContactView): void
  onErase(contact: ContactView): void
}) {
  const { locale } = useLocale()
  const t = contactsText[locale]
  return (
    <div class="table-wrap">
      <table class="table stacked-table">
        <caption class="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.group}</th>
            <th scope="col">{t.language}</th>
            <th scope="col">{t.affiliation}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {props.contacts.map((contact) => (
            <tr key={contact.id}>
              <th scope="row">{contact.name}</th>
              <td class="email" data-label={t.email}>
                {contact.email}
              </td>
              <td data-label={t.group}>{groupName(contact.group, locale, props.groups)}</td>
              <td data-label={t.language}>{LOCALE_NAMES[contact.language]}</td>
              <td data-label={t.affiliation}>{contact.affiliation}</td>
              <td data-label={t.status}>
                {contact.active ? (
                  t.active
                ) : (
                  <span class="badge badge--inactive">{t.inactive}</span>
                )}
              </td>
              <td class="wide-cell">
                <div class="member-actions">
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-label={t.editFor(contact.name)}
                    disabled={props.busy}
                    onClick={() => props.onEdit(contact)}
                  >
                    {t.edit}
                  </button>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-label={
                      contact.active ? t.deactivateFor(contact.name) : t.reactivateFor(contact.name)
                    }
                    disabled={props.busy}
                    onClick={() => props.onToggle(contact)}
                  >
                    {contact.active ? t.deactivate : t.reactivate}
                  </button>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    aria-label={t.eraseFor(contact.name)}
                    disabled={props.busy}
                    onClick={() => props.onErase(contact)}
                  >
                    {t.erase}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
