import { commonText } from '#surveys/i18n/common'
import { contactsText } from '#surveys/i18n/contacts'
import { Empty, ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'
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
              onChange={(e) => state.setOrganisationId(e.currentTarget.value)}
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
