import { commonText } from '#surveys/i18n/common'
import { contactsText } from '#surveys/i18n/contacts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
import { OrganisationHeader } from '../components/organisation-header.tsx'
import { ContactEdit } from '../contacts/contact-edit.tsx'
import { ContactImport } from '../contacts/contact-import.tsx'
import { ContactsTable } from '../contacts/contacts-table.tsx'
import { useContacts } from '../contacts/use-contacts.ts'
import { Layout } from '../layout.tsx'

/** `/settings/contacts`: the organisation's stakeholder register; import, edit, deactivate, erase. */
export function ContactsPage() {
  const { locale } = useLocale()
  const t = contactsText[locale]
  const common = commonText[locale]
  const state = useContacts(locale)
  const { list, organisations, organisationId, message, erasing, editing } = state
  return (
    <Layout wide>
      <OrganisationHeader
        title={t.title}
        lead={t.lead}
        pickerLabel={t.organisation}
        organisations={organisations}
        organisationId={organisationId}
        onPick={state.setOrganisationId}
        message={message}
      />
      <div class="stack">
        {list.state === 'loading' && <Loading label={common.loading} />}
        {list.state === 'error' && (
          <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={list.reload} />
        )}
        {list.state === 'ready' && list.data.contacts.length === 0 && (
          <Empty title={t.none}>
            <p>{t.noneBody}</p>
          </Empty>
        )}
        {list.state === 'ready' && list.data.contacts.length > 0 && (
          <>
            <h2 class="section-title">{t.count(list.data.contacts.length)}</h2>
            <ContactsTable
              contacts={list.data.contacts}
              groups={list.data.groups}
              busy={state.busy}
              onEdit={state.setEditing}
              onToggle={state.toggleActive}
              onErase={state.askErase}
            />
          </>
        )}
        {organisationId && (
          <ContactImport
            locale={locale}
            organisationId={organisationId}
            onImported={(sentence) => {
              state.announce(sentence)
              list.reload()
            }}
          />
        )}
      </div>
      <ConfirmDialog
        open={erasing !== undefined}
        title={erasing ? t.eraseTitle(erasing.name) : ''}
        confirmLabel={t.erase}
        cancelLabel={t.cancel}
        busy={state.busy}
        danger
        onConfirm={() => erasing && state.erase(erasing)}
        onCancel={() => state.askErase(undefined)}
      >
        <p>{t.eraseBody}</p>
      </ConfirmDialog>
      {editing && (
        <ContactEdit
          key={editing.id}
          locale={locale}
          organisationId={organisationId}
          contact={editing}
          groups={list.state === 'ready' ? list.data.groups : []}
          onSaved={(sentence) => {
            state.setEditing(undefined)
            state.announce(sentence)
            list.reload()
          }}
          onCancel={() => state.setEditing(undefined)}
        />
      )}
    </Layout>
  )
}
