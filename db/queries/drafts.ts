import { and, eq } from 'drizzle-orm'
import type { DraftAnswers } from '#surveys/schemas/survey'
import type { Executor } from '../client.ts'
import { drafts } from '../schema.ts'

export interface DraftValues {
  linkId: number
  resumeKey: Buffer
  answers: DraftAnswers
  locale: string
  now: Date
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
 * Replaces the answers of an existing draft only; undefined when (link, resume key) has none.
 * A resume code the server never issued must not create a draft.
 */
export async function updateDraft(db: Executor, values: DraftValues): Promise<Date | undefined> {
  const { linkId, resumeKey, answers, locale, now } = values
  const [row] = await db
    .update(drafts)
    .set({ answers, locale, updatedAt: now })
    .where(and(eq(drafts.linkId, linkId), eq(drafts.resumeKey, resumeKey)))
    .returning({ updatedAt: drafts.updatedAt })
  return row?.updatedAt
}

/** Inserts a new draft only if the key is free (a fresh resume code); false on a clash. */
export async function insertDraft(db: Executor, values: DraftValues): Promise<boolean> {
  const { linkId, resumeKey, answers, locale, now } = values
  const rows = await db
    .insert(drafts)
    .values({ linkId, resumeKey, answers, locale, startedAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ id: drafts.id })
  return rows.length > 0
}

export async function findDraft(db: Executor, linkId: number, resumeKey: Buffer) {
  const [row] = await db
    .select({
      answers: drafts.answers,
      locale: drafts.locale,
      startedAt: drafts.startedAt,
      updatedAt: drafts.updatedAt,
    })
    .from(drafts)
    .where(and(eq(drafts.linkId, linkId), eq(drafts.resumeKey, resumeKey)))
  return row && { ...row, answers: row.answers as DraftAnswers }
}
