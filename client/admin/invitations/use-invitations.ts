import { call, type Data, server } from '../../shared/api.ts'
import { useResource } from '../../shared/use-resource.ts'
import { fetchGroups } from '../remote.ts'

const assessment = server.assessments[':id']

export type InvitationRow = Data<(typeof assessment)['invitations']['$get']>[number]
export type OutboxMessage = Data<(typeof assessment)['outbox']['$get']>[number]
export type InvitationRates = Data<(typeof assessment)['invitations']['rates']['$get']>
export type InvitationTimeline = Data<(typeof assessment)['invitations']['timeline']['$get']>
export type ActiveContact = Data<
  (typeof server.organisations)[':id']['contacts']['$get']
>['contacts'][number]

/** Everything the Invitations tab shows, loaded together and reloaded after an invitation. */
async function loadInvitations(assessmentId: string, organisationId: string) {
  const param = { id: assessmentId }
  const [groups, contacts, invitations, rates, timeline, outbox, schedule] = await Promise.all([
    fetchGroups(assessmentId),
    call(
      server.organisations[':id'].contacts.$get({
        param: { id: organisationId },
        query: { active: 'true' },
      }),
    ),
    call(assessment.invitations.$get({ param })),
    call(assessment.invitations.rates.$get({ param })),
    call(assessment.invitations.timeline.$get({ param })),
    call(assessment.outbox.$get({ param })),
    call(assessment['reminder-schedule'].$get({ param })),
  ])
  return {
    groups: groups.groups,
    contacts: contacts.contacts,
    invitations,
    rates,
    timeline,
    outbox,
    schedule,
  }
}

export type InvitationsData = Awaited<ReturnType<typeof loadInvitations>>

/**
 * The Invitations tab's data: groups, active contacts, invitations, rates, timeline, outbox and
 * reminder schedule.
 */
export function useInvitations(assessmentId: string, organisationId: string) {
  return useResource(
    () => loadInvitations(assessmentId, organisationId),
    [assessmentId, organisationId],
  )
}

/** The mail-merge file's address (name, email, language, link of each open invitation). */
export const mailMergePath = (assessmentId: string) =>
  assessment['invitations.csv'].$path({ param: { id: assessmentId } })
