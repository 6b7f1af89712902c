import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { queryRows } from '#db/client'
import { RESUME_ALPHABET } from '#surveys/schemas/survey'
import { client, createTestApp, seedAdmin } from '../support/app.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { seedSurvey, storedCounts, submission } from '../support/survey.ts'

let database: TestDatabase
let harness: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  await database.reset()
  harness = createTestApp(database)
  await seedAdmin(harness.deps)
})

const respondent = () => client(harness.app)
const exec = (query: ReturnType<typeof sql>) => database.db.execute(query)

describe('GET /api/survey/:token', () => {
  test('returns the questionnaire in the asked language, with the no-referrer policy', async () => {
    const { token } = await seedSurvey(harness.app)
    const response = await respondent().get(`/api/survey/${token}?locale=zh-Hant`)
    expect(response.status).toBe(200)
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const q = response.json
    expect(q).toMatchObject({
      assessment: { name: 'FY2025', organisation: 'Acme Holdings' },
      group: { key: 'customers', name: '客戶' },
      kind: 'single-use',
      locale: 'zh-Hant',
      scale: { min: 1, max: 5 },
      draft: null,
    })
    expect(q.scale.labels.map((l: { value: number }) => l.value)).toEqual([1, 3, 5])
    expect(q.axes.map((a: { key: string }) => a.key)).toEqual(['impact', 'stakeholder'])
    expect(q.axes[0].label).toBe('經濟、環境和社會影響的重要性')
    expect(q.issues).toHaveLength(33)
    expect(q.issues[6]).toMatchObject({ code: '7', aspect: 'environmental', name: '水資源使用' })
    expect(q.issues[6].axes).toEqual(['impact', 'stakeholder'])
    expect(q.aspects.map((a: { key: string }) => a.key)).toEqual([
      'environmental',
      'employment',
      'operating',
      'community',
    ])
  })

  test('falls back to Accept-Language, then the assessment default; rejects unknown locales', async () => {
    const { token } = await seedSurvey(harness.app)
    const c = respondent()
    const hans = await c.get(`/api/survey/${token}`, { 'accept-language': 'zh-CN,zh;q=0.9' })
    expect(hans.json.locale).toBe('zh-Hans')
    expect((await c.get(`/api/survey/${token}`, { 'accept-language': 'fr' })).json.locale).toBe(
      'en',
    )
    const bad = await c.get(`/api/survey/${token}?locale=fr`)
    expect(bad.status).toBe(400)
    expect(bad.json.error.fields.locale).toBeDefined()
  })

  test('unknown and revoked links get the same 404; other states their own codes', async () => {
    const { token, tokens, assessmentId, admin } = await seedSurvey(harness.app, { count: 3 })
    const c = respondent()
    const unknown = await c.get('/api/survey/AAAAAAAAAAAAAAAAAAAAAA')
    await exec(
      sql`UPDATE survey_links SET revoked_at = now() WHERE id = (SELECT min(id) FROM survey_links)`,
    )
    const revoked = await c.get(`/api/survey/${token}`)
    expect(unknown.status).toBe(404)
    expect(revoked.status).toBe(404)
    expect(revoked.text).toBe(unknown.text)
    expect(unknown.json.error.code).toBe('link_not_found')
    expect((await c.get('/api/survey/short')).status).toBe(404)

    await exec(sql`UPDATE survey_links SET expires_at = '2026-02-01T00:00:00Z'
                   WHERE id = (SELECT min(id) + 1 FROM survey_links)`)
    const expired = await c.get(`/api/survey/${tokens[1]}`)
    expect([expired.status, expired.json.error.code]).toEqual([410, 'link_expired'])

    await admin.patch(`/api/assessments/${assessmentId}`, { status: 'closed' })
    const closed = await c.get(`/api/survey/${tokens[2]}`)
    expect([closed.status, closed.json.error.code]).toEqual([410, 'assessment_closed'])
    const closedSubmit = await c.post(`/api/survey/${tokens[2]}/submit`, {
      submissionId: crypto.randomUUID(),
      locale: 'en',
      ratings: [{ issueId: '1', axis: 'impact', score: 3 }],
    })
    expect([closedSubmit.status, closedSubmit.json.error.code]).toEqual([410, 'assessment_closed'])
  })

  test('a draft assessment answers 410 assessment_not_open', async () => {
    const { token } = await seedSurvey(harness.app, { draft: true })
    const response = await respondent().get(`/api/survey/${token}`)
    expect([response.status, response.json.error.code]).toEqual([410, 'assessment_not_open'])
  })

  test('an address that keeps guessing is refused with 429, even for a valid token', async () => {
    const { token } = await seedSurvey(harness.app)
    const open = await seedSurvey(harness.app, { kind: 'open' })
    const saved = await respondent().put(`/api/survey/${open.token}/draft`, {
      answers: { ratings: {}, comments: {}, suggestedIssues: '' },
      locale: 'en',
    })
    const q = (await respondent().get(`/api/survey/${token}`)).json
    const c = respondent()
    const statuses: number[] = []
    for (let i = 0; i < 101; i++) {
      statuses.push((await c.get(`/api/survey/guess${String(i).padStart(20, '0')}`)).status)
    }
    expect(statuses.slice(0, 99).every((s) => s === 404)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
    // Limited, right guesses answer exactly as wrong ones: 429, and nothing is stored.
    const right = [
      await c.get(`/api/survey/${token}`),
      await c.get(`/api/survey/${open.token}/draft?resume=${saved.json.resumeCode}`),
      await c.put(`/api/survey/${open.token}/draft`, {
        answers: { ratings: { '1:impact': 5 }, comments: {}, suggestedIssues: '' },
        locale: 'en',
        resumeCode: saved.json.resumeCode,
      }),
      await c.post(`/api/survey/${token}/submit`, submission(q)),
    ]
    for (const response of right) {
      expect(response.status).toBe(429)
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    expect((await storedCounts(database)).responses).toBe(0)
    const [draft] = await queryRows<{ answers: { ratings: object } }>(
      database.db,
      sql`SELECT answers FROM drafts`,
    )
    expect(draft!.answers.ratings).toEqual({})
    // The limit is the address's: the same token from elsewhere works.
    const elsewhere = createTestApp(database, {
      clock: harness.clock,
      config: { trustProxy: true },
    })
    const other = await client(elsewhere.app).get(`/api/survey/${token}`, {
      'x-forwarded-for': '198.51.100.9',
    })
    expect(other.status).toBe(200)
  })
})

describe('PUT/GET /api/survey/:token/draft', () => {
  const answers = {
    ratings: { '1:impact': 4, '1:stakeholder': null },
    comments: { '1': 'Water matters here.' },
    suggestedIssues: '',
    startedAt: '2026-03-01T08:55:00.000Z',
  }

  test('a single-use link keeps one draft that comes back with the questionnaire', async () => {
    const { token } = await seedSurvey(harness.app)
    const c = respondent()
    const saved = await c.put(`/api/survey/${token}/draft`, { answers, locale: 'zh-Hant' })
    expect(saved.status).toBe(200)
    expect(saved.json).toEqual({ savedAt: '2026-03-01T09:00:00.000Z', resumeCode: null })
    harness.clock.advance(60_000)
    await c.put(`/api/survey/${token}/draft`, {
      answers: { ...answers, ratings: { '1:impact': 5 } },
      locale: 'en',
    })
    const q = await respondent().get(`/api/survey/${token}`)
    expect(q.json.draft).toEqual({
      answers: { ...answers, ratings: { '1:impact': 5 } },
      locale: 'en',
      savedAt: '2026-03-01T09:01:00.000Z',
    })
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM drafts`,
    )
    expect(row!.n).toBe(1)
  })

  test('an open link hands out a resume code and finds the draft by it', async () => {
    const { token } = await seedSurvey(harness.app, { kind: 'open' })
    const c = respondent()
    const first = await c.put(`/api/survey/${token}/draft`, { answers, locale: 'en' })
    const code: string = first.json.resumeCode
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{16}$/)
    const again = await c.put(`/api/survey/${token}/draft`, {
      answers: { ...answers, suggestedIssues: 'Noise' },
      locale: 'en',
      resumeCode: code,
    })
    expect(again.json.resumeCode).toBe(code)
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)} ${code.slice(8)}`
    const loaded = await respondent().get(`/api/survey/${token}/draft?resume=${typed}`)
    expect(loaded.status).toBe(200)
    expect(loaded.json.answers.suggestedIssues).toBe('Noise')
    const wrong = await respondent().get(`/api/survey/${token}/draft?resume=${'Z'.repeat(16)}`)
    expect([wrong.status, wrong.json.error.code]).toEqual([404, 'draft_not_found'])
    const stored = await queryRows<{ key: string }>(
      database.db,
      sql`SELECT encode(resume_key, 'hex') AS key FROM drafts`,
    )
    expect(stored).toHaveLength(1)
    expect(stored[0]!.key).not.toContain(Buffer.from(code).toString('hex'))
  })

  test('resume codes carry at least 64 bits and never repeat', async () => {
    const { token } = await seedSurvey(harness.app, { kind: 'open' })
    const codes = new Set<string>()
    for (let i = 0; i < 20; i++) {
      const saved = await respondent().put(`/api/survey/${token}/draft`, { answers, locale: 'en' })
      codes.add(saved.json.resumeCode)
    }
    expect(codes.size).toBe(20)
    for (const code of codes) {
      expect(code.length * Math.log2(RESUME_ALPHABET.length)).toBeGreaterThanOrEqual(64)
      expect([...code].every((c) => RESUME_ALPHABET.includes(c))).toBe(true)
    }
    // The old 8-character format is refused before any lookup.
    const old = await respondent().get(`/api/survey/${token}/draft?resume=K7QM3XHP`)
    expect(old.status).toBe(400)
  })

  test('saving under a resume code the server did not issue stores nothing and is a guess', async () => {
    const { token } = await seedSurvey(harness.app, { kind: 'open' })
    const c = respondent()
    const issued = (await c.put(`/api/survey/${token}/draft`, { answers, locale: 'en' })).json
    const made = 'K7QM3XHPR2TD9WNA'
    const forged = await c.put(`/api/survey/${token}/draft`, {
      answers: { ...answers, suggestedIssues: 'forged' },
      locale: 'en',
      resumeCode: made,
    })
    expect([forged.status, forged.json.error.code]).toEqual([404, 'draft_not_found'])
    const stored = await queryRows<{ suggested: string }>(
      database.db,
      sql`SELECT answers->>'suggestedIssues' AS suggested FROM drafts`,
    )
    expect(stored).toEqual([{ suggested: '' }])
    // Each such save counts as a miss: the address runs out of guesses like a token guesser.
    for (let i = 1; i < 100; i++) {
      const status = (
        await c.put(`/api/survey/${token}/draft`, { answers, locale: 'en', resumeCode: made })
      ).status
      expect(status).toBe(404)
    }
    const right = await c.put(`/api/survey/${token}/draft`, {
      answers,
      locale: 'en',
      resumeCode: issued.resumeCode,
    })
    expect(right.status).toBe(429)
    expect((await queryRows(database.db, sql`SELECT id FROM drafts`)).length).toBe(1)
  })

  test('rejects bad drafts and oversize bodies; stores nothing', async () => {
    const { token } = await seedSurvey(harness.app)
    const c = respondent()
    const bad = await c.put(`/api/survey/${token}/draft`, {
      answers: { ...answers, ratings: { 'x:impact': 9 } },
      locale: 'en',
    })
    expect(bad.status).toBe(400)
    const huge = await c.put(`/api/survey/${token}/draft`, {
      answers: { ...answers, suggestedIssues: 'x'.repeat(300_000) },
      locale: 'en',
    })
    expect(huge.status).toBe(413)
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM drafts`,
    )
    expect(row!.n).toBe(0)
  })
})
