import { sql } from 'drizzle-orm'
import type { Locale } from '#surveys/i18n/locales'
import { type Executor, queryRows } from '../client.ts'

/** A message claimed for sending, with what it needs and whether it may still go. */
export interface ClaimedMessage {
  id: number
  assessmentId: number
  /** Null for a test send to the signed-in user. */
  contactId: number | null
  kind: 'invitation' | 'reminder' | 'test'
  /** A test send: no invitation, no contact, an example link. */
  test: boolean
  idempotencyKey: string
  recipient: string
  locale: Locale
  subject: string
  body: string
  /** The invitation's token while its link is unused. */
  token: string | null
  /** Unsubscribed, bounced or deactivated: not to be emailed. */
  blocked: boolean
}

/**
 * Claims a queued message for this worker, in one statement: of two workers, one gets it.
 * Undefined when it is not queued or another worker claimed it (perhaps and died).
 */
export async function claimMessage(db: Executor, id: number, now: Date) {
  const [row] = await queryRows<ClaimedMessage>(
    db,
    sql`
      WITH claimed AS (
        UPDATE messages SET claimed_at = ${now.toISOString()}::timestamptz
        WHERE id = ${id} AND status = 'queued' AND claimed_at IS NULL
        RETURNING *
      )
      SELECT m.id::float8 AS id, m.assessment_id::float8 AS "assessmentId",
        c.id::float8 AS "contactId", m.kind::text AS kind, m.invitation_id IS NULL AS test,
        m.idempotency_key AS "idempotencyKey", m.recipient, m.locale::text AS locale, m.subject,
        m.body,
        -- A link that took a response is used, even if marking its invitation was lost.
        CASE WHEN EXISTS (SELECT 1 FROM survey_links l JOIN responses r ON r.link_id = l.id
            WHERE l.token_hash = sha256(convert_to(i.token, 'UTF8')) AND r.single_use)
          THEN NULL ELSE i.token END AS token,
        coalesce(c.unsubscribed_at IS NOT NULL OR c.bounced_at IS NOT NULL
          OR c.deactivated_at IS NOT NULL, false) AS blocked
      FROM claimed m
      LEFT JOIN invitations i ON i.id = m.invitation_id
      LEFT JOIN contacts c ON c.id = i.contact_id`,
  )
  return row
}

/**
 * A message claimed before `claimedBefore` and still queued: its worker died mid-send. It
 * becomes failed, never queued again: it may have gone out, and nobody gets a message twice.
 */
export async function failInterrupted(
  db: Executor,
  id: number,
  claimedBefore: Date,
  error: string,
) {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`UPDATE messages SET status = 'failed', error = ${error}
      WHERE id = ${id} AND status = 'queued'
        AND claimed_at < ${claimedBefore.toISOString()}::timestamptz
      RETURNING id::float8 AS id`,
  )
  return rows.length > 0
}

/** Records how a claimed send ended. */
export async function recordSend(
  db: Executor,
  id: number,
  outcome:
    | { status: 'sent'; at: Date }
    | { status: 'failed' | 'bounced'; error: string }
    | { status: 'queued'; error: string },
) {
  if (outcome.status === 'sent') {
    await db.execute(sql`UPDATE messages SET status = 'sent', error = NULL,
      sent_at = ${outcome.at.toISOString()}::timestamptz WHERE id = ${id}`)
  } else if (outcome.status === 'queued') {
    // Refused before it was accepted: released for a retry.
    await db.execute(sql`UPDATE messages SET claimed_at = NULL, error = ${outcome.error}
      WHERE id = ${id}`)
  } else {
    await db.execute(sql`UPDATE messages SET status = ${outcome.status}::message_status,
      error = ${outcome.error} WHERE id = ${id}`)
  }
}

/** Marks a contact bounced (a permanent failure): never emailed again. */
export async function markContactBounced(db: Executor, contactId: number, now: Date) {
  await db.execute(sql`UPDATE contacts SET bounced_at = coalesce(bounced_at, ${now.toISOString()}::timestamptz)
    WHERE id = ${contactId}`)
}

/** Marks a contact unsubscribed; returns whether the contact exists. */
export async function markContactUnsubscribed(db: Executor, contactId: number, now: Date) {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`UPDATE contacts SET unsubscribed_at = coalesce(unsubscribed_at, ${now.toISOString()}::timestamptz)
      WHERE id = ${contactId} RETURNING id::float8 AS id`,
  )
  return rows.length > 0
}

/** Queued messages no worker has claimed, oldest first: what a starting worker enqueues. */
export async function listUnclaimedMessageIds(db: Executor, limit: number) {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT id::float8 AS id FROM messages WHERE status = 'queued' AND claimed_at IS NULL
      ORDER BY id LIMIT ${limit}`,
  )
  return rows.map((row) => row.id)
}
