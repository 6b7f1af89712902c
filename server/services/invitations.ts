import {
  countInvitationsByGroup,
  type InvitationRow,
  insertInvitationLinks,
  insertInvitations,
  insertMessages,
  listInvitableContacts,
  listInvitations,
  listOutbox,
  markAnsweredInvitations,
  markInvitationOpened,
  markInvitationResponded,
} from '#db/queries/invitations'
import { findOrganisation } from '#db/queries/members'
import { addDays, LINK_USED, SAMPLE_TOKEN, utcDay } from '#surveys/domain/invitation-templates'
import type { Locale } from '#surveys/i18n/locales'
import { CSV_CONTENT_TYPE, csvDocument } from '#surveys/reports/csv'
import { exportFileName } from '#surveys/reports/file-names'
import {
  type InvitationStatus,
  type InviteBody,
  MIN_RESPONSES_SHOWN,
} from '#surveys/schemas/invitations'
import type { AppDeps, SessionUser } from '../context.ts'
import type { Download } from '../download.ts'
import { assessmentFor, CAN, withAssessment } from './access.ts'
import { assertInviting } from './locks.ts'
import { composeMessage, DEFAULT_DEADLINE_DAYS, loadTemplates } from './message-templates.ts'
import { hashToken, newTokens } from './tokens.ts'

const surveyUrl = (origin: string, token: string) => `${origin}/s/${token}`

/**
 * Invites contacts chosen by id or group: each gets a personal single-use link in their group
 * and an invitation message in their language, queued in the outbox. Contacts who are
 * deactivated, unsubscribed, bounced, already invited or in a group this assessment lacks are
 * skipped. One transaction under the assessment's lock; audited with counts only.
 */
export async function inviteContacts(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: InviteBody,
) {
  const today = utcDay(deps.clock.now())
  const deadline = body.deadline ?? addDays(today, DEFAULT_DEADLINE_DAYS)
  const result = await withAssessment(
    deps,
    user,
    assessmentId,
    'manageContacts',
    async (tx, assessment, audit) => {
      assertInviting(assessment, 'invite')
      const { invitable, chosen } = await listInvitableContacts(tx, assessmentId, {
        contactIds: (body.contactIds ?? []).map(Number),
        groups: body.groups ?? [],
      })
      const tokens = newTokens(invitable.length)
      await insertInvitationLinks(tx, {
        assessmentId,
        groupIds: invitable.map((contact) => contact.groupId),
        tokenHashes: tokens.map(hashToken),
        createdBy: user.id,
        day: today,
      })
      const ids = await insertInvitations(
        tx,
        invitable.map((contact, i) => ({
          assessmentId,
          contactId: contact.id,
          groupId: contact.groupId,
          token: tokens[i] ?? null,
          deadline,
          invitedOn: today,
        })),
      )
      const organisation = (await findOrganisation(tx, assessment.organisationId))?.name ?? ''
      const templates = await loadTemplates(tx, assessmentId)
      const messageIds = await insertMessages(
        tx,
        invitable.map((contact, i) => ({
          assessmentId,
          invitationId: ids[i] ?? 0,
          kind: 'invitation' as const,
          idempotencyKey: `invitation:${ids[i]}:0`,
          createdAt: deps.clock.now(),
          recipient: contact.email,
          locale: contact.locale,
          ...composeMessage(templates.invitation[contact.locale], contact, {
            organisation,
            deadline,
          }),
        })),
      )
      const skipped = chosen - invitable.length
      const queued = messageIds.length
      await audit({ action: 'invite', entity: 'invitations', after: { queued, skipped, deadline } })
      return { queued, skipped, messageIds }
    },
  )
  // After the commit: a worker must find the messages. Should this fail, the queued messages
  // are still there, and every mail worker enqueues unclaimed ones when it starts.
  await deps.mail?.enqueue(result.messageIds)
  return { queued: result.queued, skipped: result.skipped }
}

function statusOf(row: InvitationRow): InvitationStatus {
  if (row.unsubscribed) return 'unsubscribed'
  if (row.bounced) return 'bounced'
  return row.messageStatus ?? 'queued'
}

/** Who was invited, the state of their messages and whether they responded (never when). */
export async function listAssessmentInvitations(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
) {
  await assessmentFor(deps, user, assessmentId, CAN.manageContacts)
  await markAnsweredInvitations(deps.database.db, assessmentId)
  const rows = await listInvitations(deps.database.db, assessmentId)
  return rows.map((row) => ({
    contactId: String(row.contactId),
    name: row.name,
    email: row.email,
    language: row.locale,
    group: row.group,
    status: statusOf(row),
    responded: row.responded,
    reminders: row.reminders,
  }))
}

/** A message's link as the outbox shows it: the example for a test, a note once used. */
function outboxLink(row: { kind: string; token: string | null; locale: Locale }, origin: string) {
  if (row.kind === 'test') return surveyUrl(origin, SAMPLE_TOKEN)
  return row.token ? surveyUrl(origin, row.token) : LINK_USED[row.locale]
}

/** Every message, with its link filled in while unused. */
export async function listAssessmentOutbox(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  origin: string,
) {
  await assessmentFor(deps, user, assessmentId, CAN.manageContacts)
  const rows = await listOutbox(deps.database.db, assessmentId)
  return rows.map((row) => ({
    id: String(row.id),
    contactId: row.contactId === null ? null : String(row.contactId),
    kind: row.kind,
    recipient: row.recipient,
    language: row.locale,
    subject: row.subject,
    body: row.body.replaceAll('{link}', outboxLink(row, origin)),
    status: row.status,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  }))
}

/**
 * The mail-merge file: name, email, language and link of every invitation still to be answered
 * whose contact may be emailed, to send from the organisation's own mail system.
 */
export async function invitationsMailMerge(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  origin: string,
): Promise<Download> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.manageContacts)
  const rows = await listInvitations(deps.database.db, assessmentId)
  const open = rows.filter((row) => row.token && !row.unsubscribed && !row.bounced)
  return {
    body: csvDocument(
      ['name', 'email', 'language', 'link'],
      open.map((row) => [row.name, row.email, row.locale, surveyUrl(origin, row.token ?? '')]),
    ),
    contentType: CSV_CONTENT_TYPE,
    filename: exportFileName(`${assessment.name} invitations`, utcDay(deps.clock.now()), 'csv'),
  }
}

/**
 * Response rates per group. A group's counts are shown only once at least MIN_RESPONSES_SHOWN
 * people in it responded; before that only how many were invited, so that a count never points
 * at one or two people.
 */
export async function invitationRates(deps: AppDeps, user: SessionUser, assessmentId: number) {
  await assessmentFor(deps, user, assessmentId, CAN.manageContacts)
  await markAnsweredInvitations(deps.database.db, assessmentId)
  const groups = await countInvitationsByGroup(deps.database.db, assessmentId)
  return {
    minimumResponses: MIN_RESPONSES_SHOWN,
    groups: groups.map(({ key, ...counts }) =>
      counts.responded >= MIN_RESPONSES_SHOWN
        ? { group: key, ...counts, shown: true }
        : {
            group: key,
            invited: counts.invited,
            opened: null,
            responded: null,
            bounced: null,
            unsubscribed: null,
            reminders: null,
            shown: false,
          },
    ),
  }
}

/** The survey loaded through a link: an invitation behind it is marked opened (the day only). */
export async function noteLinkOpened(deps: AppDeps, token: string): Promise<void> {
  await markInvitationOpened(deps.database.db, token, utcDay(deps.clock.now()))
}

/** A response stored through a link: its invitation is marked used (the day) and forgets it. */
export async function noteLinkUsed(deps: AppDeps, token: string): Promise<void> {
  await markInvitationResponded(deps.database.db, token, utcDay(deps.clock.now()))
}
