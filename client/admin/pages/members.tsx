import { commonText } from '#surveys/i18n/common'
import { membersText } from '#surveys/i18n/members'
import { ErrorState, Loading } from '../../shared/components/states.tsx'
import { useLocale } from '../../shared/locale.tsx'
import { OrganisationHeader } from '../components/organisation-header.tsx'
import { Layout } from '../layout.tsx'
import { AddMemberForm } from '../members/add-member.tsx'
import { AddedNotice } from '../members/added-notice.tsx'
import { ConfirmMemberChange } from '../members/member-changes.tsx'
import { MembersTable } from '../members/members-table.tsx'
import { useMembers } from '../members/use-members.ts'

/** `/settings/members`: the organisation's people and roles; admins add people and change roles. */
export function MembersPage() {
  const { locale } = useLocale()
  const t = membersText[locale]
  const common = commonText[locale]
  const state = useMembers(locale)
  const { data, organisations, organisationId, message, pending, busy, isAdmin } = state
  return (
    <Layout>
      <OrganisationHeader
        title={t.title}
        lead={t.lead}
        pickerLabel={t.organisation}
        organisations={organisations}
        organisationId={organisationId}
        onPick={state.setOrganisationId}
        message={message}
      />
      {data.state === 'loading' && <Loading label={common.loading} />}
      {data.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={data.reload} />
      )}
      {data.state === 'ready' && (
        <>
          <h2 class="section-title">{data.data.organisation.name}</h2>
          <MembersTable
            data={data.data}
            meId={state.me?.id}
            isAdmin={isAdmin}
            busy={busy}
            changeRole={state.changeRole}
            ask={state.ask}
          />
          <ConfirmMemberChange
            locale={locale}
            pending={pending}
            organisation={data.data.organisation.name}
            busy={busy}
            onConfirm={() => pending && state.change(pending)}
            onCancel={() => state.setPending(undefined)}
          />
          {state.added && <AddedNotice added={state.added} locale={locale} />}
          {isAdmin ? (
            <AddMemberForm
              locale={locale}
              organisationId={organisationId}
              onAdded={state.onAdded}
            />
          ) : (
            <p class="hint">{t.onlyAdmins}</p>
          )}
        </>
      )}
    </Layout>
  )
}
