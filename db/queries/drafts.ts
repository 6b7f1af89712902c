import { and, eq, gt, lte, sql } from 'drizzle-orm'
import type { Locale } from '#surveys/i18n/locales'
import type { DraftAnswers } from '#surveys/schemas/survey'
import { type Executor, queryRows } from '../client.ts'
import { drafts } from '../schema.ts'

export interface DraftValues {
  linkId: number
  resumeKey: Buffer
  answers: DraftAnswers
  locale: Locale
  now: Date
  /** Drafts last saved at or before this have expired: not found, not updated. */
  liveAfter: Date
}

/** Creates or replaces the draft under (link, resume key); returns when it was saved. */
export async function upsertDraft(db: Executor, values: DraftValues): Promise<Date> {
  const { linkId, resumeKey, answers, locale, now } = values
  const [row] = await db
    .insert(drafts)
    .values({ linkId, resumeKey, answers, locale, startedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [drafts.linkId, drafts.resumeKey],
      set: { answers, locale, updatedAt: now },
    })
    .returning({ updatedAt: drafts.updatedAt })
  return row!.updatedAt
}

/**
 * Replaces the answers of an existing, unexpired draft only; undefined when (link, resume key)
 * has none. A resume code the server never issued must not create a draft.
 */
export async function updateDraft(db: Executor, values: DraftValues): Promise<Date | undefined> {
  const { linkId, resumeKey, answers, locale, now, liveAfter } = values
  const [row] = await db
    .update(drafts)
    .set({ answers, locale, updatedAt: now })
    .where(
      and(
        eq(drafts.linkId, linkId),
        eq(drafts.resumeKey, resumeKey),
        gt(drafts.updatedAt, liveAfter),
      ),
    )
    .returning({ updatedAt: drafts.updatedAt })
  return row?.updatedAt
}

/** Live drafts allowed on one open link, in all and from one address. */
export interface DraftQuotas {
  perLink: number
  perAddress: number
}

export type NewDraftOutcome = 'saved' | 'clash' | 'link_full' | 'address_full'

// pg_advisory_xact_lock(class, id): one lock per link, so concurrent first saves count in turn.
const DRAFT_LOCK_CLASS = 0x64726674

/**
 * Starts an open link's draft under a fresh resume key, if the link and the address are under
 * their quotas of live drafts. The link's expired drafts go first; counting and inserting under
 * the link's lock keeps the quotas exact under concurrency.
 */
export async function insertOpenDraft(
  db: Executor,
  values: DraftValues & { addressHash: Buffer; quotas: DraftQuotas },
): Promise<NewDraftOutcome> {
  const { linkId, resumeKey, answers, locale, now, liveAfter, addressHash, quotas } = values
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(${DRAFT_LOCK_CLASS}, (${linkId}::bigint % 2147483647)::int)`,
    )
    await tx.delete(drafts).where(and(eq(drafts.linkId, linkId), lte(drafts.updatedAt, liveAfter)))
    const [count] = await queryRows<{ link: number; address: number }>(
      tx,
      sql`SELECT count(*)::int AS link,
            (count(*) FILTER (WHERE address_hash = decode(${addressHash.toString('hex')}, 'hex')))::int AS address
          FROM drafts WHERE link_id = ${linkId}`,
    )
    if (count!.address >= quotas.perAddress) return 'address_full'
    if (count!.link >= quotas.perLink) return 'link_full'
    const rows = await tx
      .insert(drafts)
      .values({ linkId, resumeKey, answers, locale, addressHash, startedAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: drafts.id })
    return rows.length > 0 ? 'saved' : 'clash'
  })
}

/** The draft under (link, resume key) unless it has expired. */
export async function findDraft(db: Executor, linkId: number, resumeKey: Buffer, liveAfter: Date) {
  const [row] = await db
    .select({
      answers: drafts.answers,
      locale: drafts.locale,
      startedAt: drafts.startedAt,
      updatedAt: drafts.updatedAt,
    })
    .from(drafts)
    .where(
      and(
        eq(drafts.linkId, linkId),
        eq(drafts.resumeKey, resumeKey),
        gt(drafts.updatedAt, liveAfter),
      ),
    )
  return row && { ...row, answers: row.answers as DraftAnswers }
}

/** Drops up to 100 expired drafts, oldest first: bounded work on whichever save calls it. */
export async function deleteExpiredDrafts(db: Executor, liveAfter: Date): Promise<void> {
  await db.execute(
    sql`DELETE FROM drafts WHERE id IN (
          SELECT id FROM drafts WHERE updated_at <= ${liveAfter.toISOString()}::timestamptz
          ORDER BY updated_at LIMIT 100)`,
  )
}

/** Deletes every draft of an assessment's links (it closed: nobody can answer any more). */
export async function deleteAssessmentDrafts(db: Executor, assessmentId: number): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`DELETE FROM drafts d USING survey_links l
        WHERE d.link_id = l.id AND l.assessment_id = ${assessmentId}
        RETURNING d.id::float8 AS id`,
  )
  return rows.length
}
