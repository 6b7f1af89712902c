import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Locale } from '#surveys/i18n/locales'
import { type Executor, queryRows } from '../client.ts'
import { invitations, messages } from '../schema.ts'

export type NewMessage = typeof messages.$inferInsert

/** A contact who may be invited to the assessment, with the group it matches there. */
export interface InvitableContact {
  id: number
  name: string
  email: string
  locale: Locale
  groupId: number
  groupKey: string
}

/**
 * The organisation's contacts chosen by id or group that can be invited to this assessment:
 * active, never unsubscribed or bounced, in a group the assessment has, not invited to it yet.
 * `chosen` counts every contact the selection named, invitable or not.
 */
export async function listInvitableContacts(
  db: Executor,
  assessmentId: number,
  selection: { contactIds: number[]; groups: string[] },
) {
  const rows = await queryRows<InvitableContact & { invitable: boolean }>(
    db,
    sql`
      SELECT c.id::float8 AS id, c.name, c.email, c.locale::text AS locale,
        g.id::float8 AS "groupId", g.key AS "groupKey",
        (g.id IS NOT NULL AND c.deactivated_at IS NULL AND c.unsubscribed_at IS NULL
          AND c.bounced_at IS NULL AND i.id IS NULL) AS invitable
      FROM contacts c
      JOIN assessments a ON a.id = ${assessmentId} AND a.organisation_id = c.organisation_id
      LEFT JOIN stakeholder_groups g ON g.assessment_id = a.id AND g.key = c."group"
      LEFT JOIN invitations i ON i.assessment_id = a.id AND i.contact_id = c.id
      WHERE c.id = ANY(string_to_array(${selection.contactIds.join(',')}, ',')::bigint[])
        OR c."group" = ANY(string_to_array(${selection.groups.join('\u001f')}, '\u001f'))
      ORDER BY c.id`,
  )
  return { invitable: rows.filter((row) => row.invitable), chosen: rows.length }
}

/** Invitation links' ids start here; the links' own sequence never reaches it. */
export const FIRST_INVITATION_LINK_ID = 2 ** 52

/** An id no sequence hands out: 2^52 + 52 random bits (below 2^53, exact in JavaScript). */
function randomLinkId(): string {
  const bits = randomBytes(8).readBigUInt64BE() & ((1n << 52n) - 1n)
  return String((1n << 52n) + bits)
}

/**
 * Single-use survey links for invitations, one per (group, token hash), in one statement. Their
 * ids are random and their creation time is the UTC day: neither the order nor the moment a link
 * was made says which invitation it belongs to.
 */
export async function insertInvitationLinks(
  db: Executor,
  batch: {
    assessmentId: number
    groupIds: number[]
    tokenHashes: Buffer[]
    createdBy: number
    day: string
  },
): Promise<void> {
  if (batch.groupIds.length === 0) return
  await db.execute(sql`
    INSERT INTO survey_links (id, assessment_id, group_id, kind, token_hash, created_by, created_at)
    OVERRIDING SYSTEM VALUE
    SELECT l.id, ${batch.assessmentId}::bigint, l.group_id, 'single-use',
      substring(${Buffer.concat(batch.tokenHashes)}::bytea FROM (l.i::int - 1) * 32 + 1 FOR 32),
      ${batch.createdBy}::bigint, (${batch.day}::date)::timestamp AT TIME ZONE 'UTC'
    FROM unnest(
      string_to_array(${batch.groupIds.map(() => randomLinkId()).join(',')}, ',')::bigint[],
      string_to_array(${batch.groupIds.join(',')}, ',')::bigint[]
    ) WITH ORDINALITY AS l(id, group_id, i)`)
}

/** Inserts invitations; returns their ids in the order given. */
export async function insertInvitations(
  db: Executor,
  rows: (typeof invitations.$inferInsert)[],
): Promise<number[]> {
  if (rows.length === 0) return []
  const inserted = await db.insert(invitations).values(rows).returning({ id: invitations.id })
  return inserted.map((row) => row.id)
}

/** Queues messages; one per idempotency key, ever (a second is ignored). Returns the new ids. */
export async function insertMessages(db: Executor, rows: NewMessage[]): Promise<number[]> {
  if (rows.length === 0) return []
  const inserted = await db
    .insert(messages)
    .values(rows)
    .onConflictDoNothing({ target: messages.idempotencyKey })
    .returning({ id: messages.id })
  return inserted.map((row) => row.id)
}

export type MessageStatus = 'queued' | 'sent' | 'failed' | 'bounced'

export interface InvitationRow {
  id: number
  contactId: number
  name: string
  email: string
  locale: Locale
  group: string
  token: string | null
  responded: boolean
  opened: boolean
  reminders: number
  unsubscribed: boolean
  bounced: boolean
  /** The latest message's status. */
  messageStatus: MessageStatus | null
}

/** The assessment's invitations with their contacts and latest message, by contact name. */
export async function listInvitations(db: Executor, assessmentId: number) {
  return queryRows<InvitationRow>(
    db,
    sql`
      SELECT i.id::float8 AS id, c.id::float8 AS "contactId", c.name, c.email,
        c.locale::text AS locale, g.key AS "group", i.token,
        i.responded_on IS NOT NULL AS responded, i.opened_on IS NOT NULL AS opened, i.reminders,
        c.unsubscribed_at IS NOT NULL AS unsubscribed, c.bounced_at IS NOT NULL AS bounced,
        (SELECT m.status::text FROM messages m WHERE m.invitation_id = i.id
          ORDER BY m.id DESC LIMIT 1) AS "messageStatus"
      FROM invitations i
      JOIN contacts c ON c.id = i.contact_id
      JOIN stakeholder_groups g ON g.id = i.group_id
      WHERE i.assessment_id = ${assessmentId}
      ORDER BY c.name, c.email`,
  )
}

export interface OutboxRow {
  id: number
  /** Null for a test send to the signed-in user. */
  contactId: number | null
  kind: 'invitation' | 'reminder' | 'test'
  recipient: string
  locale: Locale
  subject: string
  body: string
  status: MessageStatus
  error: string | null
  createdAt: Date
  sentAt: Date | null
  /** The invitation's token while its link is unused. */
  token: string | null
}

/** Every message of the assessment, oldest first. */
export async function listOutbox(db: Executor, assessmentId: number) {
  const rows = await queryRows<
    Omit<OutboxRow, 'createdAt' | 'sentAt'> & {
      createdAt: string
      sentAt: string | null
    }
  >(
    db,
    sql`
      SELECT m.id::float8 AS id, i.contact_id::float8 AS "contactId", m.kind::text AS kind,
        m.recipient, m.locale::text AS locale, m.subject, m.body, m.status::text AS status,
        m.error, m.created_at::text AS "createdAt", m.sent_at::text AS "sentAt", i.token
      FROM messages m LEFT JOIN invitations i ON i.id = m.invitation_id
      WHERE m.assessment_id = ${assessmentId}
      ORDER BY m.id`,
  )
  return rows.map((row) => ({
    ...row,
    createdAt: new Date(row.createdAt),
    sentAt: row.sentAt === null ? null : new Date(row.sentAt),
  }))
}

/** Marks the invitation behind a token opened on `day` (the first time only). */
export async function markInvitationOpened(db: Executor, token: string, day: string) {
  await db.execute(sql`
    UPDATE invitations SET opened_on = ${day}::date
    WHERE token = ${token} AND opened_on IS NULL`)
}

/**
 * Marks the invitation behind a token used on `day` and forgets the token: from here on nothing
 * stored leads from the response to the invitation.
 */
export async function markInvitationResponded(db: Executor, token: string, day: string) {
  await db.execute(sql`
    UPDATE invitations
    SET responded_on = ${day}::date, opened_on = coalesce(opened_on, ${day}::date), token = NULL
    WHERE token = ${token}`)
}

/**
 * Marks answered the assessment's invitations whose link took a response but which were never
 * marked: the mark runs after the response commits, in a statement of its own, so a process that
 * dies between the two leaves it undone. The link is found by its token's SHA-256, as the
 * survey finds it; the day is the response's UTC day, and the token is forgotten as usual.
 * Returns how many were marked.
 */
export async function markAnsweredInvitations(db: Executor, assessmentId: number) {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`
      UPDATE invitations i
      SET responded_on = answered.day, opened_on = coalesce(i.opened_on, answered.day), token = NULL
      FROM (
        SELECT i2.id, min((r.submitted_at AT TIME ZONE 'UTC')::date) AS day
        FROM invitations i2
        JOIN survey_links l ON l.token_hash = sha256(convert_to(i2.token, 'UTF8'))
        JOIN responses r ON r.link_id = l.id AND r.single_use
        WHERE i2.assessment_id = ${assessmentId} AND i2.token IS NOT NULL
        GROUP BY i2.id
      ) answered
      WHERE i.id = answered.id
      RETURNING i.id::float8 AS id`,
  )
  return rows.length
}

/** Per group of the assessment: counts of invitations and of their contacts' states. */
export interface GroupRates {
  key: string
  invited: number
  opened: number
  responded: number
  bounced: number
  unsubscribed: number
  reminders: number
}

export async function countInvitationsByGroup(db: Executor, assessmentId: number) {
  return queryRows<GroupRates>(
    db,
    sql`
      SELECT g.key, count(i.id)::int AS invited,
        count(i.opened_on)::int AS opened, count(i.responded_on)::int AS responded,
        count(i.id) FILTER (WHERE c.bounced_at IS NOT NULL)::int AS bounced,
        count(i.id) FILTER (WHERE c.unsubscribed_at IS NOT NULL)::int AS unsubscribed,
        coalesce(sum(i.reminders), 0)::int AS reminders
      FROM stakeholder_groups g
      LEFT JOIN invitations i ON i.group_id = g.id
      LEFT JOIN contacts c ON c.id = i.contact_id
      WHERE g.assessment_id = ${assessmentId}
      GROUP BY g.id, g.key, g.position
      ORDER BY g.position`,
  )
}

/** Invitations due a reminder: unanswered, emailable, under `max` reminders, none since `before`. */
export async function listRemindable(
  db: Executor,
  assessmentId: number,
  rule: { max: number; notSince: string },
) {
  return queryRows<{
    id: number
    reminders: number
    name: string
    email: string
    locale: Locale
    deadline: string
    invitedOn: string
    lastRemindedOn: string | null
  }>(
    db,
    sql`
      SELECT i.id::float8 AS id, i.reminders, c.name, c.email, c.locale::text AS locale,
        i.deadline::text AS deadline, i.invited_on::text AS "invitedOn",
        i.last_reminded_on::text AS "lastRemindedOn"
      FROM invitations i JOIN contacts c ON c.id = i.contact_id
      WHERE i.assessment_id = ${assessmentId} AND i.responded_on IS NULL AND i.token IS NOT NULL
        AND c.deactivated_at IS NULL AND c.unsubscribed_at IS NULL AND c.bounced_at IS NULL
        AND i.reminders < ${rule.max}
        AND (i.last_reminded_on IS NULL OR i.last_reminded_on <= ${rule.notSince}::date)
        AND i.invited_on <= ${rule.notSince}::date
      ORDER BY i.id`,
  )
}

/** Counts a reminder on each invitation, on `day`. */
export async function countReminders(db: Executor, ids: number[], day: string) {
  if (ids.length === 0) return
  await db.execute(sql`UPDATE invitations SET reminders = reminders + 1, last_reminded_on = ${day}::date
    WHERE id = ANY(string_to_array(${ids.join(',')}, ',')::bigint[])`)
}
