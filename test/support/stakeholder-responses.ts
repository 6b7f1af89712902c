import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import { client } from './app.ts'
import type { assessmentHarness } from './assessments.ts'

type Harness = Awaited<ReturnType<typeof assessmentHarness>>

/**
 * Three respondents of a group submit through single-use links, the survey's own API: on
 * `scores` topics their [impact, stakeholder] answers, 3 and 3 on every other topic.
 */
export async function respondAs(
  harness: Harness,
  id: string,
  group: string,
  scores: Record<string, [number, number]>,
) {
  const links = await harness.admin.post(`/api/assessments/${id}/links`, {
    group,
    kind: 'single-use',
    count: 3,
  })
  expect(links.status).toBe(201)
  const respondent = client(harness.app)
  for (const { token } of links.json.links as { token: string }[]) {
    const questionnaire = (await respondent.get(`/api/survey/${token}`)).json as {
      issues: { id: string; axes: ('impact' | 'stakeholder')[] }[]
    }
    const ratings = questionnaire.issues.flatMap((issue) =>
      issue.axes.map((axis) => ({
        issueId: issue.id,
        axis,
        score: scores[issue.id]?.[axis === 'impact' ? 0 : 1] ?? 3,
      })),
    )
    const submitted = await respondent.post(`/api/survey/${token}/submit`, {
      submissionId: randomUUID(),
      locale: 'en',
      ratings,
      startedAt: '2026-03-01T08:50:00.000Z',
    })
    expect(submitted.status).toBe(201)
  }
}
