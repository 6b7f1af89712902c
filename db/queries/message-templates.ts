import { and, eq, sql } from 'drizzle-orm'
import type { Locale } from '#surveys/i18n/locales'
import { type Executor, queryRows } from '../client.ts'
import { messageTemplates, reminderSchedules } from '../schema.ts'

export type TemplateKey = { kind: 'invitation' | 'reminder'; locale: Locale }

/** The assessment's own templates (the built-in ones are not stored). */
export async function listMessageTemplates(db: Executor, assessmentId: number) {
  return db
    .select({
      kind: messageTemplates.kind,
      locale: messageTemplates.locale,
      subject: messageTemplates.subject,
      body: messageTemplates.body,
    })
    .from(messageTemplates)
    .where(eq(messageTemplates.assessmentId, assessmentId))
}

/** Stores the assessment's wording of one kind in one language, replacing any before. */
export async function upsertMessageTemplate(
  db: Executor,
  assessmentId: number,
  key: TemplateKey,
  text: { subject: string; body: string },
  now: Date,
) {
  await db
    .insert(messageTemplates)
    .values({ assessmentId, ...key, ...text, updatedAt: now })
    .onConflictDoUpdate({
      target: [messageTemplates.assessmentId, messageTemplates.kind, messageTemplates.locale],
      set: { ...text, updatedAt: now },
    })
}

/** Forgets the assessment's wording: the built-in text applies again. True if one was stored. */
export async function deleteMessageTemplate(db: Executor, assessmentId: number, key: TemplateKey) {
  const deleted = await db
    .delete(messageTemplates)
    .where(
      and(
        eq(messageTemplates.assessmentId, assessmentId),
        eq(messageTemplates.kind, key.kind),
        eq(messageTemplates.locale, key.locale),
      ),
    )
    .returning({ kind: messageTemplates.kind })
  return deleted.length > 0
}

/** The assessment's reminder settings, or undefined for the defaults. */
export async function findReminderSchedule(db: Executor, assessmentId: number) {
  const [row] = await db
    .select({
      days: reminderSchedules.days,
      maxReminders: reminderSchedules.maxReminders,
      minGapDays: reminderSchedules.minGapDays,
    })
    .from(reminderSchedules)
    .where(eq(reminderSchedules.assessmentId, assessmentId))
  return row
}

export async function upsertReminderSchedule(
  db: Executor,
  assessmentId: number,
  rules: { days: number[]; maxReminders: number; minGapDays: number },
  now: Date,
) {
  await db
    .insert(reminderSchedules)
    .values({ assessmentId, ...rules, updatedAt: now })
    .onConflictDoUpdate({
      target: reminderSchedules.assessmentId,
      set: { ...rules, updatedAt: now },
    })
}

/** Open assessments with scheduled reminder days: what the reminder job looks at. */
export async function listScheduledAssessmentIds(db: Executor): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT a.id::float8 AS id
      FROM reminder_schedules r JOIN assessments a ON a.id = r.assessment_id
      WHERE a.status = 'open' AND cardinality(r.days) > 0
      ORDER BY a.id`,
  )
  return rows.map((row) => row.id)
}
