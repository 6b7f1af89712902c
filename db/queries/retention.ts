import { sql } from 'drizzle-orm'
import { type Executor, queryRows } from '../client.ts'

export interface Erased {
  comments: number
  responses: number
  drafts: number
  /** Contacts' invitations to the assessment, and the emails of them (the outbox rows). */
  invitations: number
  messages: number
}

/**
 * Removes what could identify or profile a respondent — free-text comments and suggested
 * issues, exact timings, address hashes, browser ids, unsent drafts — and keeps the anonymised
 * answers (ratings), so scores, snapshots and the running sums stay as they are. Who was invited
 * to the assessment goes too: its invitations and every message to a contact (recipient, name in
 * the body, SMTP reply). The contacts stay in the organisation's register; erasing one is
 * separate (server/services/contacts.ts). A mail job holds only a message id, which then points
 * at nothing: a worker that takes it finds no message and sends nothing.
 */
export async function erasePersonalData(db: Executor, assessmentId: number): Promise<Erased> {
  const [erased] = await queryRows<Erased>(
    db,
    sql`WITH comments AS (
          DELETE FROM response_comments c USING responses r
          WHERE c.response_id = r.id AND r.assessment_id = ${assessmentId}
          RETURNING 1
        ),
        responses_cleared AS (
          UPDATE responses
          SET suggested_issues = NULL, started_at = NULL, address_hash = NULL, browser_id = NULL,
              -- The UTC day, whatever the session's time zone: the evidence pack reports UTC
              -- dates, and the immutability trigger admits only this cut.
              submitted_at = date_trunc('day', submitted_at, 'UTC')
          WHERE assessment_id = ${assessmentId}
          RETURNING 1
        ),
        drafts_gone AS (
          DELETE FROM drafts d USING survey_links l
          WHERE d.link_id = l.id AND l.assessment_id = ${assessmentId}
          RETURNING 1
        ),
        messages_gone AS (
          DELETE FROM messages WHERE assessment_id = ${assessmentId} RETURNING 1
        ),
        invitations_gone AS (
          DELETE FROM invitations WHERE assessment_id = ${assessmentId} RETURNING 1
        )
        SELECT (SELECT count(*) FROM comments)::int AS comments,
               (SELECT count(*) FROM responses_cleared)::int AS responses,
               (SELECT count(*) FROM drafts_gone)::int AS drafts,
               (SELECT count(*) FROM invitations_gone)::int AS invitations,
               (SELECT count(*) FROM messages_gone)::int AS messages`,
  )
  return erased ?? { comments: 0, responses: 0, drafts: 0, invitations: 0, messages: 0 }
}
