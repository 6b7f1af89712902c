import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { projectRoot } from '#db/paths'
import { dmFigureSvg, packPng } from '#server/services/evidence-figures'
import { readSnapshot, type Snapshot } from '#surveys/domain/snapshot'
import { packFiles } from '#surveys/reports/evidence-pack'
import { assessmentHarness, assignIros, auditEntries, rows } from '../support/assessments.ts'
import { csvObjects } from '../support/csv.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'
import { respondAs } from '../support/stakeholder-responses.ts'

// Step 3 of a double-materiality assessment (issue 15 §8–9): confirmation from the DM result, the
// climate rule, approval, the sealed register and scores, the evidence pack from the snapshot
// only, and the disclosure in three languages.

let database: TestDatabase
let harness: Awaited<ReturnType<typeof assessmentHarness>>
let url: string
let codes: Map<string, string>
let approver: Awaited<ReturnType<typeof harness.as>>
const iroIds: Record<'labour' | 'flood' | 'privacy', string> = {
  labour: '',
  flood: '',
  privacy: '',
}

const CLIMATE_REASON =
  'Our data centres are leased and carbon-neutral; the flood and transition risks scored below threshold.'
const REASON = 'The scores leave it to us; the board agreed this in March.'

beforeAll(async () => {
  database = await createTestDb()
  harness = await assessmentHarness(database)
  const created = await harness.admin.post('/api/assessments', {
    name: 'FY2025 double materiality',
    method: 'double',
    library: 'esrs',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
  })
  expect(created.status, created.text).toBe(201)
  url = `/api/assessments/${created.json.id}`
  const issues = (await harness.admin.get(`${url}/issues`)).json.issues as {
    id: string
    code: string
  }[]
  codes = new Map(issues.map((issue) => [issue.code, issue.id]))
  const add = async (body: Record<string, unknown>) => {
    const response = await harness.admin.post(`${url}/iros`, body)
    expect(response.status, response.text).toBe(201)
    return response.json.id as string
  }
  iroIds.labour = await add({
    issueId: codes.get('S2.1'),
    type: 'negative-impact',
    actual: false,
    humanRights: true,
    valueChain: ['upstream'],
    horizons: ['medium'],
    description: 'Excessive overtime at a contract manufacturer',
    owner: 'Head of procurement',
  })
  iroIds.flood = await add({
    issueId: codes.get('E1.1'),
    type: 'risk',
    actual: false,
    valueChain: ['own-operations'],
    horizons: ['short', 'long'],
    description: 'Flooding of the Kwai Chung data centre',
  })
  iroIds.privacy = await add({
    issueId: codes.get('S4.1'),
    type: 'risk',
    actual: false,
    valueChain: ['downstream'],
    horizons: ['medium'],
    description: 'Fines after a breach of customer data',
  })
  await setStatus('open')
  const first = await harness.as('assessor')
  const second = await harness.as('assessor')
  await assignIros(harness.admin, String(created.json.id), [first, second])
  const score = async (who: typeof first, iro: string, body: Record<string, unknown>) => {
    const response = await who.put(`${url}/iros/${iro}/scores`, body)
    expect(response.status, response.text).toBe(200)
  }
  await score(first, iroIds.labour, { scale: 4, scope: 4, irremediability: 4 })
  await score(second, iroIds.labour, { scale: 4, scope: 2, irremediability: 3 })
  await score(first, iroIds.flood, {
    horizons: { short: { magnitude: 2, likelihood: 2 }, long: { magnitude: 3, likelihood: 2 } },
  })
  await score(first, iroIds.privacy, { horizons: { medium: { magnitude: 4, likelihood: 4 } } })
  await setStatus('closed')
  approver = await harness.as('approver')
})
afterAll(() => database.close())

async function setStatus(status: 'open' | 'closed') {
  const response = await harness.admin.patch(url, { status })
  expect(response.status, response.text).toBe(200)
}

interface Computed {
  issueId: string
  code: string
  tier: 'material' | 'not-material' | 'review'
  explainIfNotMaterial?: boolean
  rank?: number | null
}

/** Decisions that follow the proposals, climate topics explained. */
async function proposalDecisions(explainClimate = true) {
  const state = (await harness.admin.get(`${url}/confirmation`)).json
  const computed: Computed[] = state.computed
  const decisions = computed.map((issue) => ({
    issueId: issue.issueId,
    material: issue.tier === 'material',
    ...(issue.tier === 'review' ? { rationale: REASON } : {}),
    ...(issue.explainIfNotMaterial && explainClimate && issue.tier !== 'material'
      ? { rationale: CLIMATE_REASON }
      : {}),
  }))
  const order = decisions.filter((d) => d.material).map((d) => d.issueId)
  return { computed, decisions, order }
}

async function confirmations() {
  return rows<{ version: number; snapshot: string; hash: string }>(
    database,
    sql`SELECT version, snapshot, hash FROM confirmations
        WHERE assessment_id = ${url.split('/').pop()}::bigint ORDER BY version`,
  )
}

async function packZip(base: string, version?: number) {
  const query = version === undefined ? '' : `?version=${version}`
  const response = await harness.app.request(`http://localhost${base}/evidence-pack${query}`, {
    headers: { origin: 'http://localhost', cookie: harness.admin.cookie },
  })
  expect(response.status).toBe(200)
  return unzipSync(new Uint8Array(await response.arrayBuffer()))
}

async function pack(version?: number) {
  const files = await packZip(url, version)
  return Object.assign((name: string) => new TextDecoder().decode(files[name]), { files })
}

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]
/** A PNG's width, from its IHDR chunk. */
const pngWidth = (png: Uint8Array) =>
  new DataView(png.buffer, png.byteOffset, png.byteLength).getUint32(16)

describe('confirming a double-materiality assessment', () => {
  test('the proposals are the topics’ material flags from the DM result; climate must be explained', async () => {
    const { computed } = await proposalDecisions()
    const byCode = new Map(computed.map((issue) => [issue.code, issue]))
    expect(computed).toHaveLength(37)
    // S2.1: severity of a potential human-rights harm = mean(4, 3, 3.5) = 3.5 ≥ 3.
    expect(byCode.get('S2.1')).toMatchObject({ tier: 'material' })
    // S4.1: √(4·4) = 4 ≥ 3. E1.1: max(√(2·2), √(3·2)) = 2.45 < 3.
    expect(byCode.get('S4.1')).toMatchObject({ tier: 'material' })
    expect(byCode.get('E1.1')).toEqual({
      issueId: codes.get('E1.1'),
      code: 'E1.1',
      tier: 'not-material',
      explainIfNotMaterial: true,
      impact: null,
      financial: Math.sqrt(6),
      // METHOD-MODE-B.md §9: S4.1 (material, F 4), S2.1 (material, I 3.5), then E1.1 (F 2.45).
      rank: 3,
    })
    expect([byCode.get('S4.1')?.rank, byCode.get('S2.1')?.rank]).toEqual([1, 2])
    // No IRO identified under a topic: not material, and only climate asks for a reason.
    expect(byCode.get('E2.1')).toEqual({
      issueId: codes.get('E2.1'),
      code: 'E2.1',
      tier: 'not-material',
      impact: null,
      financial: null,
      rank: null,
    })
    expect(byCode.get('E1.3')?.explainIfNotMaterial).toBe(true)
  })

  test('climate set not material without an explanation: 422 on its rationale field, nothing stored', async () => {
    const { computed, decisions, order } = await proposalDecisions(false)
    const refused = await harness.admin.post(`${url}/confirmation`, { decisions, order })
    expect(refused.status).toBe(422)
    expect(refused.json.error.code).toBe('climate_explanation_required')
    const climate = ['E1.1', 'E1.2', 'E1.3'].map((code) =>
      computed.findIndex((issue) => issue.code === code),
    )
    expect(Object.keys(refused.json.error.fields).sort()).toEqual(
      climate.map((i) => `decisions.${i}.rationale`).sort(),
    )
    expect(refused.json.error.fields[`decisions.${climate[0]}.rationale`][0]).toMatch(/climate/i)
    expect(await confirmations()).toEqual([])
  })

  test('seals the register, every assessor’s score, the result and the climate explanation', async () => {
    const { decisions, order } = await proposalDecisions()
    const confirmed = await harness.admin.post(`${url}/confirmation`, { decisions, order })
    expect(confirmed.status, confirmed.text).toBe(201)
    const [stored] = await confirmations()
    const snapshot: Snapshot = readSnapshot(stored!.snapshot)
    const double = snapshot.doubleMateriality!
    expect(snapshot.identification.library).toBe('esrs-2023')
    expect(double.settings).toEqual({ formula: 'mode-b', thresholds: { impact: 3, financial: 3 } })
    expect(double.iros.map((iro) => iro.description)).toEqual([
      'Excessive overtime at a contract manufacturer',
      'Flooding of the Kwai Chung data centre',
      'Fines after a breach of customer data',
    ])
    expect(double.iros[0]).toMatchObject({
      id: iroIds.labour,
      issueId: codes.get('S2.1'),
      type: 'negative-impact',
      actual: false,
      humanRights: true,
      valueChain: ['upstream'],
      horizons: ['medium'],
      owner: 'Head of procurement',
    })
    expect(double.scores.map((row) => [row.iroId, row.assessor.email, row.scores])).toEqual([
      [iroIds.labour, 'assessor1@example.com', { scale: 4, scope: 4, irremediability: 4 }],
      [iroIds.labour, 'assessor2@example.com', { scale: 4, scope: 2, irremediability: 3 }],
      [
        iroIds.flood,
        'assessor1@example.com',
        {
          horizons: {
            short: { magnitude: 2, likelihood: 2 },
            long: { magnitude: 3, likelihood: 2 },
          },
        },
      ],
      [
        iroIds.privacy,
        'assessor1@example.com',
        { horizons: { medium: { magnitude: 4, likelihood: 4 } } },
      ],
    ])
    const topic = (code: string) => double.topics.find((t) => t.code === code)
    expect(topic('S2.1')).toMatchObject({ impact: 3.5, financial: null, material: true, rank: 2 })
    expect([topic('S4.1')?.rank, topic('E1.1')?.rank, topic('E2.1')?.rank]).toEqual([1, 3, null])
    expect(topic('E1.1')?.financial).toBeCloseTo(Math.sqrt(6), 12)
    const climate = snapshot.decisions.find((d) => d.issueId === codes.get('E1.1'))
    expect(climate).toMatchObject({
      material: false,
      computedTier: 'not-material',
      override: false,
      rationale: CLIMATE_REASON,
    })
    expect(snapshot.order.sort()).toEqual([codes.get('S2.1'), codes.get('S4.1')].sort())
    const [audit] = await auditEntries(database, 'confirmation')
    expect(audit).toMatchObject({
      action: 'confirm',
      after: { version: 1, material: expect.arrayContaining(['S2.1', 'S4.1']) },
    })
  })

  test('the evidence pack holds the sealed register, scores, result, formula and README', async () => {
    const file = await pack()
    const register = csvObjects(file('iros.csv'))
    expect(register.map((row) => [row['topic code'], row.description, row.material])).toEqual([
      ['S2.1', 'Excessive overtime at a contract manufacturer', 'yes'],
      ['E1.1', 'Flooding of the Kwai Chung data centre', 'no'],
      ['S4.1', 'Fines after a breach of customer data', 'yes'],
    ])
    expect(register[0]).toMatchObject({
      impact: '3.5000',
      'human rights': 'yes',
      owner: 'Head of procurement',
    })
    const scores = csvObjects(file('iro-scores.csv'))
    expect(scores).toHaveLength(4)
    expect(scores[1]).toMatchObject({
      iro: iroIds.labour,
      'assessor e-mail': 'assessor2@example.com',
      scale: '4',
      scope: '2',
      irremediability: '3',
      likelihood: '',
    })
    expect(scores[2]).toMatchObject({
      'short magnitude': '2',
      'long magnitude': '3',
      'medium magnitude': '',
    })
    const result = csvObjects(file('double-materiality.csv'))
    expect(result).toHaveLength(37)
    expect(result.find((row) => row['topic code'] === 'E1.1')).toMatchObject({
      'financial (F_t)': '2.4495',
      'computed material': 'no',
      'decided material': 'no',
      rationale: CLIMATE_REASON,
    })
    const method = file('methodology.md')
    expect(method).toContain('| Impact threshold T_I | 3 |')
    expect(method).toContain('| Financial threshold T_F | 3 |')
    const modeB = readFileSync(join(projectRoot(), 'surveys', 'METHOD-MODE-B.md'), 'utf8')
    expect(method).toContain(modeB.trimEnd())
    expect(file('README.txt')).toMatch(
      /iros\.csv[\s\S]*iro-scores\.csv[\s\S]*double-materiality\.csv/,
    )
  })

  test('the pack’s figure is the double-materiality matrix drawn from the snapshot; no survey, no matrix.png', async () => {
    const file = await pack()
    const [stored] = await confirmations()
    const snapshot = readSnapshot(stored!.snapshot)
    expect(snapshot.responses.count).toBe(0)
    // Zip order: the register, scores and result after decisions.csv, the figure last.
    expect(Object.keys(file.files)).toEqual(packFiles(snapshot))
    expect(Object.keys(file.files)).toEqual([
      'README.txt',
      'methodology.md',
      'questionnaire.md',
      'snapshot.json',
      'snapshot.sha256',
      'responses.csv',
      'aggregates.csv',
      'links.csv',
      'decisions.csv',
      'iros.csv',
      'iro-scores.csv',
      'double-materiality.csv',
      'audit-log.csv',
      'double-materiality.png',
    ])
    expect(file('README.txt')).toContain('(no matrix.png: this version sealed no stakeholder')
    expect(file('README.txt')).toContain('double-materiality.png  the double-materiality matrix')
    const png = file.files['double-materiality.png']!
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    expect(pngWidth(png)).toBe(3600)
    // The SVG it is drawn from: the DM axes and thresholds; this register scores each topic on
    // one axis only (S2.1 impact; E1.1, S4.1 financial), so the key lists them, starred.
    const svg = dmFigureSvg(snapshot)!
    expect(svg).toContain('>Impact materiality</text>')
    expect(svg).toContain('>Financial materiality</text>')
    expect(svg).toContain('Double-materiality matrix — confirmed version 1')
    expect(svg).not.toContain('Significance of economic')
    expect(svg).toMatch(/data-axis="impact" x1="650"/)
    expect(svg).toMatch(/data-axis="stakeholder" x1="150" y1="650"/)
    expect(svg).toContain('Scored on one axis only (3 topics)')
    expect(svg).toMatch(
      />S2\.1<\/text>\n<text [^>]+>Working conditions \(workers in the value chain\) \*</,
    )
    expect(Buffer.from(png).equals(Buffer.from(await packPng(svg)))).toBe(true)
  })

  test('the disclosure, in three languages, prints IRO-1, SBM-3, IRO-2, Part D and the climate explanation', async () => {
    const texts: Record<string, string> = {}
    for (const locale of ['en', 'zh-Hant', 'zh-Hans']) {
      const response = await harness.admin.get(`${url}/disclosure?locale=${locale}`)
      expect(response.status, response.text).toBe(200)
      const sections: {
        id: string
        title: string
        paragraphs: string[]
        table?: { rows: string[][] }
      }[] = response.json.sections
      const ids = sections.map((section) => section.id)
      expect(ids).toEqual(expect.arrayContaining(['iro-1', 'sbm-3', 'iro-2', 'part-d']))
      const sbm3 = sections.find((section) => section.id === 'sbm-3')!
      expect(sbm3.table?.rows.map((row) => row[1])).toEqual([
        'Excessive overtime at a contract manufacturer',
        'Fines after a breach of customer data',
      ])
      texts[locale] = sections
        .map((s) => [s.title, ...s.paragraphs, ...(s.table?.rows.flat() ?? [])].join('\n'))
        .join('\n')
      // Quoted, the sentence's full stop after the quotation.
      expect(texts[locale]).toContain(CLIMATE_REASON.slice(0, -1))
    }
    const en = texts.en!
    for (const letter of ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)']) {
      expect(en).toContain(letter)
    }
    expect(en).toMatch(/likelihood/)
    expect(en).toMatch(/magnitude/)
    expect(en).toMatch(/time horizon/)
    expect(texts['zh-Hant']).toContain('可能性')
    expect(texts['zh-Hant']).toContain('氣候')
    expect(texts['zh-Hans']).toContain('气候')
  })

  test('a return, a reopening and new scores give version 2; version 1’s pack is unchanged', async () => {
    const first = await pack(1)
    const [v1] = await confirmations()
    const returned = await approver.post(`${url}/approval`, {
      decision: 'return',
      comment: 'Re-score the supplier overtime with the new audit.',
      version: 1,
      hash: v1!.hash,
    })
    expect(returned.status, returned.text).toBe(201)
    const reopened = await harness.admin.patch(url, {
      status: 'open',
      reason: 'New supplier audit.',
    })
    expect(reopened.status, reopened.text).toBe(200)
    const edited = await harness.admin.patch(`${url}/iros/${iroIds.labour}`, {
      description: 'Overtime over 60 hours a week at a contract manufacturer',
    })
    expect(edited.status, edited.text).toBe(200)
    const assessor = await harness.as('assessor')
    await assignIros(harness.admin, url.replace('/api/assessments/', ''), [assessor])
    const scored = await assessor.put(`${url}/iros/${iroIds.labour}/scores`, {
      scale: 5,
      scope: 5,
      irremediability: 5,
    })
    expect(scored.status, scored.text).toBe(200)
    await setStatus('closed')
    // And a change behind the application's back: the sealed pack must not see it either.
    await database.db.execute(
      sql`UPDATE iros SET description = 'Changed in the database' WHERE id = ${iroIds.privacy}::bigint`,
    )
    const after = await pack(1)
    for (const name of ['iros.csv', 'iro-scores.csv', 'double-materiality.csv', 'snapshot.json']) {
      expect(after(name), name).toBe(first(name))
    }
    const figure = (files: Record<string, Uint8Array>) =>
      Buffer.from(files['double-materiality.png']!)
    expect(figure(after.files).equals(figure(first.files))).toBe(true)
    const { decisions, order } = await proposalDecisions()
    const confirmed = await harness.admin.post(`${url}/confirmation`, { decisions, order })
    expect(confirmed.status, confirmed.text).toBe(201)
    const v2 = await pack(2)
    expect(v2('iros.csv')).toContain('Overtime over 60 hours a week at a contract manufacturer')
    expect(v2('iros.csv')).toContain('Changed in the database')
    expect(csvObjects(v2('iro-scores.csv'))).toHaveLength(5)
    const again = await pack(1)
    expect(again('iros.csv')).toBe(first('iros.csv'))
    // Version 1's figure, byte for byte, after the edits and a second version; version 2's moved.
    expect(figure(again.files).equals(figure(first.files))).toBe(true)
    expect(figure(v2.files).equals(figure(first.files))).toBe(false)
    const [, stored] = await confirmations()
    const approved = await approver.post(`${url}/approval`, {
      decision: 'approve',
      comment: '',
      version: 2,
      hash: stored!.hash,
    })
    expect(approved.status, approved.text).toBe(201)
    const disclosure = await harness.admin.get(`${url}/disclosure?locale=en`)
    expect(disclosure.json).toMatchObject({ version: 2, approved: true })
  })
})

describe('stakeholder views far from the expert scores (issue 15.6)', () => {
  test('a topic 1.0 or more apart needs a reason whatever the decision; it is sealed', async () => {
    const created = await harness.admin.post('/api/assessments', {
      name: 'FY2026 double materiality',
      method: 'double',
      library: 'esrs',
    })
    const base = `/api/assessments/${created.json.id}`
    const issues = (await harness.admin.get(`${base}/issues`)).json.issues as {
      id: string
      code: string
    }[]
    const workers = issues.find((issue) => issue.code === 'S1.1')!.id
    expect((await harness.admin.patch(base, { status: 'open' })).status).toBe(200)
    // Affected groups rate S1.1's impact 2 and 3: SV_I = 2.5.
    await respondAs(harness, created.json.id, 'employees', { [workers]: [2, 1] })
    await respondAs(harness, created.json.id, 'customers', { [workers]: [3, 1] })
    const iro = await harness.admin.post(`${base}/iros`, {
      issueId: workers,
      type: 'negative-impact',
      actual: true,
      description: 'Night shifts in the Shenzhen test lab',
    })
    const assessor = await harness.as('assessor')
    await assignIros(harness.admin, created.json.id, [assessor])
    // I = mean(4, 4, 3) = 3.67: 1.17 above the affected groups' view.
    const scored = await assessor.put(`${base}/iros/${iro.json.id}/scores`, {
      scale: 4,
      scope: 4,
      irremediability: 3,
    })
    expect(scored.status).toBe(200)
    expect((await harness.admin.patch(base, { status: 'closed' })).status).toBe(200)

    const state = (await harness.admin.get(`${base}/confirmation`)).json
    const computed: Computed[] = state.computed
    const gapped = computed.filter((issue) => 'explainAlways' in issue)
    expect(gapped.map((issue) => [issue.code, issue.tier])).toEqual([['S1.1', 'material']])
    const decisions = computed.map((issue) => ({
      issueId: issue.issueId,
      material: issue.tier === 'material',
      ...(issue.explainIfNotMaterial ? { rationale: CLIMATE_REASON } : {}),
    }))
    const order = [workers]
    const refused = await harness.admin.post(`${base}/confirmation`, { decisions, order })
    expect(refused.status).toBe(400)
    const at = computed.findIndex((issue) => issue.issueId === workers)
    expect(refused.json.error.fields).toEqual({
      [`decisions.${at}.rationale`]: [
        "Give the reason: the stakeholders' view differs from the expert score by 1.0 or more.",
      ],
    })
    const GAP_REASON =
      'The survey reached office staff; the lab workers on night shifts were not asked.'
    decisions[at] = { ...decisions[at]!, rationale: GAP_REASON }
    const confirmed = await harness.admin.post(`${base}/confirmation`, { decisions, order })
    expect(confirmed.status, confirmed.text).toBe(201)
    const [stored] = await rows<{ snapshot: string }>(
      database,
      sql`SELECT snapshot FROM confirmations WHERE assessment_id = ${created.json.id}::bigint`,
    )
    const snapshot = readSnapshot(stored!.snapshot)
    expect(snapshot.decisions.find((d) => d.issueId === workers)).toMatchObject({
      material: true,
      override: false,
      rationale: GAP_REASON,
    })
    expect(snapshot.responses.count).toBe(6)
    // With survey responses sealed, the pack keeps the survey's matrix beside the DM one.
    const files = await packZip(base)
    expect(Object.keys(files).filter((name) => name.endsWith('.png'))).toEqual([
      'matrix.png',
      'double-materiality.png',
    ])
    const readme = new TextDecoder().decode(files['README.txt'])
    expect(readme).toContain("matrix.png        the stakeholder survey's matrix")
    expect(readme).not.toContain('(no matrix.png')
    expect(
      Buffer.from(files['matrix.png']!).equals(Buffer.from(files['double-materiality.png']!)),
    ).toBe(false)
  })
})
