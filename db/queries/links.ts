import type { Executor } from '../client.ts'
import { surveyLinks } from '../schema.ts'

export type SurveyLink = typeof surveyLinks.$inferSelect
export type NewSurveyLink = typeof surveyLinks.$inferInsert

/** Inserts a batch of links in one statement and returns their ids in order. */
export async function insertLinks(db: Executor, rows: NewSurveyLink[]): Promise<number[]> {
  if (rows.length === 0) return []
  const inserted = await db.insert(surveyLinks).values(rows).returning({ id: surveyLinks.id })
  return inserted.map((row) => row.id)
}
