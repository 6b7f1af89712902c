import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { assessmentHarness, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

let database: TestDatabase
let h: Awaited<ReturnType<typeof assessmentHarness>>

beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())
beforeEach(async () => {
  h = await assessmentHarness(database)
})

const path = () => `/api/organisations/${h.organisationId}/contacts`

interface StoredContact {
  name: string
  email: string
  group: string
  locale: string
  affiliation: string
  deactivated: boolean
}
const stored = () =>
  rows<StoredContact>(
    database,
    sql`SELECT name, email, "group", locale::text AS locale, affiliation,
      deactivated_at IS NOT NULL AS deactivated FROM contacts ORDER BY id`,
  )
const contactAudit = () =>
  rows<{ action: string; entity: string; entity_id: string | null; after: unknown }>(
    database,
    sql`SELECT action, entity, entity_id, after FROM audit_log
      WHERE entity IN ('contact', 'contacts') ORDER BY id`,
  )

const ANN = {
  name: 'Ann Lee',
  email: 'Ann@Example.com',
  group: 'customers',
  language: 'zh-Hant',
  affiliation: 'Lee Trading',
}
const BEN = { name: 'Ben Wong', email: 'ben@example.com', group: 'employees', language: 'en' }

const csvUpload = (text: string, skip = false) =>
  h.admin.request('POST', `${path()}${skip ? '?skipInvalid=true' : ''}`, text, {
    'content-type': 'text/csv',
  })

describe('POST /api/organisations/:id/contacts', () => {
  test('a JSON array stores each contact, email lower-cased, and audits counts only', async () => {
    const response = await h.admin.post(path(), [ANN, BEN])
    expect(response.status).toBe(201)
    expect(response.json).toEqual({ created: 2, skipped: 0, errors: [] })
    expect(await stored()).toEqual([
      {
        name: 'Ann Lee',
        email: 'ann@example.com',
        group: 'customers',
        locale: 'zh-Hant',
        affiliation: 'Lee Trading',
        deactivated: false,
      },
      {
        name: 'Ben Wong',
        email: 'ben@example.com',
        group: 'employees',
        locale: 'en',
        affiliation: '',
        deactivated: false,
      },
    ])
    const audit = await contactAudit()
    expect(audit).toEqual([
      {
        action: 'import',
        entity: 'contacts',
        entity_id: null,
        after: { source: 'json', rows: 2, created: 2, skipped: 0 },
      },
    ])
    expect(JSON.stringify(audit)).not.toContain('example.com')
  })

  test('a CSV file with errors stores nothing and names each row and field', async () => {
    const file = [
      'Name,Email,Group,Language,Organisation',
      'Ann Lee,ann@example.com,Customers,繁體中文,"Lee Trading, Ltd"',
      'Bad Mail,not-an-email,customers,en,',
      'Cat Chan,cat@example.com,aliens,en,',
      'Ann Again,ANN@example.com,customers,en,',
      ',dan@example.com,customers,klingon,',
      '',
      'Eve Ho,eve@example.com,政府及監管機構,zh-cn,',
    ].join('\r\n')
    const response = await csvUpload(file)
    expect(response.status).toBe(422)
    expect(response.json.error.code).toBe('contacts_invalid')
    expect(response.json.created).toBe(0)
    expect(response.json.skipped).toBe(0)
    expect(
      response.json.errors.map((e: { row: number; field: string; code: string }) => [
        e.row,
        e.field,
        e.code,
      ]),
    ).toEqual([
      [3, 'email', 'invalid_email'],
      [4, 'group', 'unknown_group'],
      [5, 'email', 'duplicate_in_file'],
      [6, 'name', 'required'],
      [6, 'language', 'invalid_language'],
    ])
    expect(response.json.errors[0].message).toMatch(/valid email/)
    expect(await stored()).toEqual([])
    expect(await contactAudit()).toEqual([])
  })

  test('asked to skip the rows with errors, it stores the others and counts the skipped', async () => {
    const file =
      'name,email,group,language,affiliation\n' +
      'Ann Lee,ann@example.com,Customers,繁體中文,"Lee Trading, Ltd"\n' +
      'Bad Mail,not-an-email,customers,en,\n' +
      'Eve Ho,eve@example.com,政府及監管機構,zh-cn,\n'
    const response = await csvUpload(file, true)
    expect(response.status).toBe(201)
    expect(response.json).toMatchObject({ created: 2, skipped: 1 })
    expect(response.json.errors).toHaveLength(1)
    expect(await stored()).toEqual([
      {
        name: 'Ann Lee',
        email: 'ann@example.com',
        group: 'customers',
        locale: 'zh-Hant',
        affiliation: 'Lee Trading, Ltd',
        deactivated: false,
      },
      {
        name: 'Eve Ho',
        email: 'eve@example.com',
        group: 'government',
        locale: 'zh-Hans',
        affiliation: '',
        deactivated: false,
      },
    ])
    expect((await contactAudit())[0]?.after).toEqual({
      source: 'csv',
      rows: 3,
      created: 2,
      skipped: 1,
    })
  })

  test('an email already in the register is an error; so is a group unknown here', async () => {
    await h.admin.post(path(), [ANN])
    const again = await h.admin.post(path(), [
      { ...ANN, name: 'Ann Two' },
      { ...BEN, group: 'x' },
    ])
    expect(again.status).toBe(422)
    expect(again.json.errors).toMatchObject([
      { row: 1, field: 'email', code: 'already_registered' },
      { row: 2, field: 'group', code: 'unknown_group' },
    ])
    expect((await stored()).map((c) => c.name)).toEqual(['Ann Lee'])
  })

  test("a custom group of one of the organisation's assessments is known", async () => {
    const group = await h.admin.post(`/api/assessments/${h.id}/groups`, {
      key: 'ngos',
      names: { en: 'NGOs', 'zh-Hant': '非政府組織', 'zh-Hans': '非政府组织' },
      expectations: { en: 'x', 'zh-Hant': 'x', 'zh-Hans': 'x' },
      channels: { en: 'x', 'zh-Hant': 'x', 'zh-Hans': 'x' },
      axes: ['impact', 'stakeholder'],
    })
    expect(group.status).toBe(201)
    const response = await h.admin.post(path(), [{ ...BEN, group: '非政府組織' }])
    expect(response.status).toBe(201)
    expect((await stored())[0]?.group).toBe('ngos')
  })

  test('an XLSX workbook is read like a CSV file', async () => {
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Contacts')
    sheet.addRow(['name', 'email', 'group', 'language'])
    sheet.addRow(['Ann Lee', 'ann@example.com', 'customers', 'en'])
    sheet.addRow(['Bad', 'bad', 'customers', 'en'])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const response = await h.app.request(`http://localhost${path()}`, {
      method: 'POST',
      headers: {
        origin: 'http://localhost',
        cookie: h.admin.cookie,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: bytes,
    })
    expect(response.status).toBe(422)
    expect((await response.json()).errors).toMatchObject([{ row: 3, field: 'email' }])
    expect(await stored()).toEqual([])
  })

  test('a file without the needed columns, another type, or a non-array is refused', async () => {
    const noEmail = await csvUpload('name,group,language\nAnn,customers,en\n')
    expect(noEmail.status).toBe(400)
    expect(noEmail.json.error.fields.file[0]).toMatch(/email/)
    const xml = await h.admin.request('POST', path(), '<a/>', { 'content-type': 'text/xml' })
    expect(xml.status).toBe(415)
    const object = await h.admin.post(path(), { contacts: [] })
    expect(object.status).toBe(400)
    const broken = await h.admin.request('POST', path(), '[{', {
      'content-type': 'application/json',
    })
    expect(broken.status).toBe(400)
    expect(await stored()).toEqual([])
  })

  test('viewers, reviewers and outsiders cannot see or import contacts', async () => {
    for (const caller of [await h.as('viewer'), await h.as('reviewer'), await h.outsider()]) {
      expect((await caller.post(path(), [ANN])).status).toBe(403)
      expect((await caller.get(path())).status).toBe(403)
    }
    const analyst = await h.as('analyst')
    expect((await analyst.post(path(), [ANN])).status).toBe(201)
    expect(await stored()).toHaveLength(1)
  })
})

describe('editing, deactivating and erasing a contact', () => {
  const contactId = async () => {
    await h.admin.post(path(), [ANN, BEN])
    const listed = await h.admin.get(path())
    return listed.json.contacts.find((c: { email: string }) => c.email === 'ann@example.com').id
  }

  test('the list shows the register; a group filter narrows it', async () => {
    await h.admin.post(path(), [ANN, BEN])
    const listed = await h.admin.get(path())
    expect(listed.json.contacts).toMatchObject([
      {
        name: 'Ann Lee',
        email: 'ann@example.com',
        group: 'customers',
        language: 'zh-Hant',
        active: true,
      },
      { name: 'Ben Wong', language: 'en' },
    ])
    const employees = await h.admin.get(`${path()}?group=employees`)
    expect(employees.json.contacts.map((c: { name: string }) => c.name)).toEqual(['Ben Wong'])
  })

  test('an edit is stored and audited without the personal data', async () => {
    const id = await contactId()
    const edited = await h.admin.patch(`${path()}/${id}`, {
      name: 'Ann Lee-Chan',
      language: 'en',
      group: 'Investors',
    })
    expect(edited.status).toBe(200)
    expect(edited.json.contact).toMatchObject({ name: 'Ann Lee-Chan', language: 'en' })
    expect((await stored())[0]).toMatchObject({
      name: 'Ann Lee-Chan',
      locale: 'en',
      group: 'investors',
    })
    const audit = (await contactAudit()).at(-1)
    expect(audit).toEqual({
      action: 'update',
      entity: 'contact',
      entity_id: id,
      after: { changed: ['name', 'group', 'language'], group: 'investors', language: 'en' },
    })
  })

  test("an edit to another contact's email is a conflict and changes nothing", async () => {
    const id = await contactId()
    const clash = await h.admin.patch(`${path()}/${id}`, { email: 'BEN@example.com' })
    expect(clash.status).toBe(409)
    expect(clash.json.error.code).toBe('contact_exists')
    expect((await stored())[0]?.email).toBe('ann@example.com')
    const bad = await h.admin.patch(`${path()}/${id}`, { group: 'aliens' })
    expect(bad.status).toBe(400)
    expect((await h.admin.patch(`${path()}/${id}`, {})).status).toBe(400)
  })

  test('deactivate and reactivate are stored and audited', async () => {
    const id = await contactId()
    const off = await h.admin.post(`${path()}/${id}/deactivate`)
    expect(off.json.contact.active).toBe(false)
    expect((await stored())[0]?.deactivated).toBe(true)
    const active = await h.admin.get(`${path()}?active=true`)
    expect(active.json.contacts.map((c: { name: string }) => c.name)).toEqual(['Ben Wong'])
    await h.admin.post(`${path()}/${id}/reactivate`)
    expect((await stored())[0]?.deactivated).toBe(false)
    expect((await contactAudit()).slice(-2).map((a) => [a.action, a.entity_id])).toEqual([
      ['deactivate', id],
      ['reactivate', id],
    ])
  })

  test('erase deletes the row; the audit log keeps only the id', async () => {
    const id = await contactId()
    const erased = await h.admin.delete(`${path()}/${id}`)
    expect(erased.status).toBe(200)
    expect((await stored()).map((c) => c.email)).toEqual(['ben@example.com'])
    const audit = await contactAudit()
    expect(audit.at(-1)).toEqual({ action: 'erase', entity: 'contact', entity_id: id, after: null })
    expect(JSON.stringify(audit)).not.toContain('ann@example.com')
    expect(JSON.stringify(audit)).not.toContain('Ann')
    expect((await h.admin.delete(`${path()}/${id}`)).status).toBe(404)
  })

  test("another organisation's contact is not found", async () => {
    const id = await contactId()
    const outsider = await h.outsider()
    const me = await outsider.get('/api/auth/me')
    const theirs = me.json.memberships?.[0]?.organisationId ?? me.json.organisations?.[0]?.id
    expect(theirs).toBeDefined()
    const response = await outsider.delete(`/api/organisations/${theirs}/contacts/${id}`)
    expect(response.status).toBe(404)
    expect(await stored()).toHaveLength(2)
  })
})
