import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { assessmentHarness, auditEntries, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

type Harness = Awaited<ReturnType<typeof assessmentHarness>>

const IMPACT = {
  type: 'positive-impact',
  actual: true,
  description: 'Accessible AI features for people with low vision',
}

/** A double assessment with two IROs under S4.1 and one under E1.1, and two assessors. */
async function setUp(harness: Harness) {
  const created = await harness.admin.post('/api/assessments', {
    name: 'FY2025 double materiality',
    method: 'double',
    library: 'esrs',
  })
  const id: string = created.json.id
  const issues = (await harness.admin.get(`/api/assessments/${id}/issues`)).json.issues as {
    id: string
    code: string
  }[]
  const topic = (code: string) => issues.find((issue) => issue.code === code)!.id
  const add = async (code: string, description: string) =>
    (
      await harness.admin.post(`/api/assessments/${id}/iros`, {
        ...IMPACT,
        issueId: topic(code),
        description,
      })
    ).json.id as string
  const iros = [
    await add('S4.1', 'Accessible AI features'),
    await add('S4.1', 'Plain-language privacy notices'),
    await add('E1.1', 'Renewable power for data centres'),
  ]
  const first = await harness.as('assessor')
  const second = await harness.as('assessor')
  const viewer = await harness.as('viewer')
  const ids = await rows<{ email: string; id: string }>(
    database,
    sql`SELECT email, id::text FROM users ORDER BY id`,
  )
  const userId = (prefix: string) => ids.find((row) => row.email.startsWith(prefix))!.id
  return {
    id,
    topic,
    iros,
    first,
    second,
    viewer,
    ids: { first: userId('assessor1'), second: userId('assessor2'), viewer: userId('viewer3') },
  }
}

const assignmentRows = (assessmentId: string) =>
  rows<{ iro: string; assessor: string; by: string }>(
    database,
    sql`SELECT a.iro_id::text AS iro, u.email AS assessor, b.email AS by
        FROM iro_assignments a JOIN iros i ON i.id = a.iro_id
        JOIN users u ON u.id = a.assessor_id JOIN users b ON b.id = a.assigned_by
        WHERE i.assessment_id = ${assessmentId}::bigint ORDER BY a.iro_id, u.email`,
  )

describe('assigning IROs to assessors', () => {
  test('by topic and by hand; the assessor sees what is theirs; audited', async () => {
    const harness = await assessmentHarness(database)
    const { id, topic, iros, first, ids } = await setUp(harness)
    const byTopic = await harness.admin.post(`/api/assessments/${id}/iro-assignments`, {
      assessorIds: [ids.first],
      issueIds: [topic('S4.1')],
    })
    expect(byTopic.status).toBe(200)
    expect(byTopic.json).toEqual({ added: 2, iros: 2 })
    const again = await harness.admin.post(`/api/assessments/${id}/iro-assignments`, {
      assessorIds: [ids.first],
      issueIds: [topic('S4.1')],
    })
    expect(again.json).toEqual({ added: 0, iros: 2 })
    const byHand = await harness.admin.put(`/api/assessments/${id}/iros/${iros[2]}/assessors`, {
      assessorIds: [ids.first, ids.second],
    })
    expect(byHand.status).toBe(200)
    const narrowed = await harness.admin.put(`/api/assessments/${id}/iros/${iros[2]}/assessors`, {
      assessorIds: [ids.second],
    })
    expect(narrowed.json).toEqual({ iroId: iros[2], assessorIds: [ids.second] })
    expect(await assignmentRows(id)).toEqual([
      { iro: iros[0], assessor: 'assessor1@example.com', by: 'admin@example.com' },
      { iro: iros[1], assessor: 'assessor1@example.com', by: 'admin@example.com' },
      { iro: iros[2], assessor: 'assessor2@example.com', by: 'admin@example.com' },
    ])
    const listed = (await first.get(`/api/assessments/${id}/iros`)).json.iros as {
      id: string
      assignedToMe: boolean
      assignees: string[]
    }[]
    expect(listed.map((iro) => [iro.id, iro.assignedToMe, iro.assignees])).toEqual([
      [iros[0], true, [ids.first]],
      [iros[1], true, [ids.first]],
      [iros[2], false, [ids.second]],
    ])
    const audit = await auditEntries(database, 'iro')
    expect(audit[0]).toMatchObject({
      action: 'assign',
      before: { assessorIds: [ids.first, ids.second] },
      after: { assessorIds: [ids.second] },
    })
    expect((await auditEntries(database, 'iros'))[0]).toMatchObject({
      action: 'assign',
      after: { assessorIds: [ids.first], issueIds: [topic('S4.1')], iroIds: [] },
    })
  })

  test('only members who may score, only by admins and analysts; nothing stored on refusal', async () => {
    const harness = await assessmentHarness(database)
    const { id, iros, first, ids } = await setUp(harness)
    const viewer = await harness.admin.post(`/api/assessments/${id}/iro-assignments`, {
      assessorIds: [ids.viewer],
      iroIds: [iros[0]],
    })
    expect(viewer.status).toBe(400)
    expect(Object.keys(viewer.json.error.fields)).toEqual(['assessorIds'])
    const foreign = await harness.admin.post(`/api/assessments/${id}/iro-assignments`, {
      assessorIds: [ids.first],
      iroIds: ['999999'],
    })
    expect(foreign.status).toBe(400)
    expect(Object.keys(foreign.json.error.fields)).toEqual(['iroIds'])
    const empty = await harness.admin.post(`/api/assessments/${id}/iro-assignments`, {
      assessorIds: [ids.first],
    })
    expect(empty.status).toBe(400)
    const self = await first.post(`/api/assessments/${id}/iro-assignments`, {
      assessorIds: [ids.first],
      iroIds: [iros[0]],
    })
    expect(self.status).toBe(403)
    expect(await assignmentRows(id)).toEqual([])
  })
})

describe('progress per assessor and reminders in the product', () => {
  test('scored / assigned counts complete scores only; a reminder is stored and shown', async () => {
    const harness = await assessmentHarness(database)
    const { id, topic, iros, first, second, ids } = await setUp(harness)
    await harness.admin.post(`/api/assessments/${id}/iro-assignments`, {
      assessorIds: [ids.first, ids.second],
      issueIds: [topic('S4.1')],
    })
    await first.put(`/api/assessments/${id}/iros/${iros[0]}/scores`, { scale: 4, scope: 3 })
    await first.put(`/api/assessments/${id}/iros/${iros[1]}/scores`, { scale: 2 })
    // Scored while assigned, then unassigned: the score stays, counted apart.
    const assessors = `/api/assessments/${id}/iros/${iros[2]}/assessors`
    await harness.admin.put(assessors, { assessorIds: [ids.second] })
    await second.put(`/api/assessments/${id}/iros/${iros[2]}/scores`, { scale: 2, scope: 2 })
    await harness.admin.put(assessors, { assessorIds: [] })

    const progress = await second.get(`/api/assessments/${id}/assessor-progress`)
    expect(progress.status).toBe(200)
    expect(progress.json.assessors).toMatchObject([
      {
        assessorId: ids.first,
        name: 'assessor1',
        assigned: 2,
        scored: 1,
        remaining: [iros[1]],
        reminders: [],
        me: false,
      },
      {
        assessorId: ids.second,
        assigned: 2,
        scored: 0,
        remaining: [iros[0], iros[1]],
        scoredUnassigned: 1,
        me: true,
      },
    ])
    expect(progress.json.candidates.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([ids.first, ids.second]),
    )
    expect(progress.json.candidates.map((c: { id: string }) => c.id)).not.toContain(ids.viewer)

    const reminded = await harness.admin.post(`/api/assessments/${id}/assessor-reminders`, {
      assessorId: ids.first,
      note: 'Please finish by Friday',
    })
    expect(reminded.status).toBe(201)
    const stored = await rows<Record<string, unknown>>(
      database,
      sql`SELECT u.email AS assessor, s.email AS sent_by, r.note, r.remaining
          FROM assessor_reminders r JOIN users u ON u.id = r.assessor_id
          JOIN users s ON s.id = r.sent_by WHERE r.assessment_id = ${id}::bigint`,
    )
    expect(stored).toEqual([
      {
        assessor: 'assessor1@example.com',
        sent_by: 'admin@example.com',
        note: 'Please finish by Friday',
        remaining: 1,
      },
    ])
    const seen = (await first.get(`/api/assessments/${id}/assessor-progress`)).json.assessors[0]
    expect(seen).toMatchObject({
      me: true,
      reminders: [{ by: 'Ada Admin', note: 'Please finish by Friday', remaining: 1 }],
    })
    expect((await auditEntries(database, 'assessor'))[0]).toMatchObject({ action: 'remind' })

    // The assessor cannot remind; once everything is scored there is nothing to remind of.
    expect(
      (await first.post(`/api/assessments/${id}/assessor-reminders`, { assessorId: ids.second }))
        .status,
    ).toBe(403)
    await first.put(`/api/assessments/${id}/iros/${iros[1]}/scores`, { scale: 2, scope: 1 })
    const done = await harness.admin.post(`/api/assessments/${id}/assessor-reminders`, {
      assessorId: ids.first,
    })
    expect(done.status).toBe(409)
    expect(done.json.error.code).toBe('nothing_to_score')
    const after = (await first.get(`/api/assessments/${id}/assessor-progress`)).json.assessors[0]
    expect(after).toMatchObject({ assigned: 2, scored: 2, remaining: [] })
    const [count] = await rows<{ n: number }>(
      database,
      sql`SELECT count(*)::int AS n FROM assessor_reminders`,
    )
    expect(count?.n).toBe(1)
  })
})

describe('scoring follows assignment', () => {
  const scoreRows = (iroId: string) =>
    rows<{ assessor: string; scores: unknown }>(
      database,
      sql`SELECT u.email AS assessor, s.scores FROM iro_scores s
          JOIN users u ON u.id = s.assessor_id
          WHERE s.iro_id = ${iroId}::bigint ORDER BY u.email`,
    )

  test('an assessor scores only what is assigned to them; management scores any IRO; a removed assignment keeps the scores', async () => {
    const harness = await assessmentHarness(database)
    const { id, iros, first, ids } = await setUp(harness)
    const path = `/api/assessments/${id}/iros/${iros[0]}/scores`
    const refused = await first.put(path, { scale: 4, scope: 3 })
    expect([refused.status, refused.json.error.code]).toEqual([403, 'not_assigned'])
    expect(await scoreRows(iros[0]!)).toEqual([])

    // Admins, analysts and reviewers (management) score any IRO, assigned or not.
    expect((await harness.admin.put(path, { scale: 2, scope: 2 })).status).toBe(200)
    const reviewer = await harness.as('reviewer')
    expect((await reviewer.put(path, { scale: 3, scope: 2 })).status).toBe(200)

    const assessors = `/api/assessments/${id}/iros/${iros[0]}/assessors`
    expect((await harness.admin.put(assessors, { assessorIds: [ids.first] })).status).toBe(200)
    expect((await first.put(path, { scale: 4, scope: 3 })).status).toBe(200)
    const listed = (await first.get(`/api/assessments/${id}/iros`)).json.iros[0]
    expect(listed).toMatchObject({ assignedToMe: true, myScores: { scale: 4, scope: 3 } })

    // Unassigned between two PUTs: the second is refused, the first scores stay and count.
    expect((await harness.admin.put(assessors, { assessorIds: [] })).status).toBe(200)
    const again = await first.put(path, { scale: 1, scope: 1 })
    expect([again.status, again.json.error.code]).toEqual([403, 'not_assigned'])
    expect(await scoreRows(iros[0]!)).toEqual([
      { assessor: 'admin@example.com', scores: { scale: 2, scope: 2 } },
      { assessor: 'assessor1@example.com', scores: { scale: 4, scope: 3 } },
      { assessor: 'reviewer4@example.com', scores: { scale: 3, scope: 2 } },
    ])
    const progress = (await first.get(`/api/assessments/${id}/assessor-progress`)).json
    expect(progress.assessors).toContainEqual(
      expect.objectContaining({ assessorId: ids.first, assigned: 0, scoredUnassigned: 1 }),
    )
  })

  test('unassigning while the assessor saves: no score, or one saved while they were assigned; never a 500', async () => {
    const harness = await assessmentHarness(database)
    const { id, iros, first, ids } = await setUp(harness)
    for (const iro of [...iros, ...iros]) {
      const assessors = `/api/assessments/${id}/iros/${iro}/assessors`
      expect((await harness.admin.put(assessors, { assessorIds: [ids.first] })).status).toBe(200)
      await database.db.execute(sql`DELETE FROM iro_scores WHERE iro_id = ${iro}::bigint`)
      const [saved, unassigned] = await Promise.all([
        first.put(`/api/assessments/${id}/iros/${iro}/scores`, { scale: 3, scope: 3 }),
        harness.admin.put(assessors, { assessorIds: [] }),
      ])
      expect(unassigned.status).toBe(200)
      expect([200, 403]).toContain(saved.status)
      const stored = await scoreRows(iro)
      if (saved.status === 403) {
        expect(saved.json.error.code).toBe('not_assigned')
        expect(stored).toEqual([])
        continue
      }
      expect(stored).toEqual([
        { assessor: 'assessor1@example.com', scores: { scale: 3, scope: 3 } },
      ])
      // The score was written before the assignment was removed: the audit trail's order.
      const order = await rows<{ action: string }>(
        database,
        sql`SELECT action FROM audit_log WHERE entity_id = ${iro} AND action IN ('score', 'assign')
            ORDER BY id DESC LIMIT 2`,
      )
      expect(order.map((entry) => entry.action)).toEqual(['assign', 'score'])
    }
  })
})

describe('reminders in the product are capped', () => {
  const DAY = 24 * 3600 * 1000
  const stored = (assessmentId: string) =>
    rows<{ assessor: string; at: Date }>(
      database,
      sql`SELECT u.email AS assessor, r.created_at AS at FROM assessor_reminders r
          JOIN users u ON u.id = r.assessor_id
          WHERE r.assessment_id = ${assessmentId}::bigint ORDER BY r.id`,
    )

  test('ten at once: exactly one is stored, the others are 429 reminder_too_soon with when the next may be sent', async () => {
    const harness = await assessmentHarness(database)
    const { id, topic, first, second, ids } = await setUp(harness)
    await harness.admin.post(`/api/assessments/${id}/iro-assignments`, {
      assessorIds: [ids.first, ids.second],
      issueIds: [topic('S4.1')],
    })
    const remind = (assessorId: string) =>
      harness.admin.post(`/api/assessments/${id}/assessor-reminders`, { assessorId })
    const answers = await Promise.all(Array.from({ length: 10 }, () => remind(ids.first)))
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(429)])
    const reminders = await stored(id)
    expect(reminders.map((reminder) => reminder.assessor)).toEqual(['assessor1@example.com'])
    const next = new Date(new Date(reminders[0]!.at).getTime() + DAY).toISOString()
    for (const refused of answers.filter((answer) => answer.status === 429)) {
      expect(refused.json.error).toMatchObject({ code: 'reminder_too_soon', nextAt: next })
      expect(Number(refused.headers.get('retry-after'))).toBe(24 * 3600)
    }
    const progress = (await first.get(`/api/assessments/${id}/assessor-progress`)).json.assessors
    expect(progress).toEqual([
      expect.objectContaining({ assessorId: ids.first, nextReminderAt: next }),
      expect.objectContaining({ assessorId: ids.second, nextReminderAt: null }),
    ])

    // Per assessor: the other one may be reminded; a day later the first may be again.
    expect((await remind(ids.second)).status).toBe(201)
    harness.clock.advance(DAY - 1000)
    const early = await remind(ids.first)
    expect([early.status, early.json.error.nextAt]).toEqual([429, next])
    harness.clock.advance(1000)
    expect((await remind(ids.first)).status).toBe(201)
    expect((await stored(id)).map((reminder) => reminder.assessor)).toEqual([
      'assessor1@example.com',
      'assessor2@example.com',
      'assessor1@example.com',
    ])
    const seen = (await second.get(`/api/assessments/${id}/assessor-progress`)).json.assessors
    expect(seen[0]).toMatchObject({ assessorId: ids.first, reminders: [{}, {}] })
  })
})

describe('magnitude bands', () => {
  const BANDS = { basis: 'EBITDA', limits: [0.5, 1, 2.5, 5] }

  test('stored with the formula while a draft, shown with the result, locked at open', async () => {
    const harness = await assessmentHarness(database)
    const { id } = await setUp(harness)
    const formula = { formula: 'mode-b', thresholds: { impact: 3, financial: 3 } }
    const bad = await harness.admin.patch(`/api/assessments/${id}`, {
      settings: {
        doubleMateriality: {
          ...formula,
          magnitudeBands: { basis: 'EBITDA', limits: [1, 1, 2, 3] },
        },
      },
    })
    expect(bad.status).toBe(400)
    const saved = await harness.admin.patch(`/api/assessments/${id}`, {
      settings: { doubleMateriality: { ...formula, magnitudeBands: BANDS } },
    })
    expect(saved.status).toBe(200)
    const stored = async () =>
      (
        await rows<{ bands: unknown }>(
          database,
          sql`SELECT settings->'doubleMateriality'->'magnitudeBands' AS bands
              FROM assessments WHERE id = ${id}::bigint`,
        )
      )[0]?.bands
    expect(await stored()).toEqual(BANDS)
    const result = await harness.admin.get(`/api/assessments/${id}/double-materiality`)
    expect(result.json.magnitudeBands).toEqual(BANDS)

    expect((await harness.admin.patch(`/api/assessments/${id}`, { status: 'open' })).status).toBe(
      200,
    )
    const locked = await harness.admin.patch(`/api/assessments/${id}`, {
      settings: {
        doubleMateriality: {
          ...formula,
          magnitudeBands: { basis: 'revenue', limits: [1, 2, 3, 4] },
        },
      },
      reason: 'Finance asked for revenue',
    })
    expect(locked.status).toBe(409)
    expect(locked.json.error.code).toBe('formula_locked')
    expect(await stored()).toEqual(BANDS)
  })
})
