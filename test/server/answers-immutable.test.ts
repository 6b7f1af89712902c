import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { ADMIN, client, createTestApp, seedAdmin, signIn } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { openAssessment, seedRespondents } from '../support/matrix.ts'
import { fullRatings, submission } from '../support/survey.ts'

// Issue 11 §3: a submitted answer never changes, whoever connects. The one exception is the
// audited retention erasure of free text, timings and address hashes; and responses go only
// with their whole assessment.

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>
let admin: Awaited<ReturnType<typeof signIn>>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
  admin = await signIn(harness.app, ADMIN.email)
})

const rows = <T>(query: SQL) => queryRows<T>(database.db, query)

/** The database's message when it refuses a statement ('' when it ran). */
async function refusal(query: SQL): Promise<string> {
  try {
    await database.db.execute(query)
    return ''
  } catch (error) {
    const { message, cause } = error as { message: string; cause?: { message?: string } }
    return cause?.message ?? message
  }
}

/** Everything stored of the assessment's answers, to compare before and after. */
const answers = (id: number) =>
  rows<
    Record<string, unknown>
  >(sql`SELECT s.id::int, s.group_id::int, s.locale, s.flags, s.submission_id::text,
                  s.submitted_at::text, s.suggested_issues, r.issue_id::int, r.axis::text, r.score
           FROM responses s JOIN ratings r ON r.response_id = s.id
           WHERE s.assessment_id = ${id} ORDER BY s.id, r.issue_id, r.axis`)

/** An open assessment with one response submitted through the survey API, with free text. */
async function submittedResponse() {
  const id = await openAssessment(admin)
  const links = await admin.post(`/api/assessments/${id}/links`, {
    group: 'customers',
    kind: 'open',
  })
  const token: string = links.json.links[0].token
  const questionnaire = (await client(harness.app).get(`/api/survey/${token}`)).json
  const submitted = await client(harness.app).post(
    `/api/survey/${token}/submit`,
    submission(questionnaire, {
      ratings: fullRatings(questionnaire),
      browserId: crypto.randomUUID(),
      comments: [{ issueId: questionnaire.issues[0].id, body: 'Our site manager ignores it.' }],
      suggestedIssues: 'Noise at night near the depot',
    }),
  )
  expect(submitted.status, submitted.text).toBe(201)
  return id
}

const IMMUTABLE_RESPONSE = 'responses are immutable once submitted'
const IMMUTABLE_RATING = 'ratings are immutable once submitted'

describe('submitted answers are immutable', () => {
  test('the database refuses any change to a rating or to what a response says', async () => {
    const id = await submittedResponse()
    const before = await answers(id)
    expect(before.length).toBe(66)
    const refused: [string, string][] = [
      [`UPDATE ratings SET score = 1 WHERE score <> 1`, IMMUTABLE_RATING],
      [`UPDATE ratings SET score = NULL`, IMMUTABLE_RATING],
      [`DELETE FROM ratings`, IMMUTABLE_RATING],
      [`UPDATE responses SET flags = '{speeding}'`, IMMUTABLE_RESPONSE],
      [`UPDATE responses SET locale = 'zh-Hant'`, IMMUTABLE_RESPONSE],
      [`UPDATE responses SET submission_id = gen_random_uuid()`, IMMUTABLE_RESPONSE],
      [`UPDATE responses SET submitted_at = submitted_at - interval '3 days'`, IMMUTABLE_RESPONSE],
      [`UPDATE responses SET suggested_issues = 'Something else'`, IMMUTABLE_RESPONSE],
      [`UPDATE responses SET started_at = now()`, IMMUTABLE_RESPONSE],
      [`DELETE FROM responses`, IMMUTABLE_RESPONSE],
      // Its link, group or assessment cannot take it along either (the deletes cascade).
      [`DELETE FROM survey_links`, IMMUTABLE_RESPONSE],
      [`DELETE FROM stakeholder_groups WHERE key = 'customers'`, IMMUTABLE_RESPONSE],
    ]
    for (const [statement, message] of refused) {
      expect(await refusal(sql.raw(statement)), statement).toContain(message)
    }
    expect(await answers(id)).toEqual(before)
  })

  test('the retention erasure clears free text, timings, browser ids and address hashes, and only those', async () => {
    const id = await submittedResponse()
    const before = await answers(id)
    expect((await admin.patch(`/api/assessments/${id}`, { status: 'closed' })).status).toBe(200)
    const reason = 'The retention period of this survey ended.'
    for (let twice = 0; twice < 2; twice++) {
      const erased = await admin.post(`/api/assessments/${id}/personal-data/erase`, { reason })
      expect(erased.status, erased.text).toBe(200)
    }
    const [cleared] = await rows<Record<string, unknown>>(
      sql`SELECT suggested_issues, started_at, address_hash, browser_id,
                 submitted_at = date_trunc('day', submitted_at, 'UTC') AS "cutToDay"
          FROM responses WHERE assessment_id = ${id}`,
    )
    expect(cleared).toEqual({
      suggested_issues: null,
      started_at: null,
      address_hash: null,
      browser_id: null,
      cutToDay: true,
    })
    const keep = ({ submitted_at, suggested_issues, ...rest }: Record<string, unknown>) => rest
    expect((await answers(id)).map(keep)).toEqual(before.map(keep))
    // Only to NULL or the UTC day: the erasure's columns cannot be forged either.
    expect(await refusal(sql`UPDATE responses SET suggested_issues = 'forged'`)).toContain(
      IMMUTABLE_RESPONSE,
    )
    expect(
      await refusal(sql`UPDATE responses SET submitted_at = submitted_at + interval '1 day'`),
    ).toContain(IMMUTABLE_RESPONSE)
  })

  test('responses go only with their whole assessment, and never once it is confirmed', async () => {
    const leaving = await openAssessment(admin, 'Leaving')
    const staying = await openAssessment(admin, 'Staying')
    const respondents = Array.from({ length: 4 }, () => ({
      group: 'employees',
      rest: [4, 3] as [number, number],
    }))
    await seedRespondents(database, leaving, respondents)
    await seedRespondents(database, staying, respondents)
    const staysBefore = await answers(staying)
    // An organisation leaving the service: its assessment goes, answers and all.
    expect(await refusal(sql`DELETE FROM assessments WHERE id = ${leaving}`)).toBe('')
    const [left] = await rows<{ responses: number; ratings: number }>(
      sql`SELECT (SELECT count(*)::int FROM responses WHERE assessment_id = ${leaving}) AS responses,
                 (SELECT count(*)::int FROM ratings r
                  WHERE NOT EXISTS (SELECT 1 FROM responses s WHERE s.id = r.response_id)) AS ratings`,
    )
    expect(left).toEqual({ responses: 0, ratings: 0 })
    expect(await answers(staying)).toEqual(staysBefore)
    // A confirmed one cannot be deleted at all: its confirmations refer to it (RESTRICT).
    await admin.patch(`/api/assessments/${staying}`, { status: 'closed' })
    const { json } = await admin.get(`/api/assessments/${staying}/issues`)
    const rationale = 'Decided by management after the stakeholder survey, see the minutes.'
    const decisions = (json.issues as { id: string }[]).map((issue) => ({
      issueId: issue.id,
      material: false,
      rationale,
    }))
    const confirmed = await admin.post(`/api/assessments/${staying}/confirmation`, {
      decisions,
      order: [],
    })
    expect(confirmed.status, confirmed.text).toBe(201)
    expect(await refusal(sql`DELETE FROM assessments WHERE id = ${staying}`)).toMatch(
      /foreign key|violates/,
    )
    expect(await answers(staying)).toEqual(staysBefore)
  })
})
