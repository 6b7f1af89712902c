import { contactsText } from '#surveys/i18n/contacts'
import { useLocale } from '../../shared/locale.tsx'
import { PersonCells, PersonHeads } from '../components/person-cells.tsx'
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
            <PersonHeads labels={t} />
            <th scope="col">{t.affiliation}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {props.contacts.map((contact) => (
            <tr key={contact.id}>
              <PersonCells
                labels={t}
                name={contact.name}
                email={contact.email}
                group={groupName(contact.group, locale, props.groups)}
                language={contact.language}
              />
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
