import { sql } from 'drizzle-orm'
import { queryRows } from '#db/client'
import { ensureSeedLinks, insertSeedResponses, type SeedResponse } from '#db/queries/seed-responses'
import type { Axis } from '#surveys/domain/model'
import type { client } from './app.ts'
import type { TestDatabase } from './db.ts'

type Client = ReturnType<typeof client>

/** Scores of one respondent: code → [impact, stakeholder]; codes not listed get `rest`. */
export interface Respondent {
  group: string
  scores?: Record<string, [number | null, number | null]>
  rest?: [number | null, number | null]
  flags?: string[]
}

/** A new assessment with the default 33 issues and 6 groups, opened for responses. */
export async function openAssessment(admin: Client, name = 'FY2025'): Promise<number> {
  const created = await admin.post('/api/assessments', { name })
  if (created.status !== 201) throw new Error(`create failed: ${created.text}`)
  const opened = await admin.patch(`/api/assessments/${created.json.id}`, { status: 'open' })
  if (opened.status !== 200) throw new Error(`open failed: ${opened.text}`)
  return Number(created.json.id)
}

/** Issue ids by code and group ids by key. */
export async function assessmentIds(database: TestDatabase, assessmentId: number) {
  const issues = await queryRows<{ id: number; code: string }>(
    database.db,
    sql`SELECT id::int, code FROM assessment_issues WHERE assessment_id = ${assessmentId}`,
  )
  const groups = await queryRows<{ id: number; key: string }>(
    database.db,
    sql`SELECT id::int, key FROM stakeholder_groups WHERE assessment_id = ${assessmentId}`,
  )
  return {
    issues: new Map(issues.map((row) => [row.code, row.id])),
    groups: new Map(groups.map((row) => [row.key, row.id])),
  }
}

/** Turns respondents into seed responses (every issue on both axes). */
export async function seedResponsesFor(
  database: TestDatabase,
  assessmentId: number,
  respondents: readonly Respondent[],
): Promise<SeedResponse[]> {
  const ids = await assessmentIds(database, assessmentId)
  const links = await ensureSeedLinks(database.db, assessmentId)
  return respondents.map((respondent) => {
    const groupId = ids.groups.get(respondent.group)
    if (groupId === undefined) throw new Error(`no group ${respondent.group}`)
    const ratings = [...ids.issues].flatMap(([code, issueId]) => {
      const [impact, stakeholder] = respondent.scores?.[code] ?? respondent.rest ?? [null, null]
      return [
        { issueId, axis: 'impact' as Axis, score: impact },
        { issueId, axis: 'stakeholder' as Axis, score: stakeholder },
      ]
    })
    return { groupId, linkId: links.get(groupId)!, flags: respondent.flags ?? [], ratings }
  })
}

/** Inserts the respondents' responses directly, as submitted. */
export async function seedRespondents(
  database: TestDatabase,
  assessmentId: number,
  respondents: readonly Respondent[],
): Promise<number[]> {
  const responses = await seedResponsesFor(database, assessmentId, respondents)
  return insertSeedResponses(database.db, assessmentId, responses)
}
