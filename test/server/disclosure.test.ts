import { sql } from 'drizzle-orm'
import { describe, expect, test } from 'vitest'
import type { DisclosureSection } from '#surveys/reports/disclosure'
import { type DemoClient, useDemoHarness } from '../support/assessments.ts'

const given = useDemoHarness()
const { rows, admin } = given
type Client = DemoClient

const REASON = 'Kept as the survey proposed; our operations in this area are small.'
const NAME_HANT = '2023財政年度重要性評估'

/** Confirms the computed result, review issues not material with an English reason. */
async function confirm(client: Client, locale: string) {
  const { json } = await client.get(`${given.url}/matrix`)
  const issues: { id: string; tier: string }[] = json.issues
  const decisions = issues.map((issue) => ({
    issueId: issue.id,
    material: issue.tier === 'material',
    ...(issue.tier === 'review' ? { rationale: REASON } : {}),
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  const response = await client.post(`${given.url}/confirmation`, { decisions, order, locale })
  expect(response.status).toBe(201)
  return { version: response.json.version as number, hash: response.json.hash as string }
}

const textOf = (sections: DisclosureSection[]) =>
  sections.flatMap((s) => [s.title, ...s.paragraphs, ...(s.table?.rows.flat() ?? [])]).join('\n')

describe('the disclosure says what happened', () => {
  test('names per language are settings: checked, stored, and printed in the report', async () => {
    const owner = await admin()
    const tooLong = await owner.patch(given.url, {
      settings: { names: { 'zh-Hant': 'x'.repeat(201) } },
    })
    expect(tooLong.status).toBe(400)
    expect(tooLong.json.error.fields).toHaveProperty(['settings.names.zh-Hant'])
    const saved = await owner.patch(given.url, {
      settings: { names: { 'zh-Hant': ` ${NAME_HANT} ` } },
    })
    expect(saved.status).toBe(200)
    const [stored] = await rows<{ names: unknown }>(
      sql`SELECT settings->'names' AS names FROM assessments WHERE id = ${given.demo.assessmentId}`,
    )
    expect(stored?.names).toEqual({ 'zh-Hant': NAME_HANT })

    await confirm(owner, 'zh-Hant')
    const hant = await owner.get(`${given.url}/disclosure?locale=zh-Hant`)
    expect(hant.json.name).toBe(NAME_HANT)
    const hans = await owner.get(`${given.url}/disclosure?locale=zh-Hans`)
    expect(hans.json.name).toBe((await owner.get(given.url)).json.name)
  })

  test('each rationale is stored with its language and labelled in a report in another', async () => {
    const owner = await admin()
    await confirm(owner, 'zh-Hant')
    const [sealed] = await rows<{ snapshot: string }>(
      sql`SELECT snapshot FROM confirmations WHERE assessment_id = ${given.demo.assessmentId}`,
    )
    const decisions: { rationale: string | null; rationaleLocale?: string }[] = JSON.parse(
      sealed!.snapshot,
    ).decisions
    const reasoned = decisions.filter((d) => d.rationale)
    expect(reasoned.length).toBeGreaterThan(0)
    expect(reasoned.every((d) => d.rationaleLocale === 'en')).toBe(true)
    expect(decisions.filter((d) => !d.rationale).every((d) => !('rationaleLocale' in d))).toBe(true)

    const hant = textOf((await owner.get(`${given.url}/disclosure?locale=zh-Hant`)).json.sections)
    expect(hant).toContain(`${REASON}（原文為英文）`)
    const en = textOf((await owner.get(`${given.url}/disclosure?locale=en`)).json.sections)
    expect(en).toContain(REASON)
    expect(en).not.toContain('(written in')
  })

  test('the scale is described with the labels the survey showed, as sealed', async () => {
    const owner = await admin()
    await confirm(owner, 'en')
    const [sealed] = await rows<{ snapshot: string }>(
      sql`SELECT snapshot FROM confirmations WHERE assessment_id = ${given.demo.assessmentId}`,
    )
    const { scale } = JSON.parse(sealed!.snapshot).questionnaire
    const hans = textOf((await owner.get(`${given.url}/disclosure?locale=zh-Hans`)).json.sections)
    expect(hans).toContain(`“${scale.dontKnow['zh-Hans']}”的回答`)
    expect(hans).not.toContain('不了解')
    const en = textOf((await owner.get(`${given.url}/disclosure?locale=en`)).json.sections)
    for (const point of scale.labels) expect(en).toContain(`“${point.label.en}”`)
    expect(en).not.toContain('very low')
  })

  test('a result its confirmer approved never says the Board approved it', async () => {
    const owner = await admin()
    const confirmed = await confirm(owner, 'en')
    const approved = await owner.post(`${given.url}/approval`, {
      decision: 'approve',
      ...confirmed,
    })
    expect(approved.status, approved.text).toBe(201)
    const view = (await owner.get(`${given.url}/disclosure?locale=en`)).json
    expect(view.approved).toBe(true)
    const text = textOf(view.sections)
    expect(text).not.toContain('The Board reviewed and approved')
    expect(text).toContain('by the same person who confirmed them')
    const hant = textOf((await owner.get(`${given.url}/disclosure?locale=zh-Hant`)).json.sections)
    expect(hant).not.toContain('董事會已於')
    expect(hant).toContain('由確認結果的同一人批准')
  })

  test.each([
    [
      0,
      'On 1 March 2026, the Group invited',
      '本集團於2026年3月1日邀請',
      '本集团于2026年3月1日邀请',
    ],
    [
      2,
      'Between 1 March 2026 and 3 March 2026, the Group invited',
      '於2026年3月1日至2026年3月3日期間，本集團邀請',
      '2026年3月1日至2026年3月3日期间，本集团邀请',
    ],
  ])(
    'a survey open for %i days names its window as the stored dates say',
    async (days, en, hant, hans) => {
      const owner = await admin()
      const created = await owner.post('/api/assessments', { name: 'FY2026' })
      const fresh = `/api/assessments/${created.json.id}`
      expect((await owner.patch(fresh, { status: 'open' })).status).toBe(200)
      given.harness.clock.advance(days * 24 * 3600 * 1000)
      expect((await owner.patch(fresh, { status: 'closed' })).status).toBe(200)
      const [stored] = await rows<{ opened: string; closed: string }>(
        sql`SELECT opened_at::date::text AS opened, closed_at::date::text AS closed
          FROM assessments WHERE id = ${Number(created.json.id)}`,
      )
      expect(stored).toEqual({ opened: '2026-03-01', closed: days ? '2026-03-03' : '2026-03-01' })
      const { json } = await owner.get(`${fresh}/issues`)
      const decisions = (json.issues as { id: string }[]).map((issue) => ({
        issueId: issue.id,
        material: false,
        rationale: REASON,
      }))
      const confirmed = await owner.post(`${fresh}/confirmation`, { decisions, order: [] })
      expect(confirmed.status, confirmed.text).toBe(201)
      const text = async (locale: string) =>
        textOf((await owner.get(`${fresh}/disclosure?locale=${locale}`)).json.sections)
      const english = await text('en')
      expect(english).toContain(en)
      if (!days) expect(english).not.toContain('Between 1 March 2026 and 1 March 2026')
      expect(await text('zh-Hant')).toContain(hant)
      expect(await text('zh-Hans')).toContain(hans)
    },
  )

  test.each([
    ['zh-Hant', '管理層於三月會議上決定維持問卷建議的結果。'],
    ['zh-Hans', '管理层在三月会议上决定维持问卷建议的结果。'],
  ])('a %s report, pending and approved, holds no English but codes', async (locale, reason) => {
    const owner = await admin()
    const { json } = await owner.get(`${given.url}/matrix`)
    const decisions = (json.issues as { id: string; tier: string }[]).map((issue) => ({
      issueId: issue.id,
      material: issue.tier === 'material',
      ...(issue.tier === 'review' ? { rationale: reason } : {}),
    }))
    const order = decisions.filter((d) => d.material).map((d) => d.issueId)
    const confirmed = await owner.post(`${given.url}/confirmation`, { decisions, order, locale })
    expect(confirmed.status, confirmed.text).toBe(201)
    const english = async () => {
      const view = (await owner.get(`${given.url}/disclosure?locale=${locale}`)).json
      const captions = (view.sections as DisclosureSection[]).map((s) => s.figure?.caption ?? '')
      const text = [textOf(view.sections), ...captions].join('\n').replace(/GRI \d-\d/g, '')
      return text.replace(/\b(GRI|ESG|HKEX|C2|[AB]\d(\.\d+)?)\b/g, '').match(/[A-Za-z]{2,}/g) ?? []
    }
    expect(await english()).toEqual([])
    const named = { version: confirmed.json.version, hash: confirmed.json.hash }
    expect(
      (await owner.post(`${given.url}/approval`, { decision: 'approve', ...named })).status,
    ).toBe(201)
    expect(await english()).toEqual([])
  })
})
