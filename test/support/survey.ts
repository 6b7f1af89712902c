import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { queryRows } from '#db/client'
import { ADMIN, signIn } from './app.ts'
import type { TestDatabase } from './db.ts'

type App = Parameters<typeof signIn>[0]

export interface SeedSurveyOptions {
  kind?: 'open' | 'single-use'
  count?: number
  group?: string
  maxResponses?: number
  expiresAt?: string
  /** Leave the assessment a draft instead of opening it. */
  draft?: boolean
}

/** An assessment with the 33 default issues, opened, and links for one group. */
export async function seedSurvey(app: App, options: SeedSurveyOptions = {}) {
  const admin = await signIn(app, ADMIN.email)
  const { json: assessment } = await admin.post('/api/assessments', { name: 'FY2025' })
  if (!options.draft) await admin.patch(`/api/assessments/${assessment.id}`, { status: 'open' })
  const { json, status } = await admin.post(`/api/assessments/${assessment.id}/links`, {
    group: options.group ?? 'customers',
    kind: options.kind ?? 'single-use',
    count: options.count ?? 1,
    ...(options.maxResponses ? { maxResponses: options.maxResponses } : {}),
    ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}),
  })
  if (status !== 201) throw new Error(`links: ${status} ${JSON.stringify(json)}`)
  const tokens = (json.links as { token: string }[]).map((link) => link.token)
  return { admin, assessmentId: assessment.id as string, tokens, token: tokens[0] as string }
}

interface Questionnaire {
  issues: { id: string; axes: ('impact' | 'stakeholder')[] }[]
}

/** A complete answer set: every issue on every axis the group rates. */
export function fullRatings(
  questionnaire: Questionnaire,
  score: (index: number) => number | null = (i) => (i % 5) + 1,
) {
  return questionnaire.issues.flatMap((issue, i) =>
    issue.axes.map((axis, j) => ({ issueId: issue.id, axis, score: score(i * 2 + j) })),
  )
}

/** A valid submit body for the questionnaire. */
export function submission(questionnaire: Questionnaire, extra: Record<string, unknown> = {}) {
  return {
    submissionId: randomUUID(),
    locale: 'en',
    ratings: fullRatings(questionnaire),
    // Ten minutes before testClock()'s start: no speeding flag.
    startedAt: '2026-03-01T08:50:00.000Z',
    ...extra,
  }
}

/** Row counts of the tables a submit writes. */
export async function storedCounts(database: TestDatabase) {
  const [row] = await queryRows<{ responses: number; ratings: number; comments: number }>(
    database.db,
    sql`SELECT (SELECT count(*) FROM responses)::int AS responses,
               (SELECT count(*) FROM ratings)::int AS ratings,
               (SELECT count(*) FROM response_comments)::int AS comments`,
  )
  return row!
}

/** Through a running server: every question of the link's questionnaire, scored 1…5 in turn. */
export async function fetchFullRatings(url: string, token: string) {
  const response = await fetch(`${url}/api/survey/${token}`)
  return fullRatings((await response.json()) as Questionnaire, (i) => ((i >> 1) % 5) + 1)
}

/** A complete draft saved through the API, as if answered earlier on another device. */
export async function saveFullDraft(url: string, token: string) {
  const ratings = Object.fromEntries(
    (await fetchFullRatings(url, token)).map((r) => [`${r.issueId}:${r.axis}`, r.score]),
  )
  const startedAt = new Date(Date.now() - 15 * 60_000).toISOString()
  const response = await fetch(`${url}/api/survey/${token}/draft`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      answers: { ratings, comments: {}, suggestedIssues: '', startedAt },
      locale: 'en',
    }),
  })
  if (response.status !== 200) throw new Error(`draft: ${response.status}`)
}

/** A complete response submitted through the API. */
export async function submitFull(url: string, token: string) {
  const ratings = await fetchFullRatings(url, token)
  const response = await fetch(`${url}/api/survey/${token}/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ submissionId: randomUUID(), locale: 'en', ratings }),
  })
  if (response.status !== 201) throw new Error(`submit: ${response.status}`)
}
